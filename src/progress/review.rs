//! Spaced review with Leitner boxes: a question answered wrong enters box 1 and comes
//! back the next day; a right answer on or after the day it is due moves it up a box
//! and further out (1, 2, 4, 8 and 16 days); a wrong answer anywhere sends it back to
//! box 1.
//!
//! Only a due card can climb: answering it again before its day (a quiz retaken the
//! same afternoon, a second review) or as practice (retrying the missed questions)
//! leaves its box and due date alone, or four retakes in a minute would file it away
//! for sixteen days (SPEC §5). Pure: the time is always passed in, so tests move the
//! clock rather than wait. Cards are keyed by quiz id and question id, the stable ids;
//! which cards are due in a given course is `study::review`'s business, since this
//! module never sees a course.
use super::clock::{add_days, utc_date};
use super::study::{ReviewCard, StudyRecords};
use jiff::Timestamp;
use jiff::civil::Date;
use std::fmt;

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

/// A graded answer as the review queue sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub correct: bool,
    /// Practice (retrying the missed questions of a quiz): a wrong answer still sends
    /// the card to box 1, a right one never moves it up, due or not (SPEC §4).
    pub practice: bool,
}

impl Answer {
    /// An answer that counts: a first answer in a quiz or an answer in a review.
    pub fn graded(correct: bool) -> Self {
        Self {
            correct,
            practice: false,
        }
    }

    /// An answer given as practice.
    pub fn practice(correct: bool) -> Self {
        Self {
            correct,
            practice: true,
        }
    }
}

/// What an answer did to its card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardMove {
    /// Right on or after its due date: up a box (box 5 is the top).
    Up,
    /// Wrong: box 1, due the next day.
    BackToStart,
    /// Right before its due date: unchanged.
    NotDue,
    /// Right, but as practice: unchanged.
    Practice,
}

/// Where a card is after an answer, and when it comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CardOutcome {
    pub change: CardMove,
    /// Its box now.
    pub level: u8,
    /// The day it is due now.
    pub due: Date,
    /// The day it was answered, which "tomorrow" is counted from.
    pub answered: Date,
}

/// Records one graded answer and says what it did to the question's card, if it has
/// one. Wrong puts the question in box 1, due tomorrow; right moves a due card up one
/// box, and leaves a card not yet due (or answered as practice) as it was; a question
/// answered right without a card needs none. The day counts as a study day either
/// way.
pub fn record_answer(
    study: &mut StudyRecords,
    quiz: &str,
    question: &str,
    answer: Answer,
    now: Timestamp,
) -> Option<CardOutcome> {
    let today = utc_date(now);
    study.days.insert(today);
    let key = card_key(quiz, question);
    let (change, level) = match (answer.correct, study.review.get(&key)) {
        (false, _) => (CardMove::BackToStart, 1),
        (true, None) => return None,
        (true, Some(card)) => match left_alone(card, answer, today) {
            // Not even `updated` changes: a merge has nothing new to weigh.
            Some(change) => {
                return Some(CardOutcome {
                    change,
                    level: card.level,
                    due: card.due,
                    answered: today,
                });
            }
            None => (CardMove::Up, card.level.clamp(1, TOP_BOX - 1) + 1),
        },
    };
    let due = add_days(today, interval(level));
    // The card's keys this build does not know go on with it.
    let extra = study
        .review
        .get(&key)
        .map(|c| c.extra.clone())
        .unwrap_or_default();
    let card = ReviewCard {
        level,
        due,
        updated: now,
        extra,
    };
    study.review.insert(key, card);
    Some(CardOutcome {
        change,
        level,
        due,
        answered: today,
    })
}

/// Why a right answer leaves `card` where it is, if it does.
fn left_alone(card: &ReviewCard, answer: Answer, today: Date) -> Option<CardMove> {
    if answer.practice {
        Some(CardMove::Practice)
    } else if card.due > today {
        Some(CardMove::NotDue)
    } else {
        None
    }
}

