//! Spaced review with Leitner boxes: a question answered wrong enters box 1 and comes
//! back the next day; every right answer moves it up a box and further out (1, 2, 4, 8
//! and 16 days); a wrong answer sends it back to box 1.
//!
//! Pure: the time is always passed in, so tests move the clock rather than wait. Cards
//! are keyed by quiz id and question id, the stable ids, so a card follows its question
//! through renamed files; a card whose question is gone is skipped, never an error.
use super::clock::{Instant, civil_from_days};
use super::study::{ReviewCard, StudyRecords};
use crate::course::Course;
use crate::quiz::{Question, Quiz};

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

/// `YYYY-MM-DD` of a day counted from the epoch.
pub fn day_string(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day number of a card's `due` date; None when the text is not a date.
pub fn due_day(card: &ReviewCard) -> Option<i64> {
    Instant::parse(&card.due).map(Instant::day)
}

/// Records one graded answer: wrong puts the question in box 1, due tomorrow; right
/// moves an existing card up one box (a question without a card needs no review). The
/// day counts as a study day either way.
pub fn record_answer(
    study: &mut StudyRecords,
    quiz: &str,
    question: &str,
    correct: bool,
    now: Instant,
) {
    study.days.insert(day_string(now.day()));
    let key = card_key(quiz, question);
    let level = match (correct, study.review.get(&key)) {
        (false, _) => 1,
        (true, Some(card)) => card.level.clamp(1, TOP_BOX - 1) + 1,
        (true, None) => return,
    };
    let card = ReviewCard {
        level,
        due: day_string(now.day() + interval(level)),
        updated: now.rfc3339(),
    };
    study.review.insert(key, card);
}

/// The questions due on or before `today`, the earliest due first (then by key).
/// Cards whose quiz or question is no longer in the course are left out.
pub fn due<'c>(
    study: &StudyRecords,
    course: &'c Course,
    today: Instant,
) -> Vec<(&'c Quiz, &'c Question)> {
    let mut cards: Vec<(i64, &String, &'c Quiz, &'c Question)> = study
        .review
        .iter()
        .filter_map(|(key, card)| {
            let day = due_day(card)?;
            let (quiz, question) = find(course, key)?;
            (day <= today.day()).then_some((day, key, quiz, question))
        })
        .collect();
    cards.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    cards
        .into_iter()
        .map(|(_, _, q, question)| (q, question))
        .collect()
}

/// The earliest due day among cards whose question still exists.
pub fn next_due(study: &StudyRecords, course: &Course) -> Option<String> {
    live_cards(study, course)
        .filter_map(|(_, card)| due_day(card))
        .min()
        .map(day_string)
}

/// The cards whose question is still in the course.
pub fn live_cards<'s>(
    study: &'s StudyRecords,
    course: &Course,
) -> impl Iterator<Item = (&'s String, &'s ReviewCard)> {
    study
        .review
        .iter()
        .filter(move |(key, _)| find(course, key).is_some())
}

/// Drops the cards of questions that are no longer in the course. Returns how many.
/// Note that `ProgressStore::save` merges with the file as a union, so a card dropped
/// here comes back from the disk copy; the store needs a way to forget records before
/// this can clean the file (until then [`due`] simply skips such cards).
pub fn prune(study: &mut StudyRecords, course: &Course) -> usize {
    let before = study.review.len();
    study.review.retain(|key, _| find(course, key).is_some());
    before - study.review.len()
}

