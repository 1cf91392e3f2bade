//! The spacing of the review queue through the built binary: a card climbs a box only
//! when answered right on or after its due date, so retakes and early answers never
//! file it away for longer, while a wrong answer anywhere sends it back to box 1.
//! `TUTOR_NOW` moves the clock.
use crate::common::progress_toml;
use crate::review_cli::{
    COURSE_ID, SCALING, TWO_WRONG, cards, day, no_score, ok, sample, tutor, two_wrong,
};
use std::path::Path;

/// The scaling quiz's key: every answer right.
const ALL_RIGHT: &str = "b,ab,b,b,b";

/// Box and due date of the two cards `two_wrong` makes, in key order.
fn boxes(data: &Path) -> Vec<(i64, String)> {
    cards(data)
        .into_iter()
        .map(|(_, level, due)| (level, due))
        .collect()
}

fn both(level: i64, due: &str) -> Vec<(i64, String)> {
    vec![(level, due.to_owned()); 2]
}

/// The quiz, every answer right, at `now`; it passes.
fn retake(data: &Path, course: &Path, now: &str) {
    let out = tutor(
        data,
        course,
        now,
        &["quiz", SCALING, "--answers", ALL_RIGHT],
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn four_right_retakes_the_same_day_leave_the_cards_in_box_one() {
    let data = tempfile::tempdir().unwrap();
    let course = sample();
    two_wrong(data.path(), &course);
    let queue = || progress_toml(data.path())["courses"][COURSE_ID]["review"].clone();
    let before = queue();
    assert_eq!(boxes(data.path()), both(1, "2026-11-11"));
    for minute in 31..35 {
        retake(data.path(), &course, &format!("2026-11-10T09:{minute}:00Z"));
    }
    assert_eq!(boxes(data.path()), both(1, "2026-11-11"));
    assert_eq!(queue(), before, "not even the cards' times changed");
}

#[test]
fn a_right_answer_counts_only_on_or_after_the_due_day() {
    let data = tempfile::tempdir().unwrap();
    let course = sample();
    two_wrong(data.path(), &course);

    // Due on day 1: a right review moves both to box 2, due two days later.
    let reviewed = ok(&tutor(
        data.path(),
        &course,
        &day(1),
        &["review", "--answers", "b,b"],
    ));
    assert_eq!(boxes(data.path()), both(2, "2026-11-13"));
    assert_eq!(
        reviewed.matches("   → box 2, back on 13 Nov\n").count(),
        2,
        "{reviewed}"
    );

    // Day 2 is before day 3: a right quiz answer changes nothing, and nothing is due.
    retake(data.path(), &course, &day(2));
    assert_eq!(boxes(data.path()), both(2, "2026-11-13"));
    let early = ok(&tutor(data.path(), &course, &day(2), &["review"]));
    assert!(
        early.contains("Nothing is due for review (next: 2026-11-13)"),
        "{early}"
    );

    // Late is fine: reviewed on day 5 instead of 3, box 3 counts four days from day 5.
    let late = ok(&tutor(
        data.path(),
        &course,
        &day(5),
        &["review", "--answers", "b,b"],
    ));
    assert_eq!(boxes(data.path()), both(3, "2026-11-19"));
    assert_eq!(
        late.matches("   → box 3, back on 19 Nov\n").count(),
        2,
        "{late}"
    );
    no_score(&late);
}

#[test]
fn a_wrong_answer_before_the_due_day_still_sends_a_card_to_box_one() {
    let data = tempfile::tempdir().unwrap();
    let course = sample();
    two_wrong(data.path(), &course);
    ok(&tutor(
        data.path(),
        &course,
        &day(1),
        &["review", "--answers", "b,b"],
    ));
    assert_eq!(boxes(data.path()), both(2, "2026-11-13"));
    // Day 2, not due: the same two questions wrong in the quiz.
    let out = tutor(
        data.path(),
        &course,
        &day(2),
        &["quiz", SCALING, "--answers", TWO_WRONG],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(boxes(data.path()), both(1, "2026-11-13"));
    let reviewed = ok(&tutor(
        data.path(),
        &course,
        &day(3),
        &["review", "--answers", "a,b"],
    ));
    assert!(
        reviewed.contains("wrong: you answered a, the answer is b\n   → box 1, back tomorrow\n"),
        "{reviewed}"
    );
    assert!(
        reviewed.contains("right: b\n   → box 2, back on 15 Nov\n"),
        "{reviewed}"
    );
}
