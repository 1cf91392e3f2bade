//! Answers as given, through the built binary: `\,` inside an `--answers` entry,
//! `--answers-file` from a file and from stdin, short answers in any Unicode
//! composition and any case (full case folding), a clock at the edge of the calendar, an attempt that cannot be saved
//! (exit 3), and hostile arguments that never reach the terminal raw.
use crate::common::{copy_sample_course, progress_toml, text, tutor_with_data};
use std::io::Write as _;
use std::path::Path;
use std::process::{Output, Stdio};

/// Two short answers: one with a comma in it, one with an accent and an alternative.
const QUIZ: &str = r#"
[[questions]]
id = "big-number"
type = "ShortAnswer"
prompt.prompt = "Write one thousand with a thousands separator."
answer.answer = "1,000"

[[questions]]
id = "coffee"
type = "ShortAnswer"
prompt.prompt = "Where does one drink coffee in Paris?"
answer.answer = "café"
answer.alternatives = ["bistrô"]
"#;

/// Answers that lower-casing alone would not match to what a learner types: ß, a
/// final sigma, a ligature.
const FOLDING: &str = r#"
[[questions]]
id = "street"
type = "ShortAnswer"
prompt.prompt = "German for street?"
answer.answer = "Straße"

[[questions]]
id = "myth"
type = "ShortAnswer"
prompt.prompt = "Who pushed the boulder?"
answer.answer = "Σίσυφος"

[[questions]]
id = "document"
type = "ShortAnswer"
prompt.prompt = "What holds the bytes?"
answer.answer = "ﬁle"
"#;

/// The sample course plus the quizzes above, as `answers` and `folding`, in a
/// scratch folder.
fn course() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_sample_course(dir.path());
    std::fs::write(dir.path().join("quizzes/answers.toml"), QUIZ).unwrap();
    std::fs::write(dir.path().join("quizzes/folding.toml"), FOLDING).unwrap();
    dir
}

fn run(data: &Path, course: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut command = tutor_with_data(data);
    command
        .args(["--course", course.to_str().unwrap()])
        .args(args)
        .env("TUTOR_NOW", "2026-11-24T09:00:00Z")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let mut pipe = child.stdin.take().unwrap();
    if let Some(input) = stdin {
        // tutor stops reading at its size cap and closes the pipe: not our failure.
        let _ = pipe.write_all(input.as_bytes());
    }
    drop(pipe);
    child.wait_with_output().unwrap()
}

/// The `given` of every answer of the last attempt at the `answers` quiz, in order.
fn recorded(data: &Path) -> Vec<String> {
    let table = progress_toml(data);
    let (_, course) = table["courses"].as_table().unwrap().iter().next().unwrap();
    let attempts = course["quizzes"]["answers"]["attempts"].as_array().unwrap();
    attempts
        .last()
        .unwrap()
        .get("answers")
        .and_then(|a| a.as_array())
        .unwrap()
        .iter()
        .map(|a| a["given"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn an_escaped_comma_stays_inside_its_entry() {
    let (course, data) = (course(), tempfile::tempdir().unwrap());
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers", r"1\,000,Café"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("1. Write one thousand with a thousands separator. — right: 1,000"),
        "{stdout}"
    );
    assert!(stdout.contains("Score 2/2"), "{stdout}");
    assert_eq!(recorded(data.path()), ["1,000", "Café"]);

    // Unescaped, the comma splits the entry and the count is wrong: nothing recorded.
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers", "1,000,café"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("3 answers were given"));
    assert!(!data.path().join("progress.toml").exists());
}

#[test]
fn decomposed_accents_match_the_composed_answer_and_alternatives() {
    let course = course();
    for coffee in [
        "cafe\u{301}",
        "CAFE\u{301}",
        "  caf\u{e9} ",
        "bistro\u{302}",
    ] {
        let data = tempfile::tempdir().unwrap();
        let list = format!(r"1\,000,{coffee}");
        let out = run(
            data.path(),
            course.path(),
            &["quiz", "answers", "--answers", &list],
            None,
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{coffee:?}: {}",
            text(&out.stdout)
        );
    }
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers", r"1\,000,cafe"],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "an accent still matters");
}

#[test]
fn case_is_folded_in_full_from_the_command_line_and_a_file() {
    let course = course();
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "folding", "--answers", "STRASSE,ΣΊΣΥΦΟΣ,FILE"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("Score 3/3"));

    // From a file, decomposed and with the capital sharp s: still the same answers.
    let file = data.path().join("answers.txt");
    std::fs::write(
        &file,
        "STRA\u{1e9e}E\n\u{3c3}\u{3b9}\u{301}\u{3c3}\u{3c5}\u{3c6}\u{3bf}\u{3c2}\nfile\n",
    )
    .unwrap();
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "folding", "--answers-file", file.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));

    // A letter short, an accent missing, a letter of the ligature missing: all wrong.
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "folding", "--answers", "STRASE,ΣΙΣΥΦΟΣ,FLE"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("Score 0/3"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn answers_come_from_a_file_or_stdin_one_a_line() {
    let (course, data) = (course(), tempfile::tempdir().unwrap());
    let file = data.path().join("answers.txt");
    std::fs::write(&file, "1,000\r\ncafe\u{301}\n\n").unwrap();
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers-file", file.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(recorded(data.path()), ["1,000", "cafe\u{301}"]);

    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers-file", "-"],
        Some("1,000\nwrong\n"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .contains("2. Where does one drink coffee in Paris? — wrong: you answered wrong")
    );
    assert_eq!(recorded(data.path()), ["1,000", "wrong"]);
}

#[test]
fn a_bad_answers_file_is_a_usage_error_that_records_nothing() {
    let (course, data) = (course(), tempfile::tempdir().unwrap());
    let missing = data.path().join("missing.txt");
    let out = run(
        data.path(),
        course.path(),
        &[
            "quiz",
            "answers",
            "--answers-file",
            missing.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("missing.txt: cannot read it"), "{stderr}");

    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers", "a", "--answers-file", "-"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot be used with"));

    let huge = "x".repeat(2 * 1024 * 1024);
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers-file", "-"],
        Some(&huge),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("too large"),
        "{}",
        text(&out.stderr)
    );
    assert!(!data.path().join("progress.toml").exists());
}

