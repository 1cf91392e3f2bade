//! Where a quiz's result leads: the section of the chapter a missed question is
//! about, opened in the reader, and back to the result from there, the reader left as
//! it was before. Also what each question's section is, worked out when a quiz opens.
//! Part of the routing; no IO here.
use super::{App, Screen};
use crate::course::section::{Section, Sections};
use crate::tui::effect::Effect;
use crate::tui::quiz::{QuizKind, QuizRunner};
use crate::tui::reader::Bookmark;
use crate::tui::text;

/// A visit to a section from a quiz's result: how to put the reader back after it.
#[derive(Debug, Clone)]
pub(super) struct SectionVisit {
    /// Where the reader was, if one was open.
    mark: Option<Bookmark>,
    /// The links it had followed, for `Backspace`.
    trail: Vec<Bookmark>,
}

impl App<'_> {
    /// The section each question of the runner's quiz is about, by its index: for a
    /// review, each in the chapter of the quiz it was copied from.
    pub(super) fn quiz_sections(&self, runner: &QuizRunner) -> Vec<Option<Section>> {
        let mut sections = Sections::new(self.course);
        match runner.kind() {
            QuizKind::Course => sections.of_quiz(runner.quiz()),
            QuizKind::Review(review) => runner
                .quiz()
                .questions
                .iter()
                .map(|question| {
                    let (quiz, _) = review.origin(&question.id)?;
                    let chapter = self.course.quizzes.iter().find(|q| q.id == quiz)?;
                    sections.of(chapter.chapter.as_deref()?, question)
                })
                .collect(),
        }
    }

    /// Opens the reader at `section`, to come back to the result with `q`.
    pub(super) fn open_section(&mut self, section: &Section) -> Vec<Effect> {
        let visit = SectionVisit {
            mark: self
                .reader
                .as_ref()
                .map(crate::tui::reader::Reader::bookmark),
            trail: std::mem::take(&mut self.trail),
        };
        let mut effects = self.open_chapter(section.chapter);
        let Some(reader) = self
            .reader
            .as_mut()
            .filter(|r| r.chapter == section.chapter)
        else {
            // The chapter could not be opened: stay on the result.
            self.trail = visit.trail;
            self.screen = Screen::Quiz;
            return effects;
        };
        reader.focus = None;
        if let Some(heading) = reader.doc.heading_index(&section.anchor) {
            reader.jump_to_heading(heading);
        }
        let moved = reader.moved();
        effects.extend(self.reader_events(vec![moved]));
        self.visit = Some(visit);
        self.status = Some(text::BACK_TO_THE_RESULT.to_owned());
        effects
    }

    /// Whether the reader in front was opened from a quiz's result.
    pub(super) fn visiting(&self) -> bool {
        self.visit.is_some() && self.quiz.is_some()
    }

    /// Back from a section to the quiz's result, the reader as it was before.
    pub(super) fn back_to_result(&mut self) -> Vec<Effect> {
        let Some(visit) = self.visit.take() else {
            return Vec::new();
        };
        let mut effects = self.record_reading();
        self.trail = visit.trail;
        if let Some(mark) = visit.mark {
            if self
                .reader
                .as_ref()
                .is_none_or(|r| r.chapter != mark.chapter)
            {
                effects.extend(self.open_chapter(mark.chapter));
            }
            if let Some(reader) = self.reader.as_mut().filter(|r| r.chapter == mark.chapter) {
                reader.restore(&mark, &self.theme);
                effects.extend(self.record_reading());
            }
        }
        self.overlays.clear();
        self.screen = if self.quiz.is_some() {
            Screen::Quiz
        } else {
            Screen::Home
        };
        effects
    }
}
