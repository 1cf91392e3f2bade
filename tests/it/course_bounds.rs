//! Bounded work on hostile courses (SPEC §7): `check` warns where the reader lays
//! deep nesting flat, and stays within generous time and size bounds on courses
//! built to make it repeat itself.
use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use tutor::course::check_dir;

use crate::review_cli::{day, ok, tutor};

#[test]
fn check_warns_where_nesting_is_laid_flat_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!(
        "+++\ntitle = \"Deep\"\n+++\n# Deep\n\nfine\n\n{}x\n",
        "- ".repeat(20_000)
    );
    fs::write(dir.path().join("01-deep.md"), deep).unwrap();
    fs::write(dir.path().join("02-shallow.md"), "# Shallow\n\n> - a\n").unwrap();
    let report = check_dir(dir.path()).unwrap();
    assert!(report.is_ok(), "{report}");
    let warnings: Vec<String> = report
        .diagnostics
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].ends_with(
            "01-deep.md:8:1: quotes or lists nested too deep (past 32 levels of lists or 64 \
             of quotes): the reader shows the deepest levels flat"
        ),
        "{warnings:?}"
    );
}

/// A course of one chapter and one quiz of `questions` yes/no questions (answer `a`).
fn one_big_quiz(dir: &Path, questions: usize) {
    fs::write(dir.join("01-a.md"), "# A\n\ntext\n").unwrap();
    let mut quiz = String::new();
    for i in 0..questions {
        let _ = write!(
            quiz,
            "[[questions]]\nid = \"q{i}\"\nprompt = \"Question {i}?\"\nchoices = [\"yes\", \
             \"no\"]\nanswer = \"a\"\n\n"
        );
    }
    fs::write(dir.join("01-a.toml"), quiz).unwrap();
}

#[test]
fn a_review_of_thousands_of_due_cards_takes_linear_time() {
    const CARDS: usize = 2_000;
    let course = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    one_big_quiz(course.path(), CARDS);
    let list = |entry: &str| vec![entry; CARDS].join(",");
    let wrong = tutor(
        data.path(),
        course.path(),
        &day(0),
        &["quiz", "01-a", "--answers", &list("b")],
    );
    assert_eq!(wrong.status.code(), Some(1), "a failed attempt");
    let started = Instant::now();
    let reviewed = ok(&tutor(
        data.path(),
        course.path(),
        &day(1),
        &["review", "--answers", &list("a")],
    ));
    let elapsed = started.elapsed();
    assert!(
        reviewed.ends_with(&format!(
            "Reviewed {CARDS} questions. Next due: 2026-11-13.\n"
        )),
        "{reviewed:.300}"
    );
    // Well under a second in a release build; grading each card by cloning its whole
    // quiz took minutes.
    assert!(elapsed < Duration::from_secs(20), "{elapsed:?}");
}
