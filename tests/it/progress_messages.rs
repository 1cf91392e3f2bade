//! A progress file edited by hand into something tutor cannot use: the notice, printed
//! once, names the file, the line and column, the key path and the type expected, and
//! nothing of the learner's is lost (SPEC §5, §6).
use crate::common::{SAMPLE_COURSE, text, tutor_with_data};
use std::fs;
use std::path::Path;

const COURSE: &str = "system-design-fundamentals";
const QUIZ: &str = "02-scalability-patterns";

fn write(data: &Path, file: &str) {
    fs::write(data.join("progress.toml"), file).unwrap();
}

/// Runs tutor on the sample course in `data` and returns (exit code, stderr).
fn run(data: &Path, args: &[&str]) -> (Option<i32>, String) {
    let out = tutor_with_data(data)
        .args(["--course", SAMPLE_COURSE])
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), text(&out.stderr))
}

const GRADE: [&str; 4] = ["quiz", QUIZ, "--answers", "b,ab,b,b,b"];

#[test]
fn a_chapter_position_that_is_text_is_named_by_line_and_key_path() {
    let data = tempfile::tempdir().unwrap();
    let file = format!(
        "version = 1\n\n[courses.{COURSE}.chapters.01-system-design-principles]\nposition = \"x\"\n\n\
         [courses.{COURSE}.chapters.02-scalability-patterns]\nposition = 7\n"
    );
    write(data.path(), &file);
    let expected = format!(
        "warning: {}:4:12: courses.{COURSE}.chapters.01-system-design-principles.position: \
         expected an integer from 0 to 4294967295, found the string \"x\"; that record is \
         kept in the file as it is, unused, and the rest of the file loaded\n",
        data.path().join("progress.toml").display()
    );
    let (code, err) = run(data.path(), &["list"]);
    assert_eq!(code, Some(0));
    assert_eq!(err, expected);
    // A save reads the file again: the notice is still printed once, and the record
    // is written back as it was.
    let (code, err) = run(data.path(), &GRADE);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(err, expected);
    let after = fs::read_to_string(data.path().join("progress.toml")).unwrap();
    assert!(after.contains("position = \"x\""), "{after}");
    assert!(after.contains("position = 7"), "{after}");
}

#[test]
fn an_attempt_with_a_count_that_is_text_is_named_by_its_place() {
    let data = tempfile::tempdir().unwrap();
    let attempt = |id: &str, correct: &str| {
        format!(
            "[[courses.{COURSE}.quizzes.{QUIZ}.attempts]]\nid = \"{id}\"\n\
             started = \"2026-11-20T09:00:00Z\"\nfinished = \"2026-11-20T09:05:00Z\"\n\
             correct = {correct}\ntotal = 5\nneeded = 4\npassed = false\nscore = \"a\"\n\n"
        )
    };
    let file = format!(
        "version = 1\n\n{}{}",
        attempt("good", "1"),
        attempt("bad", "\"a\"")
    );
    write(data.path(), &file);
    let (code, err) = run(data.path(), &["list"]);
    assert_eq!(code, Some(0));
    // `score` is no key of this tutor's: kept as it is, without a word.
    assert_eq!(
        err,
        format!(
            "warning: {}:17:11: courses.{COURSE}.quizzes.{QUIZ}.attempts[1].correct: expected \
             an integer from 0 to 4294967295, found the string \"a\"; that record is kept in \
             the file as it is, unused, and the rest of the file loaded\n",
            data.path().join("progress.toml").display()
        )
    );
    let (code, err) = run(data.path(), &GRADE);
    assert_eq!(code, Some(0), "{err}");
    let after = fs::read_to_string(data.path().join("progress.toml")).unwrap();
    assert!(after.contains("correct = \"a\""), "{after}");
    assert_eq!(after.matches("score = \"a\"").count(), 2, "{after}");
}

#[test]
fn a_version_that_is_text_leaves_the_file_untouched_and_says_where() {
    let data = tempfile::tempdir().unwrap();
    let file = format!("version = \"1\"\n\n[courses.{COURSE}]\nlast_chapter = \"01\"\n");
    write(data.path(), &file);
    let expected = format!(
        "warning: {}:1:11: version: expected an integer, found the string \"1\"; the file \
         is left untouched and nothing will be saved this session\n",
        data.path().join("progress.toml").display()
    );
    let (code, err) = run(data.path(), &["list"]);
    assert_eq!(code, Some(0));
    assert_eq!(err, expected);
    let (code, err) = run(data.path(), &GRADE);
    assert_eq!(code, Some(3), "graded but not saved: {err}");
    assert!(err.starts_with(&expected), "{err}");
    assert_eq!(
        fs::read_to_string(data.path().join("progress.toml")).unwrap(),
        file
    );
    let left: Vec<_> = fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("corrupt"))
        .collect();
    assert!(left.is_empty(), "nothing moved aside: {left:?}");
}
