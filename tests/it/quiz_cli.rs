//! `tutor quiz --answers`, `tutor progress` and the progress file, through the built
//! binary with scratch data folders: grading, pass marks, and durability under
//! concurrent and killed processes.
use crate::common::{SAMPLE_COURSE, progress_toml, text, tutor_with_data};
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Output, Stdio};

/// Runs tutor on the sample course, unless the arguments name a course.
fn tutor(data: &Path, args: &[&str]) -> Output {
    let course: &[&str] = if args.contains(&"--course") {
        &[]
    } else {
        &["--course", SAMPLE_COURSE]
    };
    tutor_with_data(data)
        .args(course)
        .args(args)
        .output()
        .expect("the tutor binary runs")
}

fn attempts(data: &Path, course: &str, quiz: &str) -> Vec<toml::Table> {
    let table = progress_toml(data);
    table["courses"][course]["quizzes"][quiz]["attempts"]
        .as_array()
        .map(|a| a.iter().map(|t| t.as_table().unwrap().clone()).collect())
        .unwrap_or_default()
}

const BUILTIN: &str = "system-design-fundamentals";
const SCALING: &str = "02-scalability-patterns";

#[test]
fn exactly_the_pass_mark_masters_and_one_fewer_does_not() {
    let data = tempfile::tempdir().unwrap();
    // 5 questions at 80%: 4 needed. The key is b, ab, b, b, b.
    let pass = tutor(data.path(), &["quiz", SCALING, "--answers", "b,ab,b,b,a"]);
    assert_eq!(pass.status.code(), Some(0), "{}", text(&pass.stderr));
    let out = text(&pass.stdout);
    assert!(
        out.contains("Score 4/5 — mastered (need 4 of 5, 80%)"),
        "{out}"
    );
    assert!(
        out.contains("5. In the edge configuration of this chapter, what d… — wrong: you answered a, the answer is b"),
        "{out}"
    );
    assert!(
        out.contains("Edge servers answer requests"),
        "explanations are printed: {out}"
    );

    let fail = tutor(data.path(), &["quiz", "02-sc", "--answers", "b,ab,a,b,a"]);
    assert_eq!(fail.status.code(), Some(1));
    assert!(text(&fail.stdout).contains("Score 3/5 — not mastered yet (need 4 of 5, 80%)"));
    assert!(
        text(&fail.stdout).contains("A reactive rule waits for CPU"),
        "the why of a) is shown"
    );

    let recorded = attempts(data.path(), BUILTIN, SCALING);
    assert_eq!(recorded.len(), 2);
    for (attempt, (correct, passed)) in recorded.iter().zip([(4, true), (3, false)]) {
        assert_eq!(attempt["correct"].as_integer(), Some(correct));
        assert_eq!(attempt["total"].as_integer(), Some(5));
        assert_eq!(attempt["needed"].as_integer(), Some(4));
        assert_eq!(attempt["passed"].as_bool(), Some(passed));
        assert!(attempt["started"].as_str().unwrap().ends_with('Z'));
        let answers = attempt["answers"].as_array().unwrap();
        assert_eq!(answers.len(), 5);
        assert_eq!(answers[1]["given"].as_str(), Some("ab"));
    }

    let progress = tutor(data.path(), &["progress"]);
    let shown = text(&progress.stdout);
    assert!(
        shown.contains("02-scalability-patterns: mastered (best 4/5)"),
        "{shown}"
    );
    assert!(
        shown.contains("4/5  passed") && shown.contains("3/5  below the mark"),
        "{shown}"
    );
    let list = text(&tutor(data.path(), &["list"]).stdout);
    assert!(list.contains("mastered (best 4/5)"), "{list}");

    let json: serde_json::Value =
        serde_json::from_slice(&tutor(data.path(), &["progress", "--json"]).stdout).unwrap();
    let quiz = json["quizzes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == SCALING)
        .unwrap();
    assert_eq!(quiz["mastered"], true);
    assert_eq!(quiz["attempts"].as_array().unwrap().len(), 2);
}

/// A flat course whose quizzes have 10 questions at 70%, 6 at 80% and 3 at 100%, every
/// answer `a`.
fn threshold_course(dir: &Path) {
    std::fs::write(dir.join("basics.md"), "# Basics\n\nText.\n").unwrap();
    for (id, total, mastery) in [("ten", 10, 70), ("six", 6, 80), ("three", 3, 100)] {
        let mut quiz = format!("title = \"{id}\"\nchapter = \"basics\"\nmastery = {mastery}\n");
        for i in 0..total {
            let _ = write!(
                quiz,
                "\n[[questions]]\nid = \"q{i}\"\nprompt = \"?\"\nchoices = [\"yes\", \"no\"]\n\
                 answer = \"a\"\nexplanation = \"yes\"\n"
            );
        }
        std::fs::write(dir.join(format!("{id}.toml")), quiz).unwrap();
    }
}

fn answers(right: usize, total: usize) -> String {
    (0..total)
        .map(|i| if i < right { "a" } else { "b" })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn pass_marks_follow_the_integer_rule() {
    let course = tempfile::tempdir().unwrap();
    threshold_course(course.path());
    let data = tempfile::tempdir().unwrap();
    let c = course.path().to_str().unwrap();
    let list = text(&tutor(data.path(), &["--course", c, "list"]).stdout);
    assert!(list.contains("10 questions, need 7 of 10 (70%)"), "{list}");
    assert!(list.contains("6 questions, need 5 of 6 (80%)"), "{list}");
    assert!(list.contains("3 questions, need 3 of 3 (100%)"), "{list}");
    for (quiz, total, needed) in [("ten", 10, 7), ("six", 6, 5), ("three", 3, 3)] {
        let at_mark = tutor(
            data.path(),
            &[
                "--course",
                c,
                "quiz",
                quiz,
                "--answers",
                &answers(needed, total),
            ],
        );
        assert_eq!(
            at_mark.status.code(),
            Some(0),
            "{quiz}: {}",
            text(&at_mark.stdout)
        );
        let below = tutor(
            data.path(),
            &[
                "--course",
                c,
                "quiz",
                quiz,
                "--answers",
                &answers(needed - 1, total),
            ],
        );
        assert_eq!(
            below.status.code(),
            Some(1),
            "{quiz}: {}",
            text(&below.stdout)
        );
    }
}

#[test]
fn select_all_needs_the_exact_set_and_short_answers_are_forgiving() {
    let data = tempfile::tempdir().unwrap();
    let quiz = "03-database-design-for-scale";
    // The mdbook-quiz file's letters are fixed by a per-question seed: c, bc, text.
    let right = tutor(
        data.path(),
        &["quiz", quiz, "--answers", "c, CB ,  REPLICA   lag  "],
    );
    assert_eq!(right.status.code(), Some(0), "{}", text(&right.stdout));
    for wrong_set in ["b", "abc"] {
        let list = format!("c,{wrong_set},replication lag");
        let out = tutor(data.path(), &["quiz", quiz, "--answers", &list]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{wrong_set}: {}",
            text(&out.stdout)
        );
        assert!(text(&out.stdout).contains("the answer is b, c"));
    }
}

#[test]
fn bad_answer_lists_are_refused_and_nothing_is_recorded() {
    let data = tempfile::tempdir().unwrap();
    let cases = [
        ("b,ab,b,b", "has 5 questions but 4 answers were given"),
        (
            "b,ab,b,b,z",
            "question 5 (In the edge configuration of this chapter, what d…)",
        ),
        (
            "b,ab,bb,b,a",
            "question 3 (Traffic jumps every Monday at 9:00. Which auto-sc…)",
        ),
        (
            "b,ab,b,,a",
            "question 4 (What does a CDN mainly take off your origin serve…): no answer given",
        ),
    ];
    for (list, message) in cases {
        let out = tutor(data.path(), &["quiz", SCALING, "--answers", list]);
        assert_eq!(out.status.code(), Some(2), "{list}");
        let err = text(&out.stderr);
        assert!(err.contains(message), "{list}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    let letters_for_text = tutor(data.path(), &["quiz", "03", "--answers", "c,bc,b"]);
    assert_eq!(letters_for_text.status.code(), Some(2));
    assert!(
        text(&letters_for_text.stderr)
            .contains("question 3 (What is the usual name for the delay between a wr…)")
    );
    let unknown = tutor(data.path(), &["quiz", "nope", "--answers", "a"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        !data.path().join("progress.toml").exists(),
        "nothing was recorded"
    );
}

#[test]
fn concurrent_processes_never_lose_each_others_attempts() {
    let data = tempfile::tempdir().unwrap();
    let rounds = 25;
    let (mut saved, mut unsaved) = (0, 0);
    for _ in 0..rounds {
        let spawn = || {
            tutor_with_data(data.path())
                .args(["--course", SAMPLE_COURSE])
                .args(["quiz", SCALING, "--answers", "b,ab,b,b,b"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        };
        let (mut a, mut b) = (spawn(), spawn());
        for child in [&mut a, &mut b] {
            match child.wait().unwrap().code() {
                Some(0) => saved += 1,
                // The lock stayed busy past the short wait (a very loaded machine):
                // the attempt was graded, said so, and recorded nothing (SPEC §5).
                Some(3) => unsaved += 1,
                other => panic!("tutor exited with {other:?}"),
            }
        }
    }
    // Every attempt a process reported as saved is in the file, none twice.
    assert_eq!(attempts(data.path(), BUILTIN, SCALING).len(), saved);
    assert!(
        saved >= rounds,
        "{saved} saved, {unsaved} timed out on the lock"
    );
}

#[test]
fn killed_mid_save_the_file_always_parses_and_keeps_every_reported_attempt() {
    let data = tempfile::tempdir().unwrap();
    // How long a whole run takes here, so the kills spread over all of it, save included.
    let started = std::time::Instant::now();
    for _ in 0..3 {
        tutor(data.path(), &["quiz", SCALING, "--answers", "b,ab,b,b,b"]);
    }
    let run = started.elapsed() / 3;
    let mut reported = 3;
    for i in 0..300u32 {
        let mut child = tutor_with_data(data.path())
            .args(["--course", SAMPLE_COURSE])
            .args(["quiz", SCALING, "--answers", "b,ab,b,b,b"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kill over start-up, grading and the save itself.
        std::thread::sleep(run * ((i * 7919) % 1000) / 800);
        let _ = child.kill(); // SIGKILL on Unix
        let out = child.wait_with_output().unwrap();
        if out.status.success() && text(&out.stdout).contains("Score 5/5") {
            reported += 1;
        }
        if data.path().join("progress.toml").exists() {
            let saved = attempts(data.path(), BUILTIN, SCALING).len();
            assert!(
                saved >= reported,
                "run {i}: {saved} saved, {reported} reported"
            );
        }
    }
    eprintln!("{reported} of 303 runs finished before the kill (a run takes {run:?})");
    assert!(
        reported > 0,
        "no run finished: the kill timing never let one through"
    );
    assert!(reported < 303, "no run was killed: the test proves nothing");
    let leftovers = std::fs::read_dir(data.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
        .count();
    assert_eq!(leftovers, 0, "a killed save corrupted the file");
}

#[test]
fn a_garbage_progress_file_is_moved_aside_and_the_attempt_saved() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("progress.toml"), "\u{0}\u{1}garbage = = =").unwrap();
    let out = tutor(data.path(), &["quiz", SCALING, "--answers", "b,ab,b,b,b"]);
    assert_eq!(out.status.code(), Some(0));
    let err = text(&out.stderr);
    assert!(
        err.contains("moved to") && err.contains("progress.toml.corrupt-"),
        "{err}"
    );
    assert_eq!(attempts(data.path(), BUILTIN, SCALING).len(), 1);
}

#[test]
fn a_newer_progress_file_is_left_byte_for_byte() {
    let data = tempfile::tempdir().unwrap();
    let original = "version = 99\n# from the future\n[courses.x]\nnew = \"shape\"\n";
    let path = data.path().join("progress.toml");
    std::fs::write(&path, original).unwrap();
    let out = tutor(data.path(), &["quiz", SCALING, "--answers", "b,ab,b,b,b"]);
    // Graded and printed, but not saved: exit 3 (SPEC §6).
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stdout).contains("Score 5/5"));
    let err = text(&out.stderr);
    assert!(err.contains("newer") && err.contains("version 99"), "{err}");
    assert!(err.contains("could not be saved"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

#[test]
fn an_unwritable_data_folder_warns_once_still_grades_and_exits_3() {
    let base = tempfile::tempdir().unwrap();
    let file = base.path().join("not-a-folder");
    std::fs::write(&file, "").unwrap();
    // Below a regular file no folder can be made, whoever runs the test.
    let data = file.join("data");
    let out = tutor(&data, &["quiz", SCALING, "--answers", "b,ab,b,b,a"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stdout).contains("Score 4/5 — mastered"));
    let err = text(&out.stderr);
    // Why the file could not be written, then that the attempt was not recorded.
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(err.contains("in memory"), "{err}");
    assert!(
        err.contains("tutor: this attempt was graded but could not be saved"),
        "{err}"
    );
    let below = tutor(&data, &["quiz", SCALING, "--answers", "a,a,a,a,a"]);
    assert_eq!(
        below.status.code(),
        Some(3),
        "not saved outranks below the mark"
    );
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_warns_once_still_grades_and_exits_3() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    std::fs::set_permissions(data.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(data.path().join("probe"), "").is_ok() {
        return; // running as root: permissions do not bind, the test above covers it
    }
    let out = tutor(data.path(), &["quiz", SCALING, "--answers", "b,ab,b,b,b"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(text(&out.stderr).lines().count(), 2);
    std::fs::set_permissions(data.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}
