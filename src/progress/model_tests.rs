//! Tests of the progress model: merging never drops a record, and older fields still
//! count as lines seen.
use super::*;

fn at(text: &str) -> Timestamp {
    text.parse().expect("a valid instant")
}

fn attempt(id: &str, started: &str, answers: usize, finished: bool) -> Attempt {
    Attempt {
        id: id.into(),
        started: at(started),
        finished: finished.then(|| at(started)),
        answers: (0..answers)
            .map(|i| GivenAnswer {
                question: format!("q{i}"),
                given: "a".into(),
                correct: true,
                ..GivenAnswer::default()
            })
            .collect(),
        ..Attempt::default()
    }
}

fn with_attempts(attempts: Vec<Attempt>) -> Progress {
    let mut p = Progress::default();
    let course = p.courses.entry("c".into()).or_default();
    course.quizzes.entry("q".into()).or_default().attempts = attempts;
    p
}

#[test]
fn merge_orders_attempts_by_instant_whatever_the_offset() {
    // 09:30+02:00 is 07:30Z: earlier than 08:00Z, though later as text.
    let mut mine = with_attempts(vec![attempt("utc", "2026-01-01T08:00:00Z", 1, true)]);
    let theirs = with_attempts(vec![attempt("east", "2026-01-01T09:30:00+02:00", 1, true)]);
    mine.merge(&theirs);
    let ids: Vec<_> = mine.courses["c"].quizzes["q"]
        .attempts
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["east", "utc"]);
}

#[test]
fn merge_keeps_the_attempts_of_both_sides() {
    let mut mine = with_attempts(vec![attempt("1", "2026-01-01T00:00:00Z", 3, true)]);
    let theirs = with_attempts(vec![attempt("2", "2026-01-01T00:00:01Z", 3, true)]);
    mine.merge(&theirs);
    let ids: Vec<_> = mine.courses["c"].quizzes["q"]
        .attempts
        .iter()
        .map(|a| &a.id)
        .collect();
    assert_eq!(ids, ["1", "2"]);
}

#[test]
fn merge_of_one_attempt_keeps_the_copy_that_got_further() {
    let t = "2026-01-01T00:00:00Z";
    let mut older = with_attempts(vec![attempt("1", t, 4, true)]);
    let partial = with_attempts(vec![attempt("1", t, 2, false)]);
    older.merge(&partial);
    assert_eq!(older.courses["c"].quizzes["q"].attempts[0].answers.len(), 4);
    let mut partial = partial;
    partial.merge(&with_attempts(vec![attempt("1", t, 4, true)]));
    assert!(partial.courses["c"].quizzes["q"].attempts[0].is_finished());
}

#[test]
fn merge_takes_the_later_position_and_the_furthest_point() {
    let chapter = |position, furthest, finished, updated: &str| ChapterProgress {
        position,
        furthest,
        finished,
        updated: Some(at(updated)),
        ..ChapterProgress::default()
    };
    let mut a = chapter(10, 50, true, "2026-01-01T00:00:00Z");
    a.merge(&chapter(30, 40, false, "2026-01-02T00:00:00Z"));
    assert_eq!(a, chapter(30, 50, true, "2026-01-02T00:00:00Z"));
    // 01:00+02:00 on the 3rd is 23:00Z on the 2nd: earlier than 23:30Z.
    a.merge(&chapter(70, 0, false, "2026-01-02T23:30:00Z"));
    a.merge(&chapter(90, 0, false, "2026-01-03T01:00:00+02:00"));
    assert_eq!(a.position, 70, "the later instant wins, not the later text");
}

#[test]
fn merge_unions_the_lines_seen() {
    let seen = |pairs: &[(u32, u32)]| ChapterProgress {
        seen: pairs.iter().fold(SeenLines::default(), |mut s, &(a, b)| {
            s.add(a, b);
            s
        }),
        ..ChapterProgress::default()
    };
    let mut mine = seen(&[(1, 40), (200, 230)]);
    mine.merge(&seen(&[(30, 80), (120, 150)]));
    assert_eq!(mine.seen.ranges(), [(1, 80), (120, 150), (200, 230)]);
    assert_eq!(mine.furthest, 80, "the run from line 1, for older tutors");
}

