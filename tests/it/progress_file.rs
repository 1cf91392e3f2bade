//! The progress file as the learner's own file, through the built binary and the TUI:
//! keys tutor does not know survive its saves, its mode is kept (a new one is 600), and
//! a symlinked file stays a symlink whose target gets the updates.
use crate::common::{SAMPLE_COURSE, app, press, progress_toml, sample, text, tutor_with_data};
use std::fs;
use std::path::Path;
use tutor::tui::keymap::KeyCode;

const COURSE: &str = "system-design-fundamentals";
const QUIZ: &str = "02-scalability-patterns";

/// A file with keys this build does not know at several levels.
fn hand_edited() -> String {
    format!(
        r#"version = 1
synced_by = "laptop"

[courses.{COURSE}]
label = "mine"

[courses.{COURSE}.chapters.01-system-design-principles]
position = 3
note = "come back to this"

[[courses.{COURSE}.quizzes.{QUIZ}.attempts]]
id = "older"
started = "2026-11-20T09:00:00Z"
finished = "2026-11-20T09:05:00Z"
correct = 1
total = 5
needed = 4
passed = false
device = "phone"

[[courses.{COURSE}.quizzes.{QUIZ}.attempts.answers]]
question = "scale-out-needs"
given = "b"
correct = true
seconds = 12

[courses.{COURSE}.review."{QUIZ}/cache-header"]
box = 2
due = "2026-11-22"
updated = "2026-11-20T09:00:00Z"
ease = 2.5
"#
    )
}

fn assert_unknown_keys_kept(data: &Path) {
    let file = progress_toml(data);
    let course = &file["courses"][COURSE];
    assert_eq!(file["synced_by"].as_str(), Some("laptop"));
    assert_eq!(course["label"].as_str(), Some("mine"));
    assert_eq!(
        course["chapters"]["01-system-design-principles"]["note"].as_str(),
        Some("come back to this")
    );
    let older = &course["quizzes"][QUIZ]["attempts"][0];
    assert_eq!(older["device"].as_str(), Some("phone"));
    assert_eq!(older["answers"][0]["seconds"].as_integer(), Some(12));
    let card = &course["review"][&format!("{QUIZ}/cache-header")];
    assert_eq!(card["ease"].as_float(), Some(2.5));
}

#[test]
fn unknown_keys_survive_a_graded_quiz() {
    let data = tempfile::tempdir().unwrap();
    fs::write(data.path().join("progress.toml"), hand_edited()).unwrap();
    // One wrong answer (the last), so the review card above is answered again.
    let out = tutor_with_data(data.path())
        .args([
            "--course",
            SAMPLE_COURSE,
            "quiz",
            QUIZ,
            "--answers",
            "b,ab,b,b,a",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_unknown_keys_kept(data.path());
    let file = progress_toml(data.path());
    let attempts = file["courses"][COURSE]["quizzes"][QUIZ]["attempts"]
        .as_array()
        .unwrap();
    assert_eq!(attempts.len(), 2, "the new attempt is recorded too");
}

#[test]
fn unknown_keys_survive_a_save_of_the_tui() {
    let (loaded, data) = (sample(), tempfile::tempdir().unwrap());
    fs::write(data.path().join("progress.toml"), hand_edited()).unwrap();
    let mut app = app(&loaded.course, data.path());
    let quiz = loaded
        .course
        .quizzes
        .iter()
        .position(|q| q.id == QUIZ)
        .unwrap();
    app.open_quiz(quiz);
    press(&mut app, "b");
    crate::common::press_key(&mut app, KeyCode::Enter);
    press(&mut app, "q");
    assert_unknown_keys_kept(data.path());
    let file = progress_toml(data.path());
    let attempts = file["courses"][COURSE]["quizzes"][QUIZ]["attempts"]
        .as_array()
        .unwrap();
    assert_eq!(attempts.len(), 2, "the TUI's attempt was saved");
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    fn grade(data: &Path) {
        let out = tutor_with_data(data)
            .args([
                "--course",
                SAMPLE_COURSE,
                "quiz",
                QUIZ,
                "--answers",
                "b,ab,b,b,b",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }

    #[test]
    fn a_new_file_is_600_and_a_file_keeps_its_mode() {
        let data = tempfile::tempdir().unwrap();
        let file = data.path().join("progress.toml");
        grade(data.path());
        assert_eq!(mode(&file), 0o600, "it holds personal notes");
        fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
        grade(data.path());
        assert_eq!(mode(&file), 0o640);
    }

    #[test]
    fn a_symlinked_file_stays_a_link_and_its_target_is_updated() {
        let (data, synced) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let target = synced.path().join("tutor-progress.toml");
        fs::write(&target, hand_edited()).unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
        let link = data.path().join("progress.toml");
        symlink(&target, &link).unwrap();
        grade(data.path());
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(fs::read_link(&link).unwrap(), target);
        assert_eq!(mode(&target), 0o600);
        let written: toml::Table = toml::from_str(&fs::read_to_string(&target).unwrap()).unwrap();
        let attempts = written["courses"][COURSE]["quizzes"][QUIZ]["attempts"]
            .as_array()
            .unwrap();
        assert_eq!(attempts.len(), 2, "the target got the new attempt");
        assert_unknown_keys_kept(data.path());
    }
}