/// The quiz and question a card key names, if both still exist.
pub fn find<'c>(course: &'c Course, key: &str) -> Option<(&'c Quiz, &'c Question)> {
    let (quiz_id, question_id) = key.split_once('/')?;
    let quiz = course.quizzes.iter().find(|q| q.id == quiz_id)?;
    let question = quiz.questions.iter().find(|q| q.id == question_id)?;
    Some((quiz, question))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::CourseMeta;
    use crate::progress::clock::days_from_civil;
    use crate::progress::{Clock, FixedClock};
    use crate::quiz::QuestionKind;

    const DAY: i64 = 86_400;

    /// Day 0 is 2026-11-24; the clock stands at 10:00 UTC.
    fn on(day: i64) -> Instant {
        let start = days_from_civil(2026, 11, 24);
        FixedClock(Instant((start + day) * DAY + 10 * 3600)).now()
    }

    fn date(day: i64) -> String {
        day_string(days_from_civil(2026, 11, 24) + day)
    }

    fn card(study: &StudyRecords) -> (u8, String) {
        let c = &study.review["q/one"];
        (c.level, c.due.clone())
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
            (1, date(1)),
            "wrong on day 0: box 1, due day 1"
        );
        record_answer(&mut study, "q", "one", true, on(1));
        assert_eq!(card(&study), (2, date(3)), "right: box 2, due +2");
        record_answer(&mut study, "q", "one", true, on(3));
        assert_eq!(card(&study), (3, date(7)), "right: box 3, due +4");
        record_answer(&mut study, "q", "one", true, on(7));
        assert_eq!(card(&study), (4, date(15)), "right: box 4, due +8");
        record_answer(&mut study, "q", "one", true, on(15));
        assert_eq!(card(&study), (5, date(31)), "right: box 5, due +16");
        record_answer(&mut study, "q", "one", true, on(31));
        assert_eq!(card(&study), (5, date(47)), "box 5 is the top");
        record_answer(&mut study, "q", "one", false, on(47));
        assert_eq!(card(&study), (1, date(48)), "wrong: back to box 1, due +1");
        assert_eq!(study.review["q/one"].updated, on(47).rfc3339());
        assert_eq!(study.days.len(), 7);
    }

    #[test]
    fn wrong_again_in_box_one_stays_in_box_one() {
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "one", false, on(0));
        record_answer(&mut study, "q", "one", false, on(1));
        assert_eq!(card(&study), (1, date(2)));
    }

    #[test]
    fn card_keys_join_quiz_and_question() {
        assert_eq!(card_key("02-scaling", "cdn"), "02-scaling/cdn");
    }

    #[test]
    fn day_strings_are_iso_dates() {
        assert_eq!(day_string(0), "1970-01-01");
        assert_eq!(
            due_day(&ReviewCard {
                due: "1970-01-03".into(),
                ..ReviewCard::default()
            }),
            Some(2)
        );
    }

    fn course(questions: &[&str]) -> Course {
        let question = |id: &str| Question {
            id: id.into(),
            prompt: format!("{id}?"),
            context: None,
            kind: QuestionKind::ShortAnswer {
                answer: "x".into(),
                alternatives: Vec::new(),
                long_response: false,
            },
            explanation: None,
            prompt_explanation: false,
        };
        Course {
            meta: CourseMeta::default(),
            chapters: Vec::new(),
            quizzes: vec![Quiz {
                id: "q".into(),
                title: "Q".into(),
                chapter: None,
                mastery: 80,
                questions: questions.iter().map(|id| question(id)).collect(),
            }],
        }
    }

    #[test]
    fn due_orders_by_day_then_key_and_skips_missing_questions() {
        let course = course(&["a", "b", "c"]);
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "c", false, on(0));
        record_answer(&mut study, "q", "b", false, on(1));
        record_answer(&mut study, "q", "a", false, on(1));
        record_answer(&mut study, "q", "gone", false, on(0));
        record_answer(&mut study, "other", "a", false, on(0));
        let ids = |today| -> Vec<String> {
            due(&study, &course, on(today))
                .iter()
                .map(|(quiz, question)| card_key(&quiz.id, &question.id))
                .collect()
        };
        assert!(ids(0).is_empty(), "nothing is due on the day it was missed");
        assert_eq!(ids(1), ["q/c"]);
        assert_eq!(ids(2), ["q/c", "q/a", "q/b"]);
        assert_eq!(next_due(&study, &course), Some(date(1)));
        assert_eq!(prune(&mut study, &course), 2);
        assert_eq!(study.review.len(), 3);
    }
}
