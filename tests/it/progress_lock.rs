//! A lock held by another tutor: commands that save wait about 2 s and then fail with
//! a clear word and nothing lost (exit 3 for a graded attempt); commands that only
//! read never wait. The lock is held here the way the store holds it.
use crate::common::{SAMPLE_COURSE, progress_toml, text, tutor_with_data};
use std::fs::{self, File, OpenOptions};
use std::path::Path;
use std::time::{Duration, Instant};

fn hold_lock(data: &Path) -> File {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data.join("progress.toml.lock"))
        .unwrap();
    file.lock().unwrap();
    file
}

#[test]
fn a_held_lock_is_answered_within_3_seconds_and_nothing_is_lost() {
    let data = tempfile::tempdir().unwrap();
    let before = "version = 1\n\n[courses.other]\nlast_chapter = \"x\"\n";
    fs::write(data.path().join("progress.toml"), before).unwrap();
    let lock = hold_lock(data.path());
    let start = Instant::now();
    let out = tutor_with_data(data.path())
        .args([
            "--course",
            SAMPLE_COURSE,
            "quiz",
            "02-scalability-patterns",
            "--answers",
            "b,ab,b,b,b",
        ])
        .output()
        .unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("another tutor is saving"), "{err}");
    assert!(err.contains("could not be saved"), "{err}");
    assert_eq!(
        fs::read_to_string(data.path().join("progress.toml")).unwrap(),
        before
    );

    // Reading does not wait at all.
    for args in [&["list"][..], &["progress"][..]] {
        let start = Instant::now();
        let out = tutor_with_data(data.path())
            .args(["--course", SAMPLE_COURSE])
            .args(args)
            .output()
            .unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "{args:?}: {:?}",
            start.elapsed()
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }

    drop(lock);
    let out = tutor_with_data(data.path())
        .args([
            "--course",
            SAMPLE_COURSE,
            "quiz",
            "02-scalability-patterns",
            "--answers",
            "b,ab,b,b,b",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let file = progress_toml(data.path());
    assert_eq!(file["courses"]["other"]["last_chapter"].as_str(), Some("x"));
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_says_it_cannot_write_there() {
    use std::os::unix::fs::PermissionsExt;
    let data = tempfile::tempdir().unwrap();
    fs::set_permissions(data.path(), fs::Permissions::from_mode(0o555)).unwrap();
    // Root may write anywhere: then there is nothing to test.
    let probe = fs::write(data.path().join("probe"), "");
    let out = tutor_with_data(data.path())
        .args([
            "--course",
            SAMPLE_COURSE,
            "quiz",
            "02-scalability-patterns",
            "--answers",
            "b,ab,b,b,b",
        ])
        .output()
        .unwrap();
    fs::set_permissions(data.path(), fs::Permissions::from_mode(0o755)).unwrap();
    if probe.is_ok() {
        return;
    }
    let err = text(&out.stderr);
    assert!(err.contains("cannot write in"), "{err}");
    assert!(!err.contains("cannot lock"), "{err}");
}
