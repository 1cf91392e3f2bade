//! The progress store against a real folder: atomic writes, merging, recovery.
use std::fs;
use tutor::progress::{Attempt, ProgressStore};

fn add_attempt(store: &mut ProgressStore, id: &str) {
    let course = store
        .progress_mut()
        .courses
        .entry("course".into())
        .or_default();
    course
        .quizzes
        .entry("quiz".into())
        .or_default()
        .attempts
        .push(Attempt {
            id: id.into(),
            started: format!("2026-11-24T00:00:{id:0>2}Z")
                .parse()
                .expect("an instant"),
            finished: Some("2026-11-24T00:01:00Z".parse().expect("an instant")),
            correct: 3,
            total: 4,
            needed: 3,
            passed: true,
            ..Attempt::default()
        });
}

fn attempt_ids(store: &ProgressStore) -> Vec<String> {
    store
        .progress()
        .courses
        .get("course")
        .map_or_else(Vec::new, |c| {
            c.quizzes["quiz"]
                .attempts
                .iter()
                .map(|a| a.id.clone())
                .collect()
        })
}

#[test]
fn saves_and_reopens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = ProgressStore::open(dir.path());
    add_attempt(&mut store, "1");
    assert!(store.save());
    assert!(store.take_notices().is_empty());
    let text = fs::read_to_string(dir.path().join("progress.toml")).expect("file written");
    assert!(text.starts_with("version = 1"), "{text}");
    assert_eq!(attempt_ids(&ProgressStore::open(dir.path())), ["1"]);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files left behind: {leftovers:?}"
    );
}

#[test]
fn two_stores_on_one_folder_keep_each_others_attempts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = ProgressStore::open(dir.path());
    let mut b = ProgressStore::open(dir.path());
    add_attempt(&mut a, "1");
    add_attempt(&mut b, "2");
    assert!(a.save());
    assert!(b.save());
    add_attempt(&mut a, "3");
    assert!(a.save());
    assert_eq!(
        attempt_ids(&ProgressStore::open(dir.path())),
        ["1", "2", "3"]
    );
}

#[test]
fn a_garbage_file_is_moved_aside_and_progress_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.toml");
    fs::write(&path, "this is = = not toml [").expect("write garbage");
    let mut store = ProgressStore::open(dir.path());
    let notices = store.take_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(
        notices[0].contains("progress.toml.corrupt-"),
        "{}",
        notices[0]
    );
    let aside: Vec<_> = fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("progress.toml.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        fs::read_to_string(aside[0].path()).expect("read"),
        "this is = = not toml ["
    );
    add_attempt(&mut store, "1");
    assert!(store.save());
    assert_eq!(attempt_ids(&ProgressStore::open(dir.path())), ["1"]);
}

#[test]
fn a_file_of_the_wrong_shape_is_moved_aside_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("progress.toml"),
        "version = 1\ncourses = 3\n",
    )
    .expect("write");
    let mut store = ProgressStore::open(dir.path());
    assert!(store.take_notices()[0].contains("moved to"));
    assert!(store.progress().courses.is_empty());
}

#[test]
fn a_newer_version_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.toml");
    let original = "version = 99\n[future]\nthing = true\n";
    fs::write(&path, original).expect("write");
    let mut store = ProgressStore::open(dir.path());
    let notices = store.take_notices();
    assert_eq!(notices.len(), 1);
    assert!(
        notices[0].contains("newer") && notices[0].contains("99"),
        "{}",
        notices[0]
    );
    add_attempt(&mut store, "1");
    assert!(!store.save());
    assert!(store.take_notices().is_empty(), "told only once");
    assert_eq!(fs::read_to_string(&path).expect("read"), original);
}

#[test]
fn an_unusable_folder_is_reported_once_and_work_goes_on_in_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, "").expect("write");
    // A folder below a regular file can never be created, even by root.
    let mut store = ProgressStore::open(&blocker.join("data"));
    add_attempt(&mut store, "1");
    assert!(!store.save());
    let notices = store.take_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains("in memory"), "{}", notices[0]);
    add_attempt(&mut store, "2");
    assert!(!store.save());
    assert!(store.take_notices().is_empty(), "told only once");
    assert_eq!(attempt_ids(&store), ["1", "2"]);
}

#[test]
fn a_record_that_does_not_fit_is_kept_as_it_was_and_the_rest_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.toml");
    let bad = "[[courses.course.quizzes.quiz.attempts]]\nid = \"bad\"\n\
               started = \"2026-02-30T00:00:00Z\"\ncorrect = 1\ntotal = 1\nneeded = 1\n\
               passed = true\n";
    let good = "[[courses.course.quizzes.quiz.attempts]]\nid = \"good\"\n\
                started = \"2026-11-24T10:00:00+02:00\"\ncorrect = 1\ntotal = 1\n\
                needed = 1\npassed = true\n";
    fs::write(&path, format!("version = 1\n\n{good}\n{bad}")).expect("write");
    let mut store = ProgressStore::open(dir.path());
    let notices = store.take_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(
        notices[0].contains("courses.course.quizzes.quiz.attempts") && notices[0].contains("kept"),
        "{}",
        notices[0]
    );
    assert_eq!(attempt_ids(&store), ["good"]);
    add_attempt(&mut store, "1");
    assert!(store.save());
    assert!(store.take_notices().is_empty(), "told once");
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains("2026-02-30T00:00:00Z"), "{text}");
    assert!(
        !dir.path()
            .read_dir()
            .expect("list")
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().contains("corrupt"))
    );
    let again = ProgressStore::open(dir.path());
    assert_eq!(
        attempt_ids(&again),
        ["1", "good"],
        "by instant: 08:00Z after 00:00:01Z"
    );
}

#[test]
fn lines_seen_that_are_no_ranges_are_kept_as_they_were() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.toml");
    fs::write(
        &path,
        "version = 1\n\n[courses.course.chapters.bad]\nposition = 3\nseen = [[9, 2]]\n\n\
         [courses.course.chapters.good]\nseen = [[30, 40], [1, 10], [5, 12]]\n",
    )
    .expect("write");
    let mut store = ProgressStore::open(dir.path());
    let notices = store.take_notices();
    assert!(
        notices.len() == 1 && notices[0].contains("courses.course.chapters.bad"),
        "{notices:?}"
    );
    let chapters = &store.progress().courses["course"].chapters;
    assert!(!chapters.contains_key("bad"));
    assert_eq!(chapters["good"].seen.ranges(), [(1, 12), (30, 40)]);
    assert!(store.save());
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.contains("seen = [[9, 2]]"), "{text}");
    assert!(text.contains("seen = [[1, 12], [30, 40]]"), "{text}");
}
