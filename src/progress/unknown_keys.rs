//! Tests that keys tutor does not know survive reading, merging and writing at every
//! level of the progress file (SPEC §5): the file is the learner's, and a later
//! version or a hand-written note may put things in it that this build cannot name.
use super::model::Progress;
use toml::Table;

const FILE: &str = r#"
version = 1
sync = { device = "laptop" }

[courses.c]
last_chapter = "01"
source = "from a later version"

[courses.c.chapters.01]
position = 4
note = "re-read the part on caches"

[[courses.c.quizzes.q.attempts]]
id = "a1"
started = "2026-11-24T09:00:00Z"
correct = 1
total = 1
needed = 1
passed = true
device = "phone"

[[courses.c.quizzes.q.attempts.answers]]
question = "q1"
given = "b"
correct = true
seconds = 12

[courses.c.quizzes.q]
tags = ["hard"]

[courses.c.review."q/q1"]
box = 2
due = "2026-11-26"
updated = "2026-11-24T09:00:00Z"
ease = 2.5

[courses.c.reflections.01.why]
text = "because"
updated = "2026-11-24T09:00:00Z"
mood = "good"

[courses.c.checklists.01.item]
done = true
updated = "2026-11-24T09:00:00Z"
by = "hand"
"#;

/// The unknown keys the file above has, by path.
const UNKNOWN: [&[&str]; 9] = [
    &["sync", "device"],
    &["courses", "c", "source"],
    &["courses", "c", "chapters", "01", "note"],
    &["courses", "c", "quizzes", "q", "tags"],
    &["courses", "c", "quizzes", "q", "attempts", "0", "device"],
    &[
        "courses", "c", "quizzes", "q", "attempts", "0", "answers", "0", "seconds",
    ],
    &["courses", "c", "review", "q/q1", "ease"],
    &["courses", "c", "reflections", "01", "why", "mood"],
    &["courses", "c", "checklists", "01", "item", "by"],
];

fn lookup<'a>(table: &'a Table, path: &[&str]) -> Option<&'a toml::Value> {
    let (first, rest) = path.split_first()?;
    let mut value = table.get(*first)?;
    for key in rest {
        value = match value {
            toml::Value::Table(t) => t.get(*key)?,
            toml::Value::Array(a) => a.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(value)
}

fn assert_all_kept(text: &str) {
    let table: Table = toml::from_str(text).expect("TOML");
    for path in UNKNOWN {
        assert!(lookup(&table, path).is_some(), "{path:?} lost in:\n{text}");
    }
}

#[test]
fn unknown_keys_at_every_level_are_written_back() {
    let progress: Progress = toml::from_str(FILE).expect("loads");
    assert_eq!(progress.courses["c"].chapters["01"].position, 4);
    assert_eq!(progress.courses["c"].study.review["q/q1"].level, 2);
    assert_all_kept(&toml::to_string(&progress).expect("writes"));
}

#[test]
fn unknown_keys_of_either_side_survive_a_merge() {
    let theirs: Progress = toml::from_str(FILE).expect("loads");
    let mut mine = Progress::default();
    mine.merge(&theirs);
    assert_all_kept(&toml::to_string(&mine).expect("writes"));
    // The other way round: this side's records win and keep what the other side knew.
    let mut later: Progress =
        toml::from_str(&FILE.replace("09:00:00Z", "10:00:00Z")).expect("loads");
    for course in later.courses.values_mut() {
        course.extra.clear();
        course.chapters.values_mut().for_each(|c| c.extra.clear());
        course
            .study
            .review
            .values_mut()
            .for_each(|c| c.extra.clear());
        for quiz in course.quizzes.values_mut() {
            quiz.attempts.iter_mut().for_each(|a| {
                a.extra.clear();
                a.answers.iter_mut().for_each(|g| g.extra.clear());
            });
        }
    }
    later.merge(&theirs);
    assert_all_kept(&toml::to_string(&later).expect("writes"));
}

#[test]
fn recording_an_attempt_again_keeps_its_unknown_keys() {
    let mut progress: Progress = toml::from_str(FILE).expect("loads");
    let mut again = progress.courses["c"].quizzes["q"].attempts[0].clone();
    again.extra.clear();
    again.answers[0].extra.clear();
    progress.record_attempt("c", "q", again);
    assert_all_kept(&toml::to_string(&progress).expect("writes"));
}
