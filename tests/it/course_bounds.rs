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

#[test]
fn an_unknown_chapter_names_a_few_close_matches_not_every_chapter() {
    const CHAPTERS: usize = 2_000;
    let dir = tempfile::tempdir().unwrap();
    for i in 0..CHAPTERS {
        fs::write(dir.path().join(format!("{i:05}-part.md")), "# Part\n").unwrap();
        fs::write(
            dir.path().join(format!("q{i:05}.toml")),
            format!(
                "chapter = \"{i:05}-prat\"\n\n[[questions]]\nid = \"q\"\nprompt = \"P?\"\n\
                 choices = [\"yes\", \"no\"]\nanswer = \"a\"\n"
            ),
        )
        .unwrap();
    }
    let quiz =
        "\n[[questions]]\nid = \"q\"\nprompt = \"P?\"\nchoices = [\"a\", \"b\"]\nanswer = \"a\"\n";
    fs::write(
        dir.path().join("zz.toml"),
        format!("chapter = \"nothing-alike\"\n{quiz}"),
    )
    .unwrap();
    let started = Instant::now();
    let report = check_dir(dir.path()).unwrap();
    let elapsed = started.elapsed();
    assert_eq!(report.diagnostics.errors.len(), CHAPTERS + 1);
    let first = report.diagnostics.errors[0].to_string();
    assert!(
        first.ends_with(
            "q00000.toml:1:11: unknown chapter `00000-prat`, did you mean: 00000-part? \
             (one of 2000 chapters)"
        ),
        "{first}"
    );
    let last = report.diagnostics.errors[CHAPTERS].to_string();
    assert!(
        last.ends_with(
            "zz.toml:1:11: unknown chapter `nothing-alike`: none of the 2000 chapters is \
             named like it (`tutor list` shows them)"
        ),
        "{last}"
    );
    assert!(
        report
            .diagnostics
            .errors
            .iter()
            .all(|e| e.message.len() < 200)
    );
    // A fraction of a second in a release build, far below a quadratic report's.
    assert!(elapsed < Duration::from_secs(20), "{elapsed:?}");
}
