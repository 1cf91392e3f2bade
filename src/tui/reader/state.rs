//! The state of the chapter being read: its document, the layout for the current
//! width, the scroll position, the search matches and the outline.
//!
//! Positions are kept two ways: `top` is a laid-out line (what the screen needs), and
//! the source line of the block under it is what gets saved, because it survives a
//! change of width. A re-layout anchors on that block so the passage being read stays
//! on screen; opening or closing a fold lays out again with the top line kept. Nothing
//! here draws or performs IO; laying out is pure computation.
use super::ending::{EndKind, Ending};
use super::focus::{self, Item, Mark, Target};
use super::search::{self, Landing, Search};
use crate::markdown::{Document, LayoutOptions, QuizCard, Rendered, Unfold};
use crate::progress::SeenLines;
use crate::theme::Theme;
use crate::tui::draw::COLUMN;
use crate::tui::text;
use std::sync::Arc;

/// The widest reading column.
const MAX_COLUMN: usize = COLUMN as usize;
/// Lines after the chapter's last line: a blank, the end-of-chapter note (at least
/// one line; see [`Reader::ending_lines`]) and a blank.
pub const TRAILER: usize = 3;

#[derive(Debug, Clone)]
pub struct Reader {
    /// Index into the course's chapters.
    pub chapter: usize,
    pub doc: Arc<Document>,
    /// Source line (1-based) of each top-level block.
    pub sources: Vec<u32>,
    /// Source lines in the chapter.
    pub source_lines: u32,
    pub rendered: Rendered,
    /// The column the layout was made for; 0 before the first layout.
    pub width: usize,
    /// Whether the layout has the highlighting in it.
    pub highlighted: bool,
    pub top: usize,
    /// Columns of wide code scrolled off to the left.
    pub hscroll: usize,
    /// Lines of text on screen.
    pub height: usize,
    pub search: Search,
    /// The outline's rows: each heading indented by its level.
    pub outline: Vec<String>,
    /// Source line to go to once the first layout exists.
    pending: Option<u32>,
    /// The passage the reader scrolled to, kept while a window too tall for it pushes
    /// the view back from the end, so shrinking the window again returns there.
    held: Option<(usize, usize, usize)>,
    /// The source lines that have been on screen, this visit and before it.
    pub seen: SeenLines,
    /// The folds opened while the chapter is open, by index.
    pub open_folds: Vec<usize>,
    /// The quizzes placed in the chapter, by the path their markers name, as the
    /// course describes them (title, size, how the learner stands).
    cards: Vec<(String, QuizCard)>,
    /// The folds or the cards changed since the layout was made.
    stale: bool,
    /// What the end of the chapter offers, and its lines at the current width.
    ending: Ending,
    ending_lines: Vec<(String, EndKind)>,
    /// What the focus can rest on, in reading order.
    pub items: Vec<Item>,
    pub focus: Option<Target>,
    /// View model: the stretches of line the focused item covers.
    pub focus_marks: Vec<Mark>,
}

/// Where a followed link was followed from: enough to show the chapter again as it
/// was (its folds, its top line, the focus).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bookmark {
    pub chapter: usize,
    /// The top line, valid at `width`.
    pub top: usize,
    pub width: usize,
    /// The source line at the top, for another width.
    pub position: u32,
    pub open_folds: Vec<usize>,
    pub focus: Option<Target>,
}

impl Reader {
    pub fn new(chapter: usize, doc: Arc<Document>, position: u32) -> Self {
        let outline = doc
            .headings()
            .into_iter()
            .map(|(level, title)| {
                let indent = "  ".repeat(usize::from(level.saturating_sub(1)));
                format!("{indent}{title}")
            })
            .collect();
        Self {
            chapter,
            sources: doc.block_source_lines().to_vec(),
            source_lines: doc.source_line_count(),
            doc,
            rendered: Rendered::default(),
            width: 0,
            highlighted: false,
            top: 0,
            hscroll: 0,
            height: 1,
            search: Search::default(),
            outline,
            pending: Some(position),
            held: None,
            seen: SeenLines::default(),
            open_folds: Vec::new(),
            cards: Vec::new(),
            stale: false,
            ending: Ending::default(),
            ending_lines: Vec::new(),
            items: Vec::new(),
            focus: None,
            focus_marks: Vec::new(),
        }
    }

