//! Parses news articles from files (or standard input) and prints them as JSON.
//!
//! ```text
//! cargo run --example parse -- [--jsonl] FILE...
//! ```
//!
//! Each `FILE` is read as bytes and parsed with
//! [`ArticleParser::parse_bytes`]; a `FILE` of `-` reads standard input.
//!
//! # Output
//!
//! * By default each article is printed as pretty JSON. With one file, the
//!   output is exactly that JSON document. With several files, each
//!   article is preceded by a header line `==> FILE <==` (as `head` and
//!   `tail` do) and followed by a blank line; use `--jsonl` when the output
//!   has to be machine-readable. A file that fails is reported on standard
//!   error as `FILE: message`, prints no header, and the other files are
//!   still processed.
//! * With `--jsonl`, one compact JSON object per file is printed on its own
//!   line, in argument order: `{"path":"FILE","article":{...}}`, or
//!   `{"path":"FILE","error":"message"}` for a file that could not be read,
//!   is not UTF-8 (the message names the byte offset of the first invalid
//!   byte) or is larger than the parser's maximum input size.
//!
//! # Exit status
//!
//! `0` when every file was parsed, `1` when at least one file failed, `2`
//! on a usage error (no files, an unknown option). `--help` prints the
//! usage and exits with `0`. A `--` argument ends the options, so that
//! `-- --odd-name.txt` names a file.
//!
//! # Examples
//!
//! ```text
//! # One article as pretty JSON:
//! cargo run --example parse -- tests/fixtures/seed-biden-starmer.txt
//!
//! # Several articles, one JSON line each, errors included:
//! cargo run --example parse -- --jsonl articles/*.txt > articles.jsonl
//!
//! # From standard input:
//! curl -s https://example.com/story.txt | cargo run --example parse -- -
//! ```

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use newsparse::{Article, ArticleParser, Error, ErrorKind};
use serde::Serialize;

const USAGE_LINE: &str = "usage: parse [--jsonl] FILE...";

const HELP: &str = "\
Parses each FILE as the plain text of a news article and prints it as JSON.
A FILE of '-' reads standard input.

options:
  --jsonl     print one compact JSON line per file:
              {\"path\": ..., \"article\": {...}} or {\"path\": ..., \"error\": \"...\"}
  -h, --help  print this help and exit
  --          treat every later argument as a FILE

exit status: 0 if every file was parsed, 1 if any failed, 2 on a usage error";

/// What the command line asks for.
enum Command {
    Help,
    Parse { jsonl: bool, files: Vec<OsString> },
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut jsonl = false;
    let mut files = Vec::new();
    let mut options_done = false;
    for arg in args {
        if options_done || arg == "-" || !arg.to_string_lossy().starts_with('-') {
            files.push(arg);
        } else if arg == "--" {
            options_done = true;
        } else if arg == "--jsonl" {
            jsonl = true;
        } else if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        } else {
            return Err(format!("unknown option '{}'", arg.to_string_lossy()));
        }
    }
    if files.is_empty() {
        return Err("no input files".to_owned());
    }
    Ok(Command::Parse { jsonl, files })
}

/// One line of `--jsonl` output.
#[derive(Serialize)]
struct Record<'a> {
    path: &'a str,
    #[serde(flatten)]
    outcome: Outcome<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum Outcome<'a> {
    Article(&'a Article),
    Error(&'a str),
}

/// Reads `path` (standard input for `-`), at most `max` bytes of it.
///
/// Longer input is not kept in memory: the result is an
/// [`ErrorKind::InputTooLarge`] error with the input's full size.
fn read_input(path: &OsString, max: usize) -> Result<Vec<u8>, String> {
    let read = |reader: &mut dyn Read| -> io::Result<Result<Vec<u8>, Error>> {
        let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
        let mut bytes = Vec::new();
        (&mut *reader).take(limit).read_to_end(&mut bytes)?;
        if bytes.len() <= max {
            return Ok(Ok(bytes));
        }
        // Count the rest without storing it, to report the real size.
        let rest = io::copy(reader, &mut io::sink())?;
        let size = usize::try_from(rest)
            .ok()
            .and_then(|rest| rest.checked_add(bytes.len()))
            .unwrap_or(usize::MAX);
        Ok(Err(ErrorKind::InputTooLarge { size, max }.into()))
    };
    let result = if path == "-" {
        read(&mut io::stdin().lock())
    } else {
        File::open(path).and_then(|mut file| read(&mut file))
    };
    match result {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(too_large)) => Err(too_large.to_string()),
        Err(err) => Err(format!("cannot read: {err}")),
    }
}

/// Reads and parses one input; the error is a message for the user.
fn parse_file(parser: &ArticleParser, path: &OsString) -> Result<Article, String> {
    let bytes = read_input(path, parser.max_input_size())?;
    parser.parse_bytes(&bytes).map_err(|err| err.to_string())
}

/// Processes every file; returns whether all succeeded.
fn run(jsonl: bool, files: &[OsString], out: &mut impl Write) -> io::Result<bool> {
    let parser = ArticleParser::new();
    let mut all_ok = true;
    for path in files {
        let name = path.to_string_lossy();
        let result = parse_file(&parser, path).and_then(|article| {
            let json = if jsonl {
                serde_json::to_string(&Record {
                    path: &name,
                    outcome: Outcome::Article(&article),
                })
            } else {
                serde_json::to_string_pretty(&article)
            };
            json.map_err(|err| format!("cannot serialize the article: {err}"))
        });
        match result {
            Ok(json) => {
                if !jsonl && files.len() > 1 {
                    writeln!(out, "==> {name} <==")?;
                    writeln!(out, "{json}\n")?;
                } else {
                    writeln!(out, "{json}")?;
                }
            }
            Err(message) => {
                all_ok = false;
                if jsonl {
                    let record = Record {
                        path: &name,
                        outcome: Outcome::Error(&message),
                    };
                    // A record of two strings always serializes.
                    let line = serde_json::to_string(&record).unwrap_or_default();
                    writeln!(out, "{line}")?;
                } else {
                    out.flush()?;
                    eprintln!("{name}: {message}");
                }
            }
        }
    }
    out.flush()?;
    Ok(all_ok)
}

fn main() -> ExitCode {
    let (jsonl, files) = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Help) => {
            // Like a closed pipe below, a failed write of the help is ignored.
            let _ = writeln!(io::stdout(), "{USAGE_LINE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Parse { jsonl, files }) => (jsonl, files),
        Err(message) => {
            eprintln!("parse: {message}\n{USAGE_LINE}\ntry 'parse --help' for more information");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    match run(jsonl, &files, &mut stdout.lock()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // The reader went away (`parse ... | head`): stop quietly.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(1),
        Err(err) => {
            eprintln!("parse: cannot write the output: {err}");
            ExitCode::from(1)
        }
    }
}
