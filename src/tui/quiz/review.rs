//! Spaced review in the tutor: the questions due today gathered into one quiz of their
//! own, run by the ordinary quiz runner. Its answers move the review cards of the
//! questions they came from; they are never recorded as an attempt of a quiz.
//!
//! The session also keeps where each card went, as the app reports it back after
//! recording the answer, so the result can say so without the runner reading the
//! progress (it performs no IO).
use crate::course::Course;
use crate::progress::StudyRecords;
use crate::progress::review::{CardOutcome, card_key};
use crate::quiz::Quiz;
use crate::study::review::due;
use crate::tui::text;
use jiff::civil::Date;
use std::collections::HashMap;
use std::sync::Arc;

/// A review session in progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewSession {
    /// Question id in the review quiz → (quiz id, question id) it was copied from.
    origin: HashMap<String, (String, String)>,
    /// Question id in the review quiz → what its answer did to the card.
    moved: HashMap<String, CardOutcome>,
}

impl ReviewSession {
    /// The questions of `course` due on `today`, as one quiz, and the session that
    /// knows where each came from; None when nothing is due.
    pub fn start(course: &Course, study: &StudyRecords, today: Date) -> Option<(Arc<Quiz>, Self)> {
        let due = due(study, course, today);
        if due.is_empty() {
            return None;
        }
        let mut session = Self::default();
        let questions = due
            .into_iter()
            .map(|(quiz, question)| {
                let id = card_key(&quiz.id, &question.id);
                session
                    .origin
                    .insert(id.clone(), (quiz.id.clone(), question.id.clone()));
                let mut copy = question.clone();
                copy.id = id;
                // A multipart group is one quiz's: two quizzes may use the same key.
                copy.group = copy.group.map(|key| format!("{}/{key}", quiz.id));
                copy
            })
            .collect();
        let quiz = Quiz {
            id: String::new(),
            title: text::REVIEW_TITLE.to_owned(),
            chapter: None,
            mastery: 80,
            questions,
        };
        Some((Arc::new(quiz), session))
    }

    /// The (quiz id, question id) a question of the review was copied from.
    pub fn origin(&self, question: &str) -> Option<(&str, &str)> {
        self.origin
            .get(question)
            .map(|(quiz, question)| (quiz.as_str(), question.as_str()))
    }

    /// Notes what answering question `question` of quiz `quiz` did to its card; a card
    /// this review did not ask is none of its business.
    pub fn card_moved(&mut self, quiz: &str, question: &str, outcome: CardOutcome) {
        let id = card_key(quiz, question);
        if self.origin.contains_key(&id) {
            self.moved.insert(id, outcome);
        }
    }

    /// Where the card of a question of the review went, once it was answered.
    pub fn outcome(&self, question: &str) -> Option<&CardOutcome> {
        self.moved.get(question)
    }
}