    /// Tells the reader how the course describes the quizzes placed in the chapter.
    #[must_use]
    pub fn with_cards(mut self, cards: Vec<(String, QuizCard)>) -> Self {
        self.cards = cards;
        self
    }

    /// Tells the reader what the end of the chapter offers.
    #[must_use]
    pub fn with_ending(mut self, ending: Ending) -> Self {
        self.set_ending(ending);
        self
    }

    /// Replaces what the end of the chapter offers (after the progress changed).
    /// Returns whether it changed, so the screen needs drawing again.
    pub fn set_ending(&mut self, ending: Ending) -> bool {
        if ending == self.ending {
            return false;
        }
        self.ending = ending;
        self.ending_lines = self.ending.lines(self.width);
        self.clamp();
        true
    }

    /// The end-of-chapter note's lines at the current width.
    pub fn ending_lines(&self) -> &[(String, EndKind)] {
        &self.ending_lines
    }

    /// Replaces the quiz descriptions (after an attempt changed one). Returns whether
    /// they changed, so the chapter needs laying out again.
    pub fn set_cards(&mut self, cards: Vec<(String, QuizCard)>) -> bool {
        if cards == self.cards {
            return false;
        }
        self.cards = cards;
        self.stale = true;
        true
    }

    /// Makes positions refer to the lines of another text than the one rendered:
    /// `origin[i]` is the line that rendered line `i + 1` comes from, and the other
    /// text has `lines` lines. The reader shows a chapter with the learner's answers
    /// written in, but saves positions in the chapter's own lines.
    #[must_use]
    pub fn with_origin(mut self, origin: &[u32], lines: u32) -> Self {
        let to_origin = |line: u32| {
            usize::try_from(line)
                .ok()
                .and_then(|l| l.checked_sub(1))
                .and_then(|l| origin.get(l))
                .copied()
                .unwrap_or(line)
        };
        for source in &mut self.sources {
            *source = to_origin(*source);
        }
        self.source_lines = lines;
        self
    }

    /// Lays the chapter out for a `width`-column reading area `height` lines tall,
    /// keeping the passage at the top on screen. Does nothing when the width and the
    /// highlighting are what the current layout already has and no fold or quiz
    /// changed; after such a change the top line stays where it was.
    pub fn relayout(&mut self, width: usize, height: usize, theme: &Theme) {
        self.height = height.max(1);
        let width = width.clamp(1, MAX_COLUMN);
        let highlighted = theme.color && self.doc.is_highlighted();
        let resized = width != self.width || highlighted != self.highlighted;
        let wanted = if resized || self.stale {
            let anchor = if resized {
                Some(self.held.take().unwrap_or_else(|| self.anchor()))
            } else {
                None
            };
            // The old lines go before the new ones are made, so the two are never
            // held at once.
            self.rendered = Rendered::default();
            self.rendered = self.lay_out(width, theme);
            self.width = width;
            self.ending_lines = self.ending.lines(width);
            self.highlighted = highlighted;
            self.stale = false;
            let wanted = match (self.pending.take(), anchor) {
                (Some(position), _) => self.line_of_source(position),
                (None, Some(anchor)) => self.line_of_anchor(anchor),
                (None, None) => self.top,
            };
            self.refresh_search();
            self.refresh_focus();
            wanted
        } else {
            self.held
                .take()
                .map_or(self.top, |anchor| self.line_of_anchor(anchor))
        };
        self.top = wanted;
        self.clamp();
        if self.top < wanted {
            self.held = Some(self.anchor_at(wanted));
        }
    }

    /// The chapter laid out with its open folds and its quizzes described.
    fn lay_out(&self, width: usize, theme: &Theme) -> Rendered {
        let cards = |src: &str| {
            self.cards
                .iter()
                .find(|(placed, _)| placed == src)
                .map(|(_, card)| card.clone())
        };
        let options = LayoutOptions {
            unfold: Unfold::Only(&self.open_folds),
            quizzes: Some(&cards),
            quiz_hint: Some(text::QUIZ_PLACE_HINT),
            folded_note: Some(text::FOLDED_NOTE),
        };
        self.doc.render_available_with(width, theme, &options)
    }

    /// The reading position to save: the source line of the block the reader sees at
    /// the top (a blank separator line there belongs to the block below it).
    pub fn position(&self) -> u32 {
        if self.top == 0 {
            0
        } else {
            self.source_of(self.first_text_line(self.top))
        }
    }

