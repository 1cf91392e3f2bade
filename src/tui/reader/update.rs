//! What the reader's actions do: scrolling, stepping through search matches, moving
//! the focus and opening folds, asking for the outline, another chapter, a link or a
//! quiz, and noticing that the chapter has been read to its end. No IO, no other
//! screen: anything beyond the reader is an event.
use super::focus::{self, Target};
use super::search::Landing;
use super::{Reader, ReaderAction, ReaderEvent};
use crate::theme::Theme;
use crate::tui::text;

impl Reader {
    /// Answers `action`; `theme` is what the chapter is laid out with, for a fold
    /// opened or closed.
    pub fn update(&mut self, action: ReaderAction, theme: &Theme) -> Vec<ReaderEvent> {
        let page = self.height.saturating_sub(1).max(1);
        let page = isize::try_from(page).unwrap_or(isize::MAX);
        match action {
            ReaderAction::Scroll(lines) => self.scroll_by(lines),
            ReaderAction::Page(pages) => self.scroll_by(pages.saturating_mul(page)),
            ReaderAction::HalfPage(halves) => {
                self.scroll_by(halves.saturating_mul((page / 2).max(1)));
            }
            ReaderAction::Top => self.scroll_to(0),
            ReaderAction::Bottom => self.scroll_to(usize::MAX),
            ReaderAction::Sideways(cols) => {
                self.hscroll = self.hscroll.saturating_add_signed(cols);
                self.clamp();
            }
            ReaderAction::Search => return vec![ReaderEvent::OpenSearch],
            ReaderAction::NextMatch | ReaderAction::PreviousMatch => {
                if self.search.query.is_empty() {
                    return vec![ReaderEvent::Status(text::NO_SEARCH_YET.to_owned())];
                }
                let forward = action == ReaderAction::NextMatch;
                let landing = self.step_match(forward);
                let status = ReaderEvent::Status(self.search_status(landing, forward));
                return vec![self.moved(), status];
            }
            ReaderAction::Outline => return vec![ReaderEvent::OpenOutline(self.heading_here())],
            ReaderAction::PreviousChapter => return vec![ReaderEvent::Step(-1)],
            ReaderAction::NextChapter => return vec![ReaderEvent::Step(1)],
            ReaderAction::TakeQuiz => return vec![ReaderEvent::TakeQuiz],
            ReaderAction::Enter => return self.enter(theme),
            ReaderAction::FocusNext | ReaderAction::FocusPrevious => {
                let forward = action == ReaderAction::FocusNext;
                if !self.step_focus(forward) {
                    let none = if forward {
                        text::NOTHING_TO_FOCUS_BELOW
                    } else {
                        text::NOTHING_TO_FOCUS_ABOVE
                    };
                    return vec![ReaderEvent::Status(none.to_owned())];
                }
            }
            ReaderAction::Return => return vec![ReaderEvent::Return],
            ReaderAction::Reflections => return vec![ReaderEvent::OpenReflections],
            ReaderAction::Checklist => return vec![ReaderEvent::OpenChecklist],
            ReaderAction::Back => return vec![ReaderEvent::Back],
        }
        vec![self.moved()]
    }

    /// `Enter`: follows the focused link, opens or closes the focused fold, takes the
    /// focused quiz; with nothing focused on screen, at the chapter's end, takes the
    /// chapter's quiz.
    fn enter(&mut self, theme: &Theme) -> Vec<ReaderEvent> {
        match self.focused().cloned() {
            Some(Target::Link(index)) => focus::link_target(&self.rendered, index)
                .map(|target| vec![ReaderEvent::Follow(target.to_owned())])
                .unwrap_or_default(),
            Some(Target::Fold(index)) => {
                self.toggle_fold(index, theme);
                vec![self.moved()]
            }
            Some(Target::Quiz(src)) => vec![ReaderEvent::OpenQuiz(src)],
            None if self.at_end() => vec![ReaderEvent::TakeQuiz],
            None => Vec::new(),
        }
    }

    /// Notes what the view now shows.
    pub fn moved(&mut self) -> ReaderEvent {
        ReaderEvent::Moved {
            at_once: self.note_seen(),
        }
    }

    /// Searches for what was typed at the prompt (empty: the last query again, as in
    /// less) and lands on the first match at or below the top line.
    pub fn submit_search(&mut self, typed: String) -> Vec<ReaderEvent> {
        let query = if typed.is_empty() {
            self.search.query.clone()
        } else {
            typed
        };
        if query.is_empty() {
            return Vec::new();
        }
        let landing = self.search_for(query);
        vec![
            self.moved(),
            ReaderEvent::Status(self.search_status(landing, true)),
        ]
    }

    /// "“query” 2 of 5", saying first when the search wrapped around the chapter to
    /// get there; or that nothing matched.
    fn search_status(&self, landing: Option<Landing>, forward: bool) -> String {
        let Some(landing) = landing else {
            return text::no_match(&self.search.query);
        };
        let total = self.search.matches.len();
        let count = text::match_count(landing.index + 1, total, &self.search.query);
        if landing.wrapped {
            text::search_wrapped(forward, &count)
        } else {
            count
        }
    }
}
