//! The review queue of one course: which cards are due, when the next one is, and
//! which cards still have their question.
//!
//! A card whose quiz or question has left the course is skipped, never an error (it
//! stays in the file until a save tidies it away with [`prune`]). Pure: today's date
//! is passed in.
use crate::course::Course;
use crate::progress::review::TOP_BOX;
use crate::progress::{ReviewCard, StudyRecords};
use crate::quiz::{Question, Quiz};
use jiff::civil::Date;
use std::collections::HashMap;

/// The questions due on or before `today`, the earliest due first (then by key).
/// Cards whose quiz or question is no longer in the course are left out.
pub fn due<'c>(
    study: &StudyRecords,
    course: &'c Course,
    today: Date,
) -> Vec<(&'c Quiz, &'c Question)> {
    let index = Index::new(course);
    let mut cards: Vec<(Date, &String, &'c Quiz, &'c Question)> = study
        .review
        .iter()
        .filter(|(_, card)| card.due <= today)
        .filter_map(|(key, card)| {
            let (quiz, question) = index.find(key)?;
            Some((card.due, key, quiz, question))
        })
        .collect();
    cards.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    cards
        .into_iter()
        .map(|(_, _, q, question)| (q, question))
        .collect()
}

/// The earliest due date among cards whose question still exists.
pub fn next_due(study: &StudyRecords, course: &Course) -> Option<Date> {
    live_cards(study, course).map(|(_, card)| card.due).min()
}

/// The review queue in figures, for a glance: what is due today, when the next cards
/// fall due after today, and how many cards each Leitner box holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueSummary {
    /// Cards due on or before today.
    pub due: usize,
    /// The first day after today on which cards fall due, and how many then.
    pub next: Option<(Date, usize)>,
    /// Cards in boxes 1 to 5.
    pub boxes: [usize; TOP_BOX as usize],
}

impl QueueSummary {
    /// Every card in the queue.
    pub fn cards(&self) -> usize {
        self.boxes.iter().sum()
    }
}

/// The queue of `study` as of `today`, counting only cards whose question is still in
/// the course (as [`due`] does). One pass over the cards.
pub fn summary(study: &StudyRecords, course: &Course, today: Date) -> QueueSummary {
    let mut out = QueueSummary::default();
    for (_, card) in live_cards(study, course) {
        let level = usize::from(card.level.clamp(1, TOP_BOX));
        out.boxes[level - 1] += 1;
        if card.due <= today {
            out.due += 1;
            continue;
        }
        out.next = match out.next {
            Some((day, n)) if day == card.due => Some((day, n + 1)),
            Some((day, n)) if day < card.due => Some((day, n)),
            _ => Some((card.due, 1)),
        };
    }
    out
}

/// The cards whose question is still in the course.
pub fn live_cards<'s>(
    study: &'s StudyRecords,
    course: &Course,
) -> impl Iterator<Item = (&'s String, &'s ReviewCard)> {
    let index = Index::new(course);
    study
        .review
        .iter()
        .filter(move |(key, _)| index.find(key).is_some())
}

/// Drops the cards of questions that are no longer in the course and returns their
/// keys. Only `tutor progress --prune` calls it, on the merged progress
/// (`ProgressStore::save_tidied`): a save merges as a union, and never prunes.
pub fn prune(study: &mut StudyRecords, course: &Course) -> Vec<String> {
    let index = Index::new(course);
    let gone: Vec<String> = study
        .review
        .keys()
        .filter(|key| index.find(key).is_none())
        .cloned()
        .collect();
    for key in &gone {
        study.review.remove(key);
    }
    gone
}

/// Every question of a course by quiz id and question id, built once so that looking
/// up each of n cards costs no search through the quizzes (n cards of one quiz of n
/// questions were n² comparisons).
struct Index<'c> {
    questions: HashMap<(&'c str, &'c str), (&'c Quiz, &'c Question)>,
}

impl<'c> Index<'c> {
    fn new(course: &'c Course) -> Self {
        let mut questions = HashMap::new();
        for quiz in &course.quizzes {
            for question in &quiz.questions {
                // The first of two same ids wins, as a search in order would find it.
                questions
                    .entry((quiz.id.as_str(), question.id.as_str()))
                    .or_insert((quiz, question));
            }
        }
        Self { questions }
    }

    /// The quiz and question a card key names, if both still exist.
    fn find(&self, key: &str) -> Option<(&'c Quiz, &'c Question)> {
        let (quiz_id, question_id) = key.split_once('/')?;
        self.questions.get(&(quiz_id, question_id)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::CourseMeta;
    use crate::progress::clock::add_days;
    use crate::progress::review::{Answer, card_key, record_answer};
    use crate::quiz::QuestionKind;
    use jiff::Timestamp;

    fn date(day: i64) -> Date {
        add_days(Date::constant(2026, 11, 24), day)
    }

    /// 10:00 UTC on day `day` (day 0 is 2026-11-24).
    fn on(day: i64) -> Timestamp {
        let start: Timestamp = "2026-11-24T10:00:00Z".parse().expect("a valid instant");
        start
            .checked_add(jiff::SignedDuration::from_hours(24 * day))
            .expect("in range")
    }

    fn course(questions: &[&str]) -> Course {
        let question = |id: &str| Question {
            id: id.into(),
            prompt: format!("{id}?"),
            context: None,
            group: None,
            kind: QuestionKind::ShortAnswer {
                answer: "x".into(),
                alternatives: Vec::new(),
                response: crate::quiz::ResponseFormat::Short,
            },
            explanation: None,
            prompt_explanation: false,
            section: None,
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
            book: None,
        }
    }

    #[test]
    fn due_orders_by_day_then_key_and_skips_missing_questions() {
        let course = course(&["a", "b", "c"]);
        let mut study = StudyRecords::default();
        record_answer(&mut study, "q", "c", Answer::graded(false), on(0));
        record_answer(&mut study, "q", "b", Answer::graded(false), on(1));
        record_answer(&mut study, "q", "a", Answer::graded(false), on(1));
        record_answer(&mut study, "q", "gone", Answer::graded(false), on(0));
        record_answer(&mut study, "other", "a", Answer::graded(false), on(0));
        let ids = |today| -> Vec<String> {
            due(&study, &course, date(today))
                .iter()
                .map(|(quiz, question)| card_key(&quiz.id, &question.id))
                .collect()
        };
        assert!(ids(0).is_empty(), "nothing is due on the day it was missed");
        assert_eq!(ids(1), ["q/c"]);
        assert_eq!(ids(2), ["q/c", "q/a", "q/b"]);
        assert_eq!(next_due(&study, &course), Some(date(1)));
        assert_eq!(live_cards(&study, &course).count(), 3);
        let queue = summary(&study, &course, date(1));
        assert_eq!(queue.due, 1, "q/c; the missing question is not counted");
        assert_eq!(
            queue.next,
            Some((date(2), 2)),
            "q/a and q/b fall due on day 2"
        );
        assert_eq!(queue.boxes, [3, 0, 0, 0, 0]);
        assert_eq!(queue.cards(), 3);
        assert_eq!(summary(&study, &course, date(2)).next, None);
        assert_eq!(prune(&mut study, &course).len(), 2);
        assert_eq!(study.review.len(), 3);
    }
}