    pub fn line_count(&self) -> usize {
        self.rendered.lines.len()
    }

    /// The last line the view may start at: the end-of-chapter note fits on screen.
    pub fn max_top(&self) -> usize {
        let trailer = TRAILER.max(self.ending_lines.len() + 2);
        (self.line_count() + trailer).saturating_sub(self.height)
    }

    pub fn clamp(&mut self) {
        self.top = self.top.min(self.max_top());
        self.hscroll = self.hscroll.min(self.max_hscroll());
    }

    pub fn scroll_by(&mut self, delta: isize) {
        self.held = None;
        self.top = self.top.saturating_add_signed(delta);
        self.clamp();
    }

    pub fn scroll_to(&mut self, line: usize) {
        self.held = None;
        self.top = line;
        self.clamp();
    }

    /// Moves so that `line` is on screen with a little context above it.
    pub fn show_line(&mut self, line: usize) {
        let context = 2.min(self.height.saturating_sub(1) / 2);
        self.scroll_to(line.saturating_sub(context));
    }

    /// How far wide code can scroll sideways: its widest line past the column.
    pub fn max_hscroll(&self) -> usize {
        let visible = self.rendered.lines.iter().skip(self.top).take(self.height);
        visible
            .filter(|l| l.kind() == crate::markdown::LineKind::Code)
            .map(|l| l.width())
            .max()
            .unwrap_or(0)
            .saturating_sub(self.width)
    }

    /// Whether the chapter's last line is on screen.
    pub fn at_end(&self) -> bool {
        self.width > 0 && self.top + self.height >= self.line_count()
    }

    /// The source lines on screen, first and last: every line from the top one's to
    /// the bottom one's, the blank lines between blocks included. The first screen
    /// starts at line 1 (blank lines or a comment above the first block are on it), and
    /// once the chapter's last laid-out line is on screen so are its last source lines,
    /// trailing blank ones included. None before the first layout.
    pub fn on_screen(&self) -> Option<(u32, u32)> {
        if self.width == 0 {
            return None;
        }
        let first = if self.top == 0 {
            1
        } else {
            self.source_of(self.top)
        };
        let last = if self.at_end() {
            self.source_lines
        } else {
            let bottom = (self.top + self.height).min(self.line_count());
            self.source_of(bottom.saturating_sub(1))
        };
        Some((first.min(last), first.max(last)))
    }

    /// Adds what is on screen to the lines seen. Returns true when that just brought
    /// the chapter's last line on screen for the first time or just completed the
    /// chapter: moments worth saving at once.
    pub fn note_seen(&mut self) -> bool {
        let Some((first, last)) = self.on_screen() else {
            return false;
        };
        let lines = self.source_lines.max(1);
        let (had_end, was_read) = (self.seen.contains(lines), self.is_read());
        self.seen.add(first, last);
        (!had_end && self.seen.contains(lines)) || (!was_read && self.is_read())
    }

    /// Whether every source line of the chapter has been on screen.
    pub fn is_read(&self) -> bool {
        self.seen.covers(self.source_lines.max(1))
    }

    /// The share of the chapter's source lines that have been on screen, rounded
    /// down: the figure home, the dashboard and `tutor progress` show, so a jump to the
    /// end does not claim the chapter read.
    pub fn percent(&self) -> usize {
        let lines = self.source_lines.max(1);
        let seen = u64::from(self.seen.count_within(lines));
        usize::try_from(seen * 100 / u64::from(lines)).unwrap_or(100)
    }

    /// Runs the query again over the current layout, staying on the match nearest to
    /// the top line.
    pub fn refresh_search(&mut self) {
        if self.search.query.is_empty() {
            return;
        }
        self.search.matches = search::find(&self.rendered.lines, &self.search.query);
        self.search.current = None;
    }

    /// Searches for `query` and lands on the first match at or below the top line
    /// (else, wrapping, on the first of all). Returns where it landed.
    pub fn search_for(&mut self, query: String) -> Option<Landing> {
        self.search.query = query;
        self.search.matches = search::find(&self.rendered.lines, &self.search.query);
        let landing = self.search.first_from(self.top);
        self.search.current = landing.map(|l| l.index);
        self.land();
        landing
    }

