//! `tutor review` and the Leitner queue through the built binary: questions answered
//! wrong come back when due, move between boxes, and keep their history when the
//! course is edited. `TUTOR_NOW` moves the clock; the calendar is never touched.
use crate::common::{SAMPLE_COURSE, copy_sample_course, progress_toml, text, tutor_with_data};
use std::path::{Path, PathBuf};
use std::process::Output;

pub(crate) const COURSE_ID: &str = "system-design-fundamentals";
pub(crate) const SCALING: &str = "02-scalability-patterns";
/// The key of the scaling quiz is b, ab, b, b, b.
pub(crate) const TWO_WRONG: &str = "a,ab,a,b,b";

pub(crate) fn day(n: u32) -> String {
    format!("2026-11-{:02}T09:30:00Z", 10 + n)
}

pub(crate) fn tutor(data: &Path, course: &Path, now: &str, args: &[&str]) -> Output {
    tutor_with_data(data)
        .args(["--course", course.to_str().unwrap()])
        .args(args)
        .env("TUTOR_NOW", now)
        .output()
        .expect("the tutor binary runs")
}

pub(crate) fn ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Box and due date of each card in progress.toml, by key.
pub(crate) fn cards(data: &Path) -> Vec<(String, i64, String)> {
    let table = progress_toml(data);
    let Some(review) = table["courses"][COURSE_ID].get("review") else {
        return Vec::new();
    };
    review
        .as_table()
        .unwrap()
        .iter()
        .map(|(key, card)| {
            (
                key.clone(),
                card["box"].as_integer().unwrap(),
                card["due"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

pub(crate) fn sample() -> PathBuf {
    PathBuf::from(SAMPLE_COURSE)
}

/// A review is not a quiz: no score, pass mark or mastery in its output.
pub(crate) fn no_score(output: &str) {
    for word in ["Score", "mastered", "need ", "pass"] {
        assert!(!output.contains(word), "{word:?} in a review:\n{output}");
    }
}

/// Answers two questions of the scaling quiz wrong on day 0.
pub(crate) fn two_wrong(data: &Path, course: &Path) {
    let out = tutor(
        data,
        course,
        &day(0),
        &["quiz", SCALING, "--answers", TWO_WRONG],
    );
    assert_eq!(out.status.code(), Some(1), "3/5 is below the mark");
}

/// The first review verdict's start: its number and the start of its prompt.
const REACTIVE: &str = "1. Traffic jumps every Monday at 9:00. Which auto-sc…";
/// The start of the prompt of the scale-out question.
const SCALE_OUT: &str = "What must be true of your web servers before you…";

#[test]
fn wrong_answers_come_back_the_next_day_and_climb_the_boxes() {
    let data = tempfile::tempdir().unwrap();
    let course = sample();
    two_wrong(data.path(), &course);
    let keys = [
        (
            format!("{SCALING}/reactive-vs-predictive"),
            1,
            "2026-11-11".to_owned(),
        ),
        (
            format!("{SCALING}/scale-out-needs"),
            1,
            "2026-11-11".to_owned(),
        ),
    ];
    assert_eq!(cards(data.path()), keys);

    let same_day = ok(&tutor(data.path(), &course, &day(0), &["review"]));
    assert!(
        same_day.contains("Nothing is due for review (next: 2026-11-11)"),
        "{same_day}"
    );

    let listing = ok(&tutor(data.path(), &course, &day(1), &["review"]));
    assert!(listing.contains("2 questions are due"), "{listing}");
    let first = listing
        .find("1. Traffic jumps every Monday")
        .expect("listed");
    let second = listing
        .find("2. What must be true of your web servers")
        .expect("listed");
    assert!(first < second, "same due day: ordered by key\n{listing}");
    let from = "from quiz 02-scalability-patterns · box 1\n";
    assert_eq!(listing.matches(from).count(), 2, "{listing}");
    assert!(listing.contains("--answers"), "{listing}");

    let reviewed = ok(&tutor(
        data.path(),
        &course,
        &day(1),
        &["review", "--answers", "b,b"],
    ));
    for verdict in [REACTIVE, &format!("2. {SCALE_OUT}")] {
        let moved = format!("{verdict} — right: b\n   → box 2, back on 13 Nov\n");
        assert!(reviewed.contains(&moved), "{moved:?} in\n{reviewed}");
    }
    assert!(
        reviewed.ends_with("Reviewed 2 questions. Next due: 2026-11-13.\n"),
        "{reviewed}"
    );
    no_score(&reviewed);
    assert!(
        cards(data.path())
            .iter()
            .all(|(_, level, due)| *level == 2 && due == "2026-11-13")
    );

    let next_day = ok(&tutor(data.path(), &course, &day(2), &["review"]));
    assert!(
        next_day.contains("Nothing is due for review (next: 2026-11-13)"),
        "{next_day}"
    );
    let later = ok(&tutor(data.path(), &course, &day(3), &["review"]));
    assert!(later.contains("2 questions are due"), "{later}");

    // One right (box 3, due +4), one wrong (back to box 1, due +1).
    let mixed = ok(&tutor(
        data.path(),
        &course,
        &day(3),
        &["review", "--answers", "b,a"],
    ));
    let right = format!("{REACTIVE} — right: b\n   → box 3, back on 17 Nov\n");
    let wrong = format!("2. {SCALE_OUT} — wrong: you answered a, the answer is b\n");
    for verdict in [right, wrong + "   → box 1, back tomorrow\n"] {
        assert!(mixed.contains(&verdict), "{verdict:?} in\n{mixed}");
    }
    no_score(&mixed);
    assert_eq!(
        cards(data.path()),
        [
            (
                format!("{SCALING}/reactive-vs-predictive"),
                3,
                "2026-11-17".to_owned()
            ),
            (
                format!("{SCALING}/scale-out-needs"),
                1,
                "2026-11-14".to_owned()
            ),
        ]
    );

    // A review is not a quiz attempt.
    let raw = std::fs::read_to_string(data.path().join("progress.toml")).unwrap();
    assert_eq!(
        raw.matches(
            "[[courses.system-design-fundamentals.quizzes.02-scalability-patterns.attempts]]"
        )
        .count(),
        1
    );
    assert!(
        raw.contains("days = [\"2026-11-10\", \"2026-11-11\", \"2026-11-13\"]"),
        "{raw}"
    );
}

#[test]
fn a_right_quiz_answer_moves_an_existing_card_up() {
    let data = tempfile::tempdir().unwrap();
    let course = sample();
    two_wrong(data.path(), &course);
    let out = tutor(
        data.path(),
        &course,
        &day(1),
        &["quiz", SCALING, "--answers", "b,ab,a,b,b"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        cards(data.path()),
        [
            (
                format!("{SCALING}/reactive-vs-predictive"),
                1,
                "2026-11-12".to_owned()
            ),
            (
                format!("{SCALING}/scale-out-needs"),
                2,
                "2026-11-13".to_owned()
            ),
        ]
    );
}

#[test]
fn an_empty_queue_and_bad_lists_record_nothing() {
    let data = tempfile::tempdir().unwrap();
    let course = sample();
    let empty = ok(&tutor(data.path(), &course, &day(0), &["review"]));
    assert!(empty.contains("The review queue is empty"), "{empty}");
    assert!(!data.path().join("progress.toml").exists());

    two_wrong(data.path(), &course);
    let before = std::fs::read_to_string(data.path().join("progress.toml")).unwrap();
    let short = tutor(data.path(), &course, &day(1), &["review", "--answers", "b"]);
    assert_eq!(short.status.code(), Some(2));
    assert!(
        text(&short.stderr).contains("2 questions are due for review but 1 answer was given"),
        "{}",
        text(&short.stderr)
    );
    let bad = tutor(
        data.path(),
        &course,
        &day(1),
        &["review", "--answers", "b,z"],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr)
            .contains("question 2 (What must be true of your web servers before you…)"),
        "{}",
        text(&bad.stderr)
    );
    let after = std::fs::read_to_string(data.path().join("progress.toml")).unwrap();
    assert_eq!(before, after, "nothing was recorded");

    let clock = tutor(data.path(), &course, "tomorrow", &["review"]);
    assert_eq!(clock.status.code(), Some(2));
    assert!(text(&clock.stderr).contains("TUTOR_NOW"));
}

fn edit(path: &Path, from: &str, to: &str) {
    let old = std::fs::read_to_string(path).unwrap();
    assert!(old.contains(from), "{} contains {from}", path.display());
    std::fs::write(path, old.replace(from, to)).unwrap();
}

#[test]
fn renaming_a_chapter_file_keeps_the_queue() {
    let data = tempfile::tempdir().unwrap();
    let course = tempfile::tempdir().unwrap();
    copy_sample_course(course.path());
    two_wrong(data.path(), course.path());

    let content = course.path().join("content");
    std::fs::rename(
        content.join("02-scalability-patterns.md"),
        content.join("02-scaling.md"),
    )
    .unwrap();
    edit(
        &content.join("course.toml"),
        "\"02-scalability-patterns\"",
        "\"02-scaling\"",
    );
    edit(
        &course.path().join("quizzes/02-scalability-patterns.toml"),
        "chapter = \"02-scalability-patterns\"",
        "chapter = \"02-scaling\"",
    );
    let check = tutor(
        data.path(),
        course.path(),
        &day(1),
        &["check", course.path().to_str().unwrap()],
    );
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));

    let listing = ok(&tutor(data.path(), course.path(), &day(1), &["review"]));
    assert!(listing.contains("2 questions are due"), "{listing}");
}

#[test]
fn a_deleted_question_leaves_the_queue_quietly_and_the_file_on_prune() {
    let data = tempfile::tempdir().unwrap();
    let course = tempfile::tempdir().unwrap();
    copy_sample_course(course.path());
    two_wrong(data.path(), course.path());

    // Rename the question's id: to progress it is a new question, the old one is gone.
    edit(
        &course.path().join("quizzes/02-scalability-patterns.toml"),
        "id = \"scale-out-needs\"",
        "id = \"scale-out-prerequisites\"",
    );
    let listing = tutor(data.path(), course.path(), &day(1), &["review"]);
    let out = ok(&listing);
    assert!(out.contains("1 question is due"), "{out}");
    assert!(!out.contains("scale-out-needs"), "{out}");
    assert!(
        text(&listing.stderr).is_empty(),
        "quietly: {}",
        text(&listing.stderr)
    );

    let reviewed = ok(&tutor(
        data.path(),
        course.path(),
        &day(1),
        &["review", "--answers", "b"],
    ));
    assert!(
        reviewed.contains("→ box 2, back on 13 Nov\n")
            && reviewed.contains("Reviewed 1 question. Next due: 2026-11-13."),
        "{reviewed}"
    );
    let keys: Vec<String> = cards(data.path())
        .into_iter()
        .map(|(key, _, _)| key)
        .collect();
    assert!(
        keys.iter().any(|k| k.ends_with("/scale-out-needs")),
        "nothing is removed by inference: the card stays in the file: {keys:?}"
    );
    let pruned = ok(&tutor(
        data.path(),
        course.path(),
        &day(1),
        &["progress", "--prune"],
    ));
    assert!(
        pruned.contains("removed review card 02-scalability-patterns/scale-out-needs"),
        "{pruned}"
    );
    let keys: Vec<String> = cards(data.path())
        .into_iter()
        .map(|(key, _, _)| key)
        .collect();
    assert!(
        keys.iter().all(|k| !k.ends_with("/scale-out-needs")),
        "--prune removed the deleted question's card: {keys:?}"
    );
    let nothing = ok(&tutor(data.path(), course.path(), &day(2), &["review"]));
    assert!(
        nothing.contains("Nothing is due for review (next: 2026-11-13)"),
        "{nothing}"
    );
}

#[test]
fn review_warns_of_a_course_id_first_loaded_from_another_folder() {
    let (data, copy) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    copy_sample_course(copy.path());
    two_wrong(data.path(), &sample());
    let first = std::fs::canonicalize(sample())
        .unwrap()
        .display()
        .to_string();
    let second = std::fs::canonicalize(copy.path())
        .unwrap()
        .display()
        .to_string();
    let source = |data: &Path| {
        progress_toml(data)["courses"][COURSE_ID]
            .get("source")
            .and_then(|s| s.as_str().map(str::to_owned))
    };
    assert_eq!(source(data.path()).as_deref(), Some(first.as_str()));

    let from_sample = tutor(data.path(), &sample(), &day(1), &["review"]);
    assert!(!text(&from_sample.stderr).contains("warning"));
    for args in [&["review"][..], &["review", "--answers", "b,a"]] {
        let out = tutor(data.path(), copy.path(), &day(1), args);
        ok(&out);
        let warning = text(&out.stderr);
        assert!(
            warning.contains(&format!("loaded from {first} before and now from {second}")),
            "{args:?}: {warning}"
        );
        assert!(warning.contains("set `id` in"), "{warning}");
    }
    assert_eq!(
        source(data.path()).as_deref(),
        Some(first.as_str()),
        "the first folder stays the one remembered"
    );

    // A record that names no folder yet takes the one a saving review came from.
    let file = data.path().join("progress.toml");
    let raw = std::fs::read_to_string(&file).unwrap();
    let line = format!("source = \"{first}\"\n");
    assert!(raw.contains(&line), "{raw}");
    std::fs::write(&file, raw.replace(&line, "")).unwrap();
    let out = tutor(
        data.path(),
        copy.path(),
        &day(9),
        &["review", "--answers", "b,b"],
    );
    ok(&out);
    assert!(
        !text(&out.stderr).contains("warning"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(source(data.path()).as_deref(), Some(second.as_str()));
}