#[test]
fn older_fields_count_as_lines_seen() {
    let old = |furthest, finished| ChapterProgress {
        furthest,
        finished,
        ..ChapterProgress::default()
    };
    assert!(old(0, false).seen_of(100).is_empty());
    assert_eq!(old(37, false).seen_of(100).ranges(), [(1, 37)]);
    assert_eq!(old(37, true).seen_of(100).ranges(), [(1, 100)]);
    let mut both = old(10, false);
    both.seen.add(50, 60);
    assert_eq!(both.seen_of(100).ranges(), [(1, 10), (50, 60)]);
}

#[test]
fn recording_keeps_the_older_fields_true_for_older_readers() {
    let mut chapter = ChapterProgress {
        furthest: 10,
        ..ChapterProgress::default()
    };
    chapter.record_seen(&SeenLines::of(60, 100), 100);
    assert_eq!(chapter.seen.ranges(), [(1, 10), (60, 100)]);
    assert_eq!((chapter.furthest, chapter.finished), (10, false));
    chapter.record_seen(&SeenLines::of(5, 60), 100);
    assert_eq!(chapter.seen.ranges(), [(1, 100)]);
    assert_eq!((chapter.furthest, chapter.finished), (100, true));
}

#[test]
fn merge_takes_the_chapter_opened_later() {
    let course = |chapter: &str, opened: &str| CourseProgress {
        last_chapter: chapter.into(),
        last_opened: Some(at(opened)),
        ..CourseProgress::default()
    };
    let mut mine = course("02", "2026-01-02T00:00:00Z");
    mine.merge(&course("01", "2026-01-01T00:00:00Z"));
    assert_eq!(mine.last_chapter, "02");
    mine.merge(&course("03", "2026-01-03T00:00:00Z"));
    assert_eq!(mine.last_chapter, "03");
}

#[test]
fn merge_keeps_the_first_time_the_course_description_was_seen() {
    let seen = |when: Option<&str>| CourseProgress {
        about_seen: when.map(at),
        ..CourseProgress::default()
    };
    let mut mine = seen(None);
    mine.merge(&seen(Some("2026-01-02T00:00:00Z")));
    assert_eq!(mine.about_seen, Some(at("2026-01-02T00:00:00Z")));
    mine.merge(&seen(Some("2026-01-01T00:00:00Z")));
    assert_eq!(mine.about_seen, Some(at("2026-01-01T00:00:00Z")));
    mine.merge(&seen(Some("2026-01-03T00:00:00Z")));
    mine.merge(&seen(None));
    assert_eq!(mine.about_seen, Some(at("2026-01-01T00:00:00Z")));
}

#[test]
fn mastery_needs_a_finished_passing_attempt() {
    let mut q = QuizProgress {
        attempts: vec![attempt("1", "2026-01-01T00:00:00Z", 2, false)],
        ..QuizProgress::default()
    };
    q.attempts[0].passed = true;
    assert!(
        !q.mastered(),
        "an unfinished attempt does not master a quiz"
    );
    q.attempts[0].finished = Some(at("2026-01-01T00:05:00Z"));
    assert!(q.mastered());
}

#[test]
fn a_merge_of_two_large_sets_is_their_union_in_order() {
    // 30,000 attempts a side, 10,000 of them on both: a search per attempt would make
    // this 10⁹ comparisons; it must give the same union as a small merge does.
    let start = at("2026-01-01T00:00:00Z");
    let make = |n: usize, answers: usize| {
        let secs = i64::try_from(n).expect("small");
        Attempt {
            id: format!("a{n:06}"),
            started: start
                .checked_add(jiff::SignedDuration::from_secs(secs))
                .expect("in range"),
            answers: (0..answers)
                .map(|i| GivenAnswer {
                    question: format!("q{i}"),
                    ..GivenAnswer::default()
                })
                .collect(),
            ..Attempt::default()
        }
    };
    // Mine: 0..30,000; theirs: 20,000..50,000, their shared ones further on.
    let mut mine = with_attempts((0..30_000).rev().map(|n| make(n, 1)).collect());
    let theirs = with_attempts((20_000..50_000).map(|n| make(n, 2)).collect());
    mine.merge(&theirs);
    let merged = &mine.courses["c"].quizzes["q"].attempts;
    assert_eq!(merged.len(), 50_000);
    assert!(
        merged
            .iter()
            .enumerate()
            .all(|(n, a)| a.id == format!("a{n:06}")),
        "every attempt once, in the order they started"
    );
    assert_eq!(merged[19_999].answers.len(), 1, "only mine");
    assert_eq!(merged[20_000].answers.len(), 2, "the copy that got further");
    assert_eq!(merged[49_999].answers.len(), 2, "only theirs");
}
