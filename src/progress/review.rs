//! Spaced review with Leitner boxes: a question answered wrong enters box 1 and comes
//! back the next day; every right answer moves it up a box and further out (1, 2, 4, 8
//! and 16 days); a wrong answer sends it back to box 1.
//!
//! Pure: the time is always passed in, so tests move the clock rather than wait. Cards
//! are keyed by quiz id and question id, the stable ids; which cards are due in a given
//! course is `study::review`'s business, since this module never sees a course.
use super::clock::{add_days, utc_date};
use super::study::{ReviewCard, StudyRecords};
use jiff::Timestamp;

/// The highest box.
pub const TOP_BOX: u8 = 5;

/// Days until a card in `level` is due again: 1, 2, 4, 8, 16.
pub fn interval(level: u8) -> i64 {
    1 << (level.clamp(1, TOP_BOX) - 1)
}

/// The key of a question's card: `quiz-id/question-id`.
pub fn card_key(quiz: &str, question: &str) -> String {
    format!("{quiz}/{question}")
}

/// Records one graded answer: wrong puts the question in box 1, due tomorrow; right
/// moves an existing card up one box (a question without a card needs no review). The
/// day counts as a study day either way.
pub fn record_answer(
    study: &mut StudyRecords,
    quiz: &str,
    question: &str,
    correct: bool,
    now: Timestamp,
) {
    let today = utc_date(now);
    study.days.insert(today);
    let key = card_key(quiz, question);
    let level = match (correct, study.review.get(&key)) {
        (false, _) => 1,
        (true, Some(card)) => card.level.clamp(1, TOP_BOX - 1) + 1,
        (true, None) => return,
    };
    let card = ReviewCard {
        level,
        due: add_days(today, interval(level)),
        updated: now,
    };
    study.review.insert(key, card);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Clock;
    use jiff::civil::Date;

    /// Day 0 is 2026-11-24; the clock stands at 10:00 UTC.
    fn on(day: i64) -> Timestamp {
        let start: Timestamp = "2026-11-24T10:00:00Z".parse().expect("a valid instant");
        let at = start
            .checked_add(jiff::SignedDuration::from_hours(24 * day))
            .expect("in range");
        Clock::Fixed(at).now()
    }

    fn date(day: i64) -> Date {
        add_days(Date::constant(2026, 11, 24), day)
    }

    fn card(study: &StudyRecords) -> (u8, String) {
        let c = &study.review["q/one"];
        (c.level, c.due.to_string())
    }

    fn due(day: i64) -> String {
        date(day).to_string()
    }

    #[test]
    fn intervals_double_from_one_to_sixteen_days() {
        let days: Vec<i64> = (1..=5).map(interval).collect();
        assert_eq!(days, [1, 2, 4, 8, 16]);
    }

    #[test]
    fn a_right_answer_without_a_card_records_only_the_day() {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", true, on(0));
        assert!(study.review.is_empty());
        assert!(study.days.contains(&date(0)));
    }

    #[test]
    fn every_box_transition_and_its_due_date() {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", false, on(0));
        assert_eq!(
            card(&study),
            (1, due(1)),
            "wrong on day 0: box 1, due day 1"
        );
        assert_eq!(due(1), "2026-11-25");
        record_answer(&mut study, "q", "one", true, on(1));
        assert_eq!(card(&study), (2, due(3)), "right: box 2, due +2");
        record_answer(&mut study, "q", "one", true, on(3));
        assert_eq!(card(&study), (3, due(7)), "right: box 3, due +4");
        record_answer(&mut study, "q", "one", true, on(7));
        assert_eq!(card(&study), (4, due(15)), "right: box 4, due +8");
        record_answer(&mut study, "q", "one", true, on(15));
        assert_eq!(card(&study), (5, due(31)), "right: box 5, due +16");
        assert_eq!(due(31), "2026-12-25");
        record_answer(&mut study, "q", "one", true, on(31));
        assert_eq!(card(&study), (5, due(47)), "box 5 is the top");
        record_answer(&mut study, "q", "one", false, on(47));
        assert_eq!(card(&study), (1, due(48)), "wrong: back to box 1, due +1");
        assert_eq!(due(48), "2027-01-11");
        assert_eq!(study.review["q/one"].updated, on(47));
        assert_eq!(study.days.len(), 7);
    }

    #[test]
    fn wrong_again_in_box_one_stays_in_box_one() {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", false, on(0));
        record_answer(&mut study, "q", "one", false, on(1));
        assert_eq!(card(&study), (1, due(2)));
    }

    #[test]
    fn card_keys_join_quiz_and_question() {
        assert_eq!(card_key("02-scaling", "cdn"), "02-scaling/cdn");
    }
}
