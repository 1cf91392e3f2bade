//! Nothing is removed by inference: a save keeps the review cards of questions the
//! course being run does not have (another folder may share its id), and the
//! reflections and checklists of chapters it does not have, and only
//! `tutor progress --prune` removes them, for the current course only, listing each.
use crate::common::{SAMPLE_COURSE, copy_sample_course, progress_toml, text, tutor_with_data};
use std::fs;
use std::path::Path;

const COURSE: &str = "system-design-fundamentals";

fn card(key: &str) -> String {
    format!(
        "[courses.{COURSE}.review.\"{key}\"]\nbox = 3\ndue = \"2026-11-30\"\nupdated = \"2026-11-20T09:00:00Z\"\n\n"
    )
}

/// Cards of the sample course's quiz 02, one of a quiz no course has, and another
/// course's card of a question it does not have either.
fn seeded(data: &Path) {
    let mut file = String::from("version = 1\n\n");
    for key in [
        "02-scalability-patterns/cache-header",
        "02-scalability-patterns/scale-out-needs",
        "gone/q1",
    ] {
        file.push_str(&card(key));
    }
    file.push_str("[courses.other.review.\"gone/q1\"]\nbox = 1\ndue = \"2026-11-30\"\nupdated = \"2026-11-20T09:00:00Z\"\n");
    fs::write(data.join("progress.toml"), file).unwrap();
}

fn cards(data: &Path, course: &str) -> Vec<String> {
    progress_toml(data)["courses"][course]
        .get("review")
        .and_then(toml::Value::as_table)
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default()
}

/// A copy of the sample course, same id, without quiz 02.
fn course_without_quiz_02(at: &Path) {
    copy_sample_course(at);
    fs::remove_file(at.join("quizzes/02-scalability-patterns.toml")).unwrap();
}

#[test]
fn a_save_from_a_course_sharing_the_id_keeps_the_other_cards() {
    let (data, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    seeded(data.path());
    course_without_quiz_02(folder.path());
    let course = folder.path().to_str().unwrap();
    let out = tutor_with_data(data.path())
        .args([
            "--course",
            course,
            "quiz",
            "03-database-design-for-scale",
            "--answers",
            "c,bc,replica lag",
        ])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        text(&out.stderr)
    );
    let kept = cards(data.path(), COURSE);
    for key in [
        "02-scalability-patterns/cache-header",
        "02-scalability-patterns/scale-out-needs",
        "gone/q1",
    ] {
        assert!(kept.iter().any(|k| k == key), "{key} lost: {kept:?}");
    }
    assert_eq!(cards(data.path(), "other"), ["gone/q1"]);
}

#[test]
fn prune_lists_and_removes_only_this_courses_orphans() {
    let data = tempfile::tempdir().unwrap();
    seeded(data.path());
    let out = tutor_with_data(data.path())
        .args(["--course", SAMPLE_COURSE, "progress", "--prune"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let listed = text(&out.stdout);
    assert!(listed.contains("removed review card gone/q1"), "{listed}");
    assert!(!listed.contains("cache-header"), "{listed}");
    assert!(
        listed.contains("1 review card of questions no longer in"),
        "{listed}"
    );
    assert_eq!(
        cards(data.path(), COURSE),
        [
            "02-scalability-patterns/cache-header",
            "02-scalability-patterns/scale-out-needs"
        ]
    );
    assert_eq!(
        cards(data.path(), "other"),
        ["gone/q1"],
        "another course's card stays"
    );
}

#[test]
fn a_second_folder_with_the_same_id_is_warned_of() {
    let (data, folder) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    seeded(data.path());
    course_without_quiz_02(folder.path());
    let run = |course: &str| {
        tutor_with_data(data.path())
            .args(["--course", course, "quiz", "03-database-design-for-scale"])
            .args(["--answers", "c,bc,replica lag"])
            .output()
            .unwrap()
    };
    let first = run(SAMPLE_COURSE);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first.stderr));
    assert!(
        !text(&first.stderr).contains("warning"),
        "{}",
        text(&first.stderr)
    );
    let second = run(folder.path().to_str().unwrap());
    assert_eq!(second.status.code(), Some(0), "{}", text(&second.stderr));
    let warning = text(&second.stderr);
    let sample = fs::canonicalize(SAMPLE_COURSE).unwrap();
    let copy = fs::canonicalize(folder.path()).unwrap();
    assert!(warning.contains(&sample.display().to_string()), "{warning}");
    assert!(warning.contains(&copy.display().to_string()), "{warning}");
    assert!(warning.contains("set `id` in"), "{warning}");
    assert_eq!(
        progress_toml(data.path())["courses"][COURSE]["source"].as_str(),
        Some(sample.display().to_string().as_str()),
        "the first folder stays the one remembered"
    );
    assert_eq!(
        cards(data.path(), COURSE).len(),
        3,
        "the cards are untouched"
    );
}