    /// Goes to the next (or previous) match: from the current one while it is on
    /// screen, else from the screen (see [`Search::step`]).
    pub fn step_match(&mut self, forward: bool) -> Option<Landing> {
        let landing = self.search.step(forward, self.top, self.top + self.height);
        self.search.current = landing.map(|l| l.index);
        self.land();
        landing
    }

    fn land(&mut self) {
        if let Some(found) = self.search.current.and_then(|i| self.search.matches.get(i)) {
            let line = found.line;
            self.show_line(line);
        }
    }

    /// The outline entry of the heading at or above the top line.
    pub fn heading_here(&self) -> usize {
        self.rendered
            .heading_lines
            .partition_point(|&line| line <= self.top)
            .saturating_sub(1)
    }

    /// Jumps to heading `index` of the outline.
    pub fn jump_to_heading(&mut self, index: usize) {
        if let Some(&line) = self.rendered.heading_lines.get(index) {
            self.scroll_to(line);
        }
    }

    /// The items of the new layout, and the focus kept on what it rested on while
    /// that is still laid out (a link in a fold just closed is not).
    fn refresh_focus(&mut self) {
        self.items = focus::items(&self.rendered);
        if let Some(target) = &self.focus
            && !self.items.iter().any(|item| &item.target == target)
        {
            self.focus = None;
        }
        self.mark_focus();
    }

    fn mark_focus(&mut self) {
        self.focus_marks = self
            .focus
            .as_ref()
            .map_or_else(Vec::new, |target| focus::marks(&self.rendered, target));
    }

    fn on_screen_line(&self, line: usize) -> bool {
        line >= self.top && line < self.top + self.height
    }

    /// The focused item, when it is on screen.
    pub fn focused(&self) -> Option<&Target> {
        let target = self.focus.as_ref()?;
        let item = self.items.iter().find(|item| &item.target == target)?;
        self.on_screen_line(item.line).then_some(target)
    }

    /// Moves the focus to the next (or previous) item: from the focused one when it
    /// is on screen, else from the screen's first (or last) item, else to the first
    /// item below (or above) the screen, scrolled to. Returns whether it moved.
    pub fn step_focus(&mut self, forward: bool) -> bool {
        let current = self
            .focused()
            .and_then(|target| self.items.iter().position(|item| &item.target == target));
        let bottom = self.top + self.height;
        let next = match (current, forward) {
            (Some(at), true) => Some(at + 1),
            (Some(at), false) => at.checked_sub(1),
            (None, true) => self.items.iter().position(|item| item.line >= self.top),
            (None, false) => self.items.iter().rposition(|item| item.line < bottom),
        };
        let Some(item) = next.and_then(|at| self.items.get(at)) else {
            return false;
        };
        let line = item.line;
        self.focus = Some(item.target.clone());
        self.mark_focus();
        if !self.on_screen_line(line) {
            self.show_line(line);
        }
        true
    }

    /// Opens the fold with this index if it is closed, closes it if open, and lays
    /// the chapter out again with the top line (so the fold's line) where it was.
    pub fn toggle_fold(&mut self, index: usize, theme: &Theme) {
        if let Some(at) = self.open_folds.iter().position(|&open| open == index) {
            self.open_folds.remove(at);
        } else {
            self.open_folds.push(index);
        }
        self.stale = true;
        self.relayout(self.width, self.height, theme);
    }

    /// Where the reader is, to come back to.
    pub fn bookmark(&self) -> Bookmark {
        Bookmark {
            chapter: self.chapter,
            top: self.top,
            width: self.width,
            position: self.position(),
            open_folds: self.open_folds.clone(),
            focus: self.focus.clone(),
        }
    }

    /// Shows the chapter again as `mark` saw it: its folds, its top line (by source
    /// line when the width changed since), its focus.
    pub fn restore(&mut self, mark: &Bookmark, theme: &Theme) {
        if self.open_folds != mark.open_folds {
            self.open_folds.clone_from(&mark.open_folds);
            self.stale = true;
        }
        self.focus.clone_from(&mark.focus);
        if self.width == 0 {
            // Not laid out yet (the window is too small): the first layout goes there.
            self.pending = Some(mark.position);
            return;
        }
        self.relayout(self.width, self.height, theme);
        let top = if mark.width == self.width {
            mark.top
        } else {
            self.line_of_source(mark.position)
        };
        self.scroll_to(top);
        self.refresh_focus();
    }
}
