//! The quiz screen: the runner (which question, what is chosen, the attempt), the
//! question laid out for the screen, spaced review sessions, and the view.
//!
//! [`QuizScreen`] pairs the runner, which knows nothing of screens, with its view
//! model, and keeps the two in step: every action that can change the question in
//! front refreshes the layout, so frames only draw. The screen also owns what is only
//! a matter of showing: how far feedback or an explanation is scrolled, which question
//! of the result is selected, the explanation shown again, and the section of the
//! chapter each question sends the learner back to.
mod action;
mod layout;
mod result;
mod review;
mod runner;
mod scroll;
mod verdict;
mod view;

pub use action::{Given, Hint, QuizAction, QuizEvent, QuizKind, TraceStep};
pub use layout::QuestionText;
pub use review::ReviewSession;
pub use runner::QuizRunner;
pub use view::QuizView;

use super::keymap::Mode;
use crate::course::section::Section;
use crate::progress::{Attempt, Clock};
use crate::quiz::Phase;
use crate::theme::Theme;

#[derive(Debug, Clone)]
pub struct QuizScreen {
    runner: QuizRunner,
    text: QuestionText,
    /// Counts the rounds, so a new one is laid out afresh.
    round: usize,
    width: usize,
    /// An attempt of this quiz left half-way, offered to be taken up again before
    /// anything else is asked.
    offer: Option<Attempt>,
    /// The section of its chapter each question is about, by the question's index.
    sections: Vec<Option<Section>>,
    /// Lines scrolled from where the view would put feedback or an explanation.
    scroll: isize,
    /// The question selected in the result's list (its index in the quiz).
    selected: usize,
    /// The question whose explanation the result shows again, laid out.
    detail: Option<Detail>,
    /// The terminal's rows, which bound the scrolling; 0 while unknown.
    rows: u16,
}

/// A question of the quiz shown again from the result.
#[derive(Debug, Clone)]
pub struct Detail {
    /// Its index in the quiz.
    pub index: usize,
    pub text: QuestionText,
}

impl QuizScreen {
    pub fn new(runner: QuizRunner, width: usize, theme: &Theme) -> Self {
        let mut screen = Self {
            runner,
            text: QuestionText::default(),
            round: 0,
            width,
            offer: None,
            sections: Vec::new(),
            scroll: 0,
            selected: 0,
            detail: None,
            rows: 0,
        };
        screen.refresh(theme);
        screen
    }

    /// The screen with the section of its chapter each question is about, by the
    /// question's index (see [`crate::course::section`]).
    #[must_use]
    pub fn with_sections(mut self, sections: Vec<Option<Section>>) -> Self {
        self.sections = sections;
        self
    }

    /// The section question `index` sends the learner back to, if one fits.
    pub fn section(&self, index: usize) -> Option<&Section> {
        self.sections.get(index).and_then(Option::as_ref)
    }

    /// The reading column's width the question is laid out for.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Lines scrolled from where the view puts feedback or an explanation.
    pub fn scroll(&self) -> isize {
        self.scroll
    }

    /// The question selected in the result's list.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The explanation shown again, while it is.
    pub fn detail(&self) -> Option<&Detail> {
        self.detail.as_ref()
    }

    /// Tells the screen how many rows the terminal has, which bound its scrolling.
    pub fn set_rows(&mut self, rows: u16) {
        self.rows = rows;
    }

    /// The quiz screen over `runner`, first offering to go on with `open`, an
    /// attempt of the same quiz left half-way.
    #[must_use]
    pub fn offering(mut self, open: Attempt) -> Self {
        self.offer = Some(open);
        self
    }

    /// The attempt offered to be taken up again, while the offer stands.
    pub fn offer(&self) -> Option<&Attempt> {
        self.offer.as_ref()
    }

    pub fn runner(&self) -> &QuizRunner {
        &self.runner
    }

    pub fn text(&self) -> &QuestionText {
        &self.text
    }

    /// The review being run, if this is one.
    pub fn review_mut(&mut self) -> Option<&mut ReviewSession> {
        self.runner.review_mut()
    }

    pub fn update(&mut self, action: QuizAction, clock: &Clock, theme: &Theme) -> Vec<QuizEvent> {
        if let Some(open) = self.offer.take() {
            return self.answer_offer(open, action, clock, theme);
        }
        if self.runner.is_finished() {
            return self.on_result(action, clock, theme);
        }
        if let Some(delta) = scroll_by(action)
            && self.runner.feedback().is_some()
        {
            self.scroll_by(delta, theme);
            return Vec::new();
        }
        // Anything but a scroll shows the next thing from its start.
        self.scroll = 0;
        let events = self.runner.update(action, clock);
        self.refresh(theme);
        events
    }

