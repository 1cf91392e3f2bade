//! A lock held by another tutor: commands that save wait about 2 s and then fail with
//! a clear word and nothing lost (exit 3 for a graded attempt); commands that only
//! read never wait. The lock is held here the way the store holds it.
use crate::common::{SAMPLE_COURSE, progress_toml, text, tutor_with_data};
use std::fs::{self, File, OpenOptions};
use std::path::Path;
use std::time::{Duration, Instant};
use tutor::progress::ProgressStore;

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
    // Said as the wait starts, once, before the failure.
    let waiting = format!(
        "tutor: waiting for another tutor to finish saving ({})…",
        data.path().join("progress.toml.lock").display()
    );
    assert_eq!(err.lines().next(), Some(waiting.as_str()), "{err}");
    assert_eq!(err.matches("waiting for another tutor").count(), 1, "{err}");
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
    assert!(
        !text(&out.stderr).contains("waiting"),
        "a free lock is taken without a word: {}",
        text(&out.stderr)
    );
    let file = progress_toml(data.path());
    assert_eq!(file["courses"]["other"]["last_chapter"].as_str(), Some("x"));
}

/// The store says it waits only when it does: with the lock held and a wait set, once
/// per save; with the lock free, or no wait (the TUI's), never.
#[test]
fn the_store_reports_a_wait_only_for_a_held_lock() {
    use std::sync::{Arc, Mutex};
    let data = tempfile::tempdir().unwrap();
    let reports = Arc::new(Mutex::new(Vec::new()));
    let mut store = ProgressStore::open(data.path());
    let seen = Arc::clone(&reports);
    store.report_lock_waits(move |lock| seen.lock().unwrap().push(lock.to_path_buf()));
    store.set_lock_wait(Duration::from_millis(200));
    store.progress_mut().extra.insert("a".into(), 1.into());
    assert!(store.save());
    assert!(reports.lock().unwrap().is_empty(), "the lock was free");

    let lock = hold_lock(data.path());
    store.set_lock_wait(Duration::ZERO);
    assert!(!store.save(), "no wait, no save");
    assert!(reports.lock().unwrap().is_empty(), "no wait, no word");
    store.set_lock_wait(Duration::from_millis(200));
    assert!(!store.save());
    assert_eq!(
        *reports.lock().unwrap(),
        [data.path().join("progress.toml.lock")]
    );
    drop(lock);
    assert!(store.save());
    assert_eq!(reports.lock().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_says_it_cannot_write_there() {
    use std::os::unix::fs::PermissionsExt;
    use std::process::Command;
    let data = tempfile::tempdir().unwrap();
    fs::set_permissions(data.path(), fs::Permissions::from_mode(0o555)).unwrap();
    // Root may write anywhere: then the tutor runs as nobody (when setpriv is there to
    // make it so), for whom the folder is read-only.
    let root = fs::write(data.path().join("probe"), "").is_ok();
    let _ = fs::remove_file(data.path().join("probe"));
    let mut command = if root {
        if Command::new("setpriv").arg("--version").output().is_err() {
            fs::set_permissions(data.path(), fs::Permissions::from_mode(0o755)).unwrap();
            return;
        }
        let mut command = Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        command.arg(env!("CARGO_BIN_EXE_tutor"));
        command
    } else {
        crate::common::tutor()
    };
    let out = command
        .args(["--data-dir", data.path().to_str().unwrap()])
        .env_remove("TUTOR_DATA_DIR")
        .args(["--course", SAMPLE_COURSE, "quiz", "02-scalability-patterns"])
        .args(["--answers", "b,ab,b,b,b"])
        .output()
        .unwrap();
    fs::set_permissions(data.path(), fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        format!(
            "warning: cannot write in {}: Permission denied; progress is kept in memory for \
             this session only\n\
             tutor: this attempt was graded but could not be saved; nothing was recorded\n",
            data.path().display()
        )
    );
    assert_eq!(
        fs::read_dir(data.path()).unwrap().count(),
        0,
        "nothing written"
    );
}
