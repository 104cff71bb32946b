//! Parses news articles from files (or standard input) and prints them as JSON.
//!
//! ```text
//! cargo run --example parse -- [--jsonl] [--gazetteer FILE]... [--no-default-gazetteer] FILE...
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
//! # Gazetteers
//!
//! `--gazetteer FILE` (repeatable) adds the entities of a gazetteer file on
//! top of the default gazetteer, later files winning on conflicts: a spaCy
//! EntityRuler patterns file when its name ends in `.jsonl`, else the TSV
//! form of [`GazetteerBuilder::tsv`](newsparse::GazetteerBuilder::tsv).
//! `--no-default-gazetteer` leaves the default out, so that only your
//! entries (and the people discovered from the text) are found. A
//! gazetteer file with an error stops the program before any article, with
//! the file's name and the line.
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
//! # With your own entities on top of the default gazetteer:
//! cargo run --example parse -- --gazetteer weapons.tsv --gazetteer patterns.jsonl story.txt
//!
//! # From standard input:
//! curl -s https://example.com/story.txt | cargo run --example parse -- -
//! ```

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Read, Write};
use std::process::ExitCode;

use newsparse::{Article, ArticleParser, Error, ErrorKind, Gazetteer};
use serde::Serialize;

const USAGE_LINE: &str =
    "usage: parse [--jsonl] [--gazetteer FILE]... [--no-default-gazetteer] FILE...";

const HELP: &str = "\
Parses each FILE as the plain text of a news article and prints it as JSON.
A FILE of '-' reads standard input.

options:
  --jsonl     print one compact JSON line per file:
              {\"path\": ..., \"article\": {...}} or {\"path\": ..., \"error\": \"...\"}
  --gazetteer FILE
              add the entities of FILE (repeatable): spaCy patterns when
              FILE ends in .jsonl, else gazetteer TSV
              (id<TAB>kind<TAB>name<TAB>aliases<TAB>demonyms)
  --no-default-gazetteer
              match only the entities of the --gazetteer files
  -h, --help  print this help and exit
  --          treat every later argument as a FILE

exit status: 0 if every file was parsed, 1 if any failed, 2 on a usage error";

/// What the command line asks for.
enum Command {
    Help,
    Parse(Options),
}

struct Options {
    jsonl: bool,
    gazetteers: Vec<OsString>,
    default_gazetteer: bool,
    files: Vec<OsString>,
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut jsonl = false;
    let mut gazetteers = Vec::new();
    let mut default_gazetteer = true;
    let mut files = Vec::new();
    let mut options_done = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy().into_owned();
        if options_done || arg == "-" || !text.starts_with('-') {
            files.push(arg);
        } else if arg == "--" {
            options_done = true;
        } else if arg == "--jsonl" {
            jsonl = true;
        } else if arg == "--gazetteer" {
            let file = args
                .next()
                .ok_or_else(|| "--gazetteer needs a FILE".to_owned())?;
            gazetteers.push(file);
        } else if let Some(file) = text.strip_prefix("--gazetteer=") {
            gazetteers.push(OsString::from(file));
        } else if arg == "--no-default-gazetteer" {
            default_gazetteer = false;
        } else if arg == "--help" || arg == "-h" {
            return Ok(Command::Help);
        } else {
            return Err(format!("unknown option '{}'", arg.to_string_lossy()));
        }
    }
    if files.is_empty() {
        return Err("no input files".to_owned());
    }
    Ok(Command::Parse(Options {
        jsonl,
        gazetteers,
        default_gazetteer,
        files,
    }))
}

/// Builds the parser with the gazetteers asked for; the error names the
/// file.
fn build_parser(options: &Options) -> Result<ArticleParser, String> {
    let mut builder = if options.default_gazetteer {
        Gazetteer::builder_with_default()
    } else {
        Gazetteer::builder()
    };
    for path in &options.gazetteers {
        let name = path.to_string_lossy();
        let text = std::fs::read_to_string(path).map_err(|err| format!("{name}: {err}"))?;
        let added = if name.ends_with(".jsonl") {
            builder.spacy_patterns(&text).map(|_| ())
        } else {
            builder.tsv(&text).map(|_| ())
        };
        added.map_err(|err| format!("{name}: {err}"))?;
    }
    let gazetteer = builder.build().map_err(|err| err.to_string())?;
    ArticleParser::builder()
        .gazetteer(gazetteer)
        .build()
        .map_err(|err| err.to_string())
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
fn run(
    parser: &ArticleParser,
    jsonl: bool,
    files: &[OsString],
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut all_ok = true;
    for path in files {
        let name = path.to_string_lossy();
        let result = parse_file(parser, path).and_then(|article| {
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
    let options = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Help) => {
            // Like a closed pipe below, a failed write of the help is ignored.
            let _ = writeln!(io::stdout(), "{USAGE_LINE}\n\n{HELP}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Parse(options)) => options,
        Err(message) => {
            eprintln!("parse: {message}\n{USAGE_LINE}\ntry 'parse --help' for more information");
            return ExitCode::from(2);
        }
    };
    let parser = match build_parser(&options) {
        Ok(parser) => parser,
        Err(message) => {
            eprintln!("parse: {message}");
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    match run(&parser, options.jsonl, &options.files, &mut stdout.lock()) {
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