/// `→ box 3, back on 7 Dec`, `→ box 1, back tomorrow`, `not due yet: stays in box 2,
/// back on 9 Dec`, `practice: stays in box 2, due today`. The same words in the
/// terminal and in the tutor, like a quiz's score.
impl fmt::Display for CardOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = self.level;
        match self.change {
            CardMove::Up | CardMove::BackToStart => write!(f, "→ box {level}")?,
            CardMove::NotDue => write!(f, "not due yet: stays in box {level}")?,
            CardMove::Practice => write!(f, "practice: stays in box {level}")?,
        }
        if self.due <= self.answered {
            f.write_str(", due today")
        } else if self.due == add_days(self.answered, 1) {
            f.write_str(", back tomorrow")
        } else {
            // Cards come back within 16 days: the day and the month say which.
            write!(f, ", back on {}", self.due.strftime("%-d %b"))
        }
    }
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

    fn right() -> Answer {
        Answer::graded(true)
    }

    fn wrong() -> Answer {
        Answer::graded(false)
    }

    /// A card for `q/one` in box 1, due on day 1 (missed on day 0).
    fn missed_on_day_zero() -> StudyRecords {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", wrong(), on(0));
        study
    }

    #[test]
    fn intervals_double_from_one_to_sixteen_days() {
        let days: Vec<i64> = (1..=5).map(interval).collect();
        assert_eq!(days, [1, 2, 4, 8, 16]);
    }

    #[test]
    fn a_right_answer_without_a_card_records_only_the_day() {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", right(), on(0));
        assert!(study.review.is_empty());
        assert!(study.days.contains(&date(0)));
    }

    #[test]
    fn every_box_transition_and_its_due_date() {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", wrong(), on(0));
        assert_eq!(
            card(&study),
            (1, due(1)),
            "wrong on day 0: box 1, due day 1"
        );
        assert_eq!(due(1), "2026-11-25");
        record_answer(&mut study, "q", "one", right(), on(1));
        assert_eq!(card(&study), (2, due(3)), "right: box 2, due +2");
        record_answer(&mut study, "q", "one", right(), on(3));
        assert_eq!(card(&study), (3, due(7)), "right: box 3, due +4");
        record_answer(&mut study, "q", "one", right(), on(7));
        assert_eq!(card(&study), (4, due(15)), "right: box 4, due +8");
        record_answer(&mut study, "q", "one", right(), on(15));
        assert_eq!(card(&study), (5, due(31)), "right: box 5, due +16");
        assert_eq!(due(31), "2026-12-25");
        record_answer(&mut study, "q", "one", right(), on(31));
        assert_eq!(card(&study), (5, due(47)), "box 5 is the top");
        record_answer(&mut study, "q", "one", wrong(), on(47));
        assert_eq!(card(&study), (1, due(48)), "wrong: back to box 1, due +1");
        assert_eq!(due(48), "2027-01-11");
        assert_eq!(study.review["q/one"].updated, on(47));
        assert_eq!(study.days.len(), 7);
    }

    #[test]
    fn wrong_again_in_box_one_stays_in_box_one() {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", wrong(), on(0));
        record_answer(&mut study, "q", "one", wrong(), on(1));
        assert_eq!(card(&study), (1, due(2)));
    }

    #[test]
    fn card_keys_join_quiz_and_question() {
        assert_eq!(card_key("02-scaling", "cdn"), "02-scaling/cdn");
    }

    #[test]
    fn retakes_before_the_due_day_never_promote() {
        let mut study = missed_on_day_zero();
        let before = study.review["q/one"].clone();
        for _ in 0..4 {
            let outcome = record_answer(&mut study, "q", "one", right(), on(0));
            assert_eq!(outcome.map(|o| o.change), Some(CardMove::NotDue));
        }
        assert_eq!(
            study.review["q/one"], before,
            "box, due date and time unchanged"
        );
        assert_eq!(card(&study), (1, due(1)));
    }

    #[test]
    fn a_right_answer_on_the_due_day_moves_up_and_a_day_early_does_not() {
        let mut study = missed_on_day_zero();
        record_answer(&mut study, "q", "one", right(), on(1));
        assert_eq!(card(&study), (2, due(3)));
        let early = record_answer(&mut study, "q", "one", right(), on(2));
        assert_eq!(early.map(|o| o.change), Some(CardMove::NotDue));
        assert_eq!(card(&study), (2, due(3)), "day 2 is before day 3");
    }

    #[test]
    fn a_late_answer_counts_from_the_day_it_is_given() {
        let mut study = missed_on_day_zero();
        let outcome = record_answer(&mut study, "q", "one", right(), on(10));
        assert_eq!(card(&study), (2, due(12)));
        assert_eq!(outcome.map(|o| o.change), Some(CardMove::Up));
    }

    #[test]
    fn a_wrong_answer_before_the_due_day_still_resets() {
        let mut study = missed_on_day_zero();
        record_answer(&mut study, "q", "one", right(), on(1));
        record_answer(&mut study, "q", "one", right(), on(3));
        assert_eq!(card(&study), (3, due(7)));
        record_answer(&mut study, "q", "one", wrong(), on(4));
        assert_eq!(card(&study), (1, due(5)));
    }

    #[test]
    fn practice_never_promotes_but_a_wrong_practice_answer_resets() {
        let mut study = missed_on_day_zero();
        record_answer(&mut study, "q", "one", right(), on(1));
        assert_eq!(card(&study), (2, due(3)));
        let practice = record_answer(&mut study, "q", "one", Answer::practice(true), on(3));
        assert_eq!(practice.map(|o| o.change), Some(CardMove::Practice));
        assert_eq!(card(&study), (2, due(3)), "due, but practice");
        record_answer(&mut study, "q", "one", Answer::practice(false), on(3));
        assert_eq!(card(&study), (1, due(4)));
        let mut fresh = StudyRecords::default();
        assert_eq!(
            record_answer(&mut fresh, "q", "one", Answer::practice(true), on(0)),
            None
        );
        assert!(fresh.review.is_empty());
    }

    #[test]
    fn outcomes_say_where_the_card_went_and_when_it_comes_back() {
        let mut study = StudyRecords::default();
        let say = |outcome: Option<CardOutcome>| outcome.map(|o| o.to_string());
        let wrong_day_0 = record_answer(&mut study, "q", "one", wrong(), on(0));
        assert_eq!(say(wrong_day_0).as_deref(), Some("→ box 1, back tomorrow"));
        let early = record_answer(&mut study, "q", "one", right(), on(0));
        assert_eq!(
            say(early).as_deref(),
            Some("not due yet: stays in box 1, back tomorrow")
        );
        let up = record_answer(&mut study, "q", "one", right(), on(1));
        assert_eq!(say(up).as_deref(), Some("→ box 2, back on 27 Nov"));
        let early = record_answer(&mut study, "q", "one", right(), on(2));
        assert_eq!(
            say(early).as_deref(),
            Some("not due yet: stays in box 2, back tomorrow")
        );
        let practice = record_answer(&mut study, "q", "one", Answer::practice(true), on(3));
        assert_eq!(
            say(practice).as_deref(),
            Some("practice: stays in box 2, due today")
        );
        record_answer(&mut study, "q", "one", right(), on(3));
        let up = record_answer(&mut study, "q", "one", right(), on(7));
        assert_eq!(say(up).as_deref(), Some("→ box 4, back on 9 Dec"));
    }
}