    /// Keys of the result: the list, an explanation shown again, another round.
    fn on_result(&mut self, action: QuizAction, clock: &Clock, theme: &Theme) -> Vec<QuizEvent> {
        let count = self.runner.quiz().questions.len();
        let last = count.saturating_sub(1);
        if self.detail.is_some() {
            match action {
                QuizAction::List | QuizAction::Explain | QuizAction::Close => {
                    self.detail = None;
                    self.scroll = 0;
                }
                QuizAction::Section => return self.follow_section(),
                _ => {
                    if let Some(delta) = scroll_by(action) {
                        self.scroll_by(delta, theme);
                    }
                }
            }
            return Vec::new();
        }
        match action {
            QuizAction::Up => self.selected = self.selected.saturating_sub(1),
            QuizAction::Down => self.selected = (self.selected + 1).min(last),
            QuizAction::Scroll(delta) => {
                self.selected = self
                    .selected
                    .saturating_add_signed(delta.signum())
                    .min(last);
            }
            QuizAction::First => self.selected = 0,
            QuizAction::Last => self.selected = last,
            QuizAction::Explain => self.explain(theme),
            QuizAction::Section => return self.follow_section(),
            QuizAction::RetryMissed | QuizAction::RetakeAll => {
                // A review's result is final: another round would only be practice,
                // and its keys are not offered (`Mode::ReviewResult`).
                if self.is_review() {
                    return Vec::new();
                }
                self.round += 1;
                self.selected = 0;
                self.scroll = 0;
                let events = self.runner.update(action, clock);
                self.refresh(theme);
                return events;
            }
            QuizAction::Close => return vec![QuizEvent::Close],
            // No other key means anything on the result: above all, none answers.
            _ => {}
        }
        Vec::new()
    }

    /// Shows the selected question's explanation again, with the answer given.
    fn explain(&mut self, theme: &Theme) {
        let index = self.selected;
        let Some(question) = self.runner.quiz().questions.get(index) else {
            return;
        };
        let choices: Vec<&str> = match (&question.kind, self.runner.given(index)) {
            (crate::quiz::QuestionKind::Choice { choices, .. }, Some(given)) => given
                .order
                .iter()
                .filter_map(|&own| choices.get(own).map(String::as_str))
                .collect(),
            (crate::quiz::QuestionKind::Choice { choices, .. }, None) => {
                choices.iter().map(String::as_str).collect()
            }
            _ => Vec::new(),
        };
        let text = QuestionText::of(question, &choices, self.width, theme);
        self.detail = Some(Detail { index, text });
        self.scroll = 0;
    }

    /// The section the selected question links to, where the view shows a link: under
    /// a missed question in the list, under any question's explanation.
    pub fn link(&self) -> Option<&Section> {
        if !self.runner.is_finished() {
            return None;
        }
        if let Some(detail) = &self.detail {
            return self.section(detail.index);
        }
        let question = self.runner.quiz().questions.get(self.selected)?;
        let missed = self
            .runner
            .session()
            .missed()
            .contains(&question.id.as_str());
        self.section(self.selected).filter(|_| missed)
    }

    fn follow_section(&self) -> Vec<QuizEvent> {
        self.link()
            .map(|section| QuizEvent::OpenSection(section.clone()))
            .into_iter()
            .collect()
    }

    /// Scrolls feedback or an explanation, no further than its first and last lines.
    fn scroll_by(&mut self, delta: isize, theme: &Theme) {
        let (low, high) = if self.rows == 0 {
            (-scroll::UNKNOWN_BOUND, scroll::UNKNOWN_BOUND)
        } else {
            let palette = crate::tui::theme::Palette::new(theme);
            QuizView {
                screen: self,
                palette: &palette,
            }
            .scroll_bounds(self.rows)
        };
        self.scroll = self.scroll.saturating_add(delta).clamp(low, high);
    }

    /// Lays the question out again for a new reading column width.
    pub fn resize(&mut self, width: usize, theme: &Theme) {
        self.width = width;
        self.refresh(theme);
        if self.detail.is_some() {
            // The explanation open is the selected question's.
            self.explain(theme);
        }
    }

    fn answer_offer(
        &mut self,
        open: Attempt,
        action: QuizAction,
        clock: &Clock,
        theme: &Theme,
    ) -> Vec<QuizEvent> {
        match action {
            QuizAction::Continue => {
                let quiz = self.runner.session().shared_quiz();
                let kind = self.runner.kind().clone();
                self.runner = QuizRunner::resume(quiz, kind, &open, clock);
                self.round += 1;
                self.refresh(theme);
                Vec::new()
            }
            QuizAction::StartOver => vec![QuizEvent::Abandon {
                quiz: self.runner.quiz().id.clone(),
                attempt: open.id,
            }],
            QuizAction::Close => vec![QuizEvent::Close],
            _ => {
                self.offer = Some(open);
                Vec::new()
            }
        }
    }

    /// What keys mean now.
    pub fn mode(&self) -> Mode {
        if self.offer.is_some() {
            return Mode::QuizResume;
        }
        match self.runner.phase() {
            Phase::Asking if self.runner.is_editing() => Mode::QuizField,
            Phase::Asking if self.runner.is_asking_compiles() => Mode::QuizCompiles,
            Phase::Asking if self.runner.is_typing() => Mode::QuizTyping,
            Phase::Asking => Mode::QuizChoice,
            Phase::Answered(_) => Mode::QuizFeedback,
            Phase::Finished if self.detail.is_some() => Mode::QuizDetail,
            Phase::Finished if self.is_review() => Mode::ReviewResult,
            Phase::Finished => Mode::QuizResult,
        }
    }

    fn is_review(&self) -> bool {
        matches!(self.runner.kind(), QuizKind::Review(_))
    }

    fn refresh(&mut self, theme: &Theme) {
        self.text
            .refresh(&self.runner, self.round, self.width, theme);
    }
}

/// How far a scrolling action moves, if it is one.
fn scroll_by(action: QuizAction) -> Option<isize> {
    match action {
        QuizAction::Up => Some(-1),
        QuizAction::Down => Some(1),
        QuizAction::Scroll(lines) => Some(lines),
        _ => None,
    }
}