#[test]
fn review_reads_an_answers_file_too() {
    let (course, data) = (course(), tempfile::tempdir().unwrap());
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers", r"1\,001,tea"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let mut review = tutor_with_data(data.path());
    let review = review
        .args(["--course", course.path().to_str().unwrap()])
        .args(["review", "--answers-file", "-"])
        .env("TUTOR_NOW", "2026-11-25T09:00:00Z")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = review.stdin.as_ref().unwrap();
    pipe.write_all("1,000\ncafé\n".as_bytes()).unwrap();
    let out = review.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("1. Write one thousand with a thousands separator. — right: 1,000"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2. Where does one drink coffee in Paris? — right: café"),
        "{stdout}"
    );
}

#[test]
fn a_clock_at_the_edge_of_the_calendar_is_refused_and_writes_nothing() {
    let (course, data) = (course(), tempfile::tempdir().unwrap());
    for now in ["9999-12-31T23:59:59Z", "9999-12-30T12:00:00Z"] {
        let out = tutor_with_data(data.path())
            .args(["--course", course.path().to_str().unwrap()])
            .args(["quiz", "02", "--answers", "b,ab,b,b,b"])
            .env("TUTOR_NOW", now)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{now}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("too close to the edge of the calendar"),
            "{stderr}"
        );
        assert!(!data.path().join("progress.toml").exists(), "{now}");
    }
}

#[test]
fn an_attempt_that_cannot_be_saved_exits_3_and_says_so() {
    let course = course();
    let scratch = tempfile::tempdir().unwrap();
    // A data folder under a regular file cannot be created, even by root.
    let blocker = scratch.path().join("file");
    std::fs::write(&blocker, "not a folder").unwrap();
    let data = blocker.join("data");
    let out = run(
        &data,
        course.path(),
        &["quiz", "answers", "--answers", r"1\,000,café"],
        None,
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Score 2/2"),
        "the verdicts still print"
    );
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Not a directory"), "{stderr}");
    assert!(
        stderr.contains("this attempt was graded but could not be saved"),
        "{stderr}"
    );
    // Below the mark it is still 3: not saved outranks not passed.
    let out = run(
        &data,
        course.path(),
        &["quiz", "answers", "--answers", "1,tea"],
        None,
    );
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn hostile_arguments_never_reach_the_terminal_raw() {
    let (course, data) = (course(), tempfile::tempdir().unwrap());
    let hostile = "x\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{202e}\u{2066}gnp.exe\u{9b}";
    let clean = |out: &Output| {
        let stderr = text(&out.stderr);
        assert!(!stderr.is_empty());
        for bad in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}', '\u{9b}'] {
            assert!(!stderr.contains(bad), "{bad:?} in {stderr:?}");
        }
        assert_eq!(out.status.code(), Some(2));
    };
    // An unknown quiz, an answers file that is not there, an unknown option to clap.
    clean(&run(
        data.path(),
        course.path(),
        &["quiz", hostile, "--answers", "a"],
        None,
    ));
    clean(&run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers-file", hostile],
        None,
    ));
    clean(&run(data.path(), course.path(), &[hostile], None));
    clean(&run(
        data.path(),
        course.path(),
        &["read", "1", "--width", hostile],
        None,
    ));
    let out = tutor_with_data(data.path())
        .args(["list"])
        .env("TUTOR_NOW", hostile)
        .output()
        .unwrap();
    clean(&out);
    assert!(
        text(&out.stderr).contains("gnp.exe"),
        "the rest is still shown"
    );
}

#[test]
fn a_review_that_cannot_be_saved_exits_3() {
    let (course, data) = (course(), tempfile::tempdir().unwrap());
    let out = run(
        data.path(),
        course.path(),
        &["quiz", "answers", "--answers", r"1\,001,tea"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    // The progress file still reads, but a folder where the lock file goes means no
    // save can take the lock, whoever runs the test.
    let lock = data.path().join("progress.toml.lock");
    let _ = std::fs::remove_file(&lock);
    std::fs::create_dir(&lock).unwrap();
    let before = std::fs::read(data.path().join("progress.toml")).unwrap();
    let out = tutor_with_data(data.path())
        .args(["--course", course.path().to_str().unwrap()])
        .args(["review", "--answers", r"1\,000,café"])
        .env("TUTOR_NOW", "2026-11-25T09:00:00Z")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .contains("1. Write one thousand with a thousands separator. — right: 1,000")
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("this review was graded but could not be saved"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(data.path().join("progress.toml")).unwrap(),
        before
    );
}
