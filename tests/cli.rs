//! Runs the `parse` example (`examples/parse.rs`) as a user would, through
//! `cargo run`, and checks its output and exit status.
//!
//! Each test costs one `cargo run`; the first one builds the example.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

const SEED: &str = "tests/fixtures/seed-biden-starmer.txt";

/// Runs `cargo run --example parse -- ARGS`, feeding `stdin` to it (an
/// empty `stdin` is an empty standard input).
fn run_parse(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "parse", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(if stdin.is_empty() {
            Stdio::null()
        } else {
            Stdio::piped()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run cargo");
    if let Some(mut pipe) = child.stdin.take() {
        // The example reads all of its input before it writes anything, so
        // this cannot deadlock. Dropping the pipe closes it: end of input.
        pipe.write_all(stdin)
            .expect("cannot write to the example's stdin");
    }
    let output = child.wait_with_output().expect("cannot wait for cargo");
    // cargo itself fails with 101 (such as when the example does not build).
    assert_ne!(
        output.status.code(),
        Some(101),
        "cargo failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// A path under the temporary directory that no other test or run uses;
/// the file, if created, is removed on drop.
struct TempPath(PathBuf);

impl TempPath {
    fn new(tag: &str) -> TempPath {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("newsparse-cli-{tag}-{}-{nanos}", std::process::id());
        TempPath(std::env::temp_dir().join(name))
    }

    fn as_str(&self) -> &str {
        self.0.to_str().expect("temporary path is not UTF-8")
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn check_seed_article(article: &Value) {
    let sections = article["sections"].as_array().expect("no sections array");
    assert_eq!(sections.len(), 5, "{article:#}");
    assert_eq!(article["boilerplate"][0]["reason"], "promotion");
}

#[test]
fn seed_file_prints_pretty_json() {
    let output = run_parse(&[SEED], b"");
    assert!(
        output.status.success(),
        "{:?}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("{\n  \""), "not pretty JSON:\n{stdout}");
    check_seed_article(&stdout_json(&output));
}

#[test]
fn jsonl_reports_each_failure_and_goes_on() {
    let missing = TempPath::new("missing");
    let not_utf8 = TempPath::new("not-utf8");
    std::fs::write(&not_utf8.0, b"ok\xff").expect("cannot write temporary file");

    let output = run_parse(&["--jsonl", SEED, missing.as_str(), not_utf8.as_str()], b"");
    assert_eq!(output.status.code(), Some(1), "{output:?}");

    let stdout = String::from_utf8(output.stdout).expect("stdout is not UTF-8");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a line is not JSON"))
        .collect();
    assert_eq!(lines.len(), 3, "{stdout}");

    assert_eq!(lines[0]["path"], SEED);
    assert!(lines[0].get("error").is_none(), "{}", lines[0]);
    check_seed_article(&lines[0]["article"]);

    assert_eq!(lines[1]["path"], missing.as_str());
    assert!(lines[1].get("article").is_none(), "{}", lines[1]);
    assert!(lines[1]["error"].is_string(), "{}", lines[1]);

    assert_eq!(lines[2]["path"], not_utf8.as_str());
    assert!(lines[2].get("article").is_none(), "{}", lines[2]);
    let message = lines[2]["error"].as_str().expect("no error message");
    assert!(message.contains("UTF-8"), "{message}");
    assert!(message.contains("byte offset 2"), "{message}");
}

#[test]
fn dash_reads_stdin() {
    let seed = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED))
        .expect("cannot read the seed");
    let output = run_parse(&["-"], &seed);
    assert!(output.status.success(), "{output:?}");
    check_seed_article(&stdout_json(&output));
}

#[test]
fn usage_errors_exit_with_2() {
    let output = run_parse(&[], b"");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("usage:"), "{stderr}");

    let output = run_parse(&["--no-such-flag", SEED], b"");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--no-such-flag"), "{stderr}");
}

#[test]
fn help_exits_with_0() {
    let output = run_parse(&["--help"], b"");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("usage:"), "{stdout}");
    assert!(stdout.contains("--jsonl"), "{stdout}");
}