/// Reflections and checklist ticks of the sample course's chapter 01 and of a chapter
/// it does not have, and another course's of that same vanished chapter.
fn seeded_chapters(data: &Path) {
    let reflection = |course: &str, chapter: &str, prompt: &str, text: &str| {
        format!(
            "[courses.{course}.reflections.{chapter}.{prompt}]\ntext = \"{text}\"\n\
             updated = \"2026-11-20T09:00:00Z\"\n\n"
        )
    };
    let tick = |course: &str, chapter: &str, item: &str| {
        format!(
            "[courses.{course}.checklists.{chapter}.{item}]\ndone = true\n\
             updated = \"2026-11-20T09:00:00Z\"\n\n"
        )
    };
    let file = [
        "version = 1\n\n".to_owned(),
        reflection(COURSE, "01-system-design-principles", "why", "still here"),
        reflection(COURSE, "99-gone", "why", "words of a gone chapter"),
        tick(COURSE, "01-system-design-principles", "sketch"),
        tick(COURSE, "99-gone", "a"),
        tick(COURSE, "99-gone", "b"),
        reflection("other", "99-gone", "why", "the other course's"),
        tick("other", "99-gone", "a"),
    ]
    .concat();
    fs::write(data.join("progress.toml"), file).unwrap();
}

fn chapters_of(data: &Path, course: &str, records: &str) -> Vec<String> {
    progress_toml(data)["courses"][course]
        .get(records)
        .and_then(toml::Value::as_table)
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn prune_removes_the_reflections_and_checklists_of_vanished_chapters() {
    let data = tempfile::tempdir().unwrap();
    seeded_chapters(data.path());
    // Meanwhile they are hidden: the report shows chapter 01's reflection only.
    let out = tutor_with_data(data.path())
        .args(["--course", SAMPLE_COURSE, "progress", "--markdown"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(!report.contains("words of a gone chapter"), "{report}");
    assert!(!report.contains("99-gone"), "{report}");

    let out = tutor_with_data(data.path())
        .args(["--course", SAMPLE_COURSE, "progress", "--prune"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        format!(
            "removed reflection 99-gone/why\n\
             removed checklist item 99-gone/a\n\
             removed checklist item 99-gone/b\n\
             0 review cards of questions no longer in {COURSE} removed\n\
             1 reflection and 2 checklist items of chapters no longer in {COURSE} removed\n"
        )
    );
    assert_eq!(
        chapters_of(data.path(), COURSE, "reflections"),
        ["01-system-design-principles"]
    );
    assert_eq!(
        chapters_of(data.path(), COURSE, "checklists"),
        ["01-system-design-principles"]
    );
    assert_eq!(
        chapters_of(data.path(), "other", "reflections"),
        ["99-gone"]
    );
    assert_eq!(chapters_of(data.path(), "other", "checklists"), ["99-gone"]);

    // A save in between never removes them: only the prune did.
    seeded_chapters(data.path());
    let out = tutor_with_data(data.path())
        .args(["--course", SAMPLE_COURSE, "quiz", "02-scalability-patterns"])
        .args(["--answers", "b,ab,b,b,b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        chapters_of(data.path(), COURSE, "reflections"),
        ["01-system-design-principles", "99-gone"]
    );
}
