//! mdbook-quiz's question types on the command line, through the built binary:
//! Tracing entries (`n`, `y:OUTPUT` with `\n` for line breaks, in `--answers` and in
//! `--answers-file`), verdicts that name a question by number and prompt (`1a` in a
//! multipart group), and tracing questions in a spaced review.
use crate::common::{progress_toml, text, tutor_with_data};
use std::io::Write as _;
use std::path::Path;
use std::process::{Output, Stdio};

const TRACING: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/valid/mdbook-tracing"
);
const PARTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/valid/mdbook-parts"
);

fn run(data: &Path, course: &str, now: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut command = tutor_with_data(data);
    command
        .args(["--course", course, "--color", "never"])
        .args(args)
        .env("TUTOR_NOW", now)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .as_ref()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

const DAY_1: &str = "2026-11-24T09:00:00Z";

/// The `given` of each answer of the quiz's last attempt.
fn given(data: &Path, course: &str, quiz: &str) -> Vec<String> {
    let progress = progress_toml(data);
    let attempts = progress["courses"][course]["quizzes"][quiz]["attempts"]
        .as_array()
        .unwrap();
    attempts.last().unwrap()["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["given"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn tracing_entries_are_n_or_y_with_the_output() {
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        TRACING,
        DAY_1,
        &["quiz", "tracing", "--answers", r"y:1\nsum 3,n"],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "1. What does this program do? let v = vec![1, 2]; — wrong: you answered y:1\\nsum 3, \
         the answer is y:1\\n2\\nsum 3\n   \
         The program prints:\n   │ 1\n   │ 2\n   │ sum 3\n   \
         `&v` borrows the vector, so it can still be summed after the loop.\n\
         2. What does this program do? let s = String::from(\"… — right: n \
         (the error is at line 4)\n   \
         `s` was moved into `t` on line 3, so line 4 uses a moved value.\n\
         Score 1/2 — not mastered yet (need 2 of 2, 80%)\n"
    );
    // Recorded as typed: one readable line each, `\n` between output lines.
    assert_eq!(
        given(data.path(), "mdbook-tracing", "tracing"),
        [r"y:1\nsum 3", "n"]
    );
}

#[test]
fn a_right_output_is_compared_trimmed_line_by_line() {
    let data = tempfile::tempdir().unwrap();
    // Trailing spaces on a line, a blank line at the end, capital Y: all forgiven.
    let out = run(
        data.path(),
        TRACING,
        DAY_1,
        &["quiz", "tracing", "--answers", r"Y:1  \n2\nsum 3\n,no"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("Score 2/2 — mastered"));
    // A different inner spacing is a different output.
    let out = run(
        data.path(),
        TRACING,
        DAY_1,
        &["quiz", "tracing", "--answers", r"y:1\n2\nsum  3,n"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn an_answers_file_takes_one_tracing_entry_a_line() {
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        TRACING,
        DAY_1,
        &["quiz", "tracing", "--answers-file", "-"],
        Some("y:1\\n2\\nsum 3\nn\n"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Score 2/2"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(
        given(data.path(), "mdbook-tracing", "tracing"),
        [r"y:1\n2\nsum 3", "n"]
    );
}

#[test]
fn a_tracing_entry_that_is_neither_is_refused_and_nothing_is_recorded() {
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        TRACING,
        DAY_1,
        &["quiz", "tracing", "--answers", "maybe,n"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "tutor: question 1 (What does this program do? let v = vec![1, 2];): this is a \
         tracing question: answer `n` (does not compile) or `y:OUTPUT` (compiles and prints \
         OUTPUT, `\\n` between lines); nothing was recorded\n"
    );
    assert!(!data.path().join("progress.toml").exists());
}

#[test]
fn multipart_verdicts_are_numbered_with_letters() {
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        PARTS,
        DAY_1,
        &[
            "quiz",
            "parts",
            "--answers",
            "6,it binds a value to a name,let mut z = 1;,a",
        ],
        None,
    );
    let stdout = text(&out.stdout);
    let verdicts: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(" — ") && !l.starts_with("Score"))
        .map(|l| l.split(" — ").next().unwrap())
        .collect();
    assert_eq!(
        verdicts,
        [
            "1a. What is the value of `y`?",
            "1b. Explain what `let` does here, in a sentence or tw…",
            "2. Write a statement that binds 1 to a mutable `z`.",
            "3. Where is the answer? Both `answerIndex` and `sort…",
        ]
    );
    // Highlight marks in code are applied, never printed.
    assert!(stdout.contains("let y = x + 1;"), "{stdout}");
    assert!(!stdout.contains("`["), "{stdout}");
    // answerIndex wins over sortAnswers: the answer is b), not sorted among the rest.
    assert!(
        stdout.contains("— wrong: you answered a, the answer is b"),
        "{stdout}"
    );
}

#[test]
fn tracing_questions_come_back_in_review_and_take_the_same_entries() {
    let data = tempfile::tempdir().unwrap();
    let wrong = run(
        data.path(),
        TRACING,
        DAY_1,
        &["quiz", "tracing", "--answers", "n,y:hi"],
        None,
    );
    assert_eq!(wrong.status.code(), Some(1));
    let next_day = "2026-11-25T09:00:00Z";
    let listing = run(data.path(), TRACING, next_day, &["review"], None);
    assert!(
        text(&listing.stdout).contains("2 questions are due"),
        "{}",
        text(&listing.stdout)
    );
    let reviewed = run(
        data.path(),
        TRACING,
        next_day,
        // Due cards come in key order: the second question's id sorts first.
        &["review", "--answers", r"n,y:1\n2\nsum 3"],
        None,
    );
    assert_eq!(
        reviewed.status.code(),
        Some(0),
        "{}",
        text(&reviewed.stderr)
    );
    let stdout = text(&reviewed.stdout);
    assert!(
        stdout
            .contains("2. What does this program do? let v = vec![1, 2]; — right: y:1\\n2\\nsum 3"),
        "{stdout}"
    );
    assert!(
        stdout.contains("right: n (the error is at line 4)"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("→ box 2").count(), 2, "{stdout}");
}
