//! Laying out the blocks books add: alerts (`> [!NOTE]`) as quotes titled and
//! coloured by kind, definition lists as bold terms over indented definitions,
//! `details` folds (closed unless the layout options open them), the Rust Book's
//! listings with their file name and caption, and quiz places as one framed line.
//!
//! Without colour every marker still reads: the alert's kind is a word, a closed fold
//! says `(folded)`, a quiz says `Quiz:`. A closed fold's headings report the line of
//! its summary, so heading lines stay in step with the document's headings.
use ratatui::style::Style;

use super::{Layouter, QUOTE_BAR};
use crate::markdown::document::{Block, CalloutKind, Definition, Flags, Fold, Listing, Run};
use crate::markdown::places::{FoldLine, QuizLine, heading_count};
use crate::markdown::text::{clean_inline, spaces};
use crate::markdown::wrap::wrap;
use crate::theme::Theme;

/// In front of a fold's summary, closed and open; its content is indented as far.
const FOLDED: &str = "▸ ";
const UNFOLDED: &str = "▾ ";
/// Said after a closed fold's summary, unless the layout options say otherwise.
const FOLDED_NOTE: &str = "(folded)";
/// The indent of a definition under its term.
const DEFINITION_INDENT: usize = 4;
/// The frame left of a quiz place.
const QUIZ_BAR: &str = "┃ ";

impl Layouter<'_> {
    pub(super) fn callout(&mut self, kind: CalloutKind, blocks: &[Block]) {
        let colour = callout_style(self.theme, kind);
        let bar = self.theme.quote_bar.patch(colour);
        self.push_segment(vec![(QUOTE_BAR.to_owned(), bar)], QUOTE_BAR.to_owned(), bar);
        let label = [Run::new(kind.label(), Flags::default(), None)];
        let style = self.theme.text.patch(self.theme.strong).patch(colour);
        let lines = wrap(&label, self.available(), style, self.theme);
        self.emit_all(lines);
        self.blocks(blocks, false, false);
        self.prefix.pop();
    }

    pub(super) fn definitions(&mut self, parts: &[Definition]) {
        let indent = spaces(DEFINITION_INDENT);
        let mut previous: Option<&Definition> = None;
        for part in parts {
            match part {
                Definition::Term(runs) => {
                    if previous.is_some() {
                        self.blank();
                    }
                    let style = self.theme.text.patch(self.theme.strong);
                    let lines = wrap(runs, self.available(), style, self.theme);
                    self.emit_all(lines);
                }
                Definition::Meaning(blocks) => {
                    if matches!(previous, Some(Definition::Meaning(_))) {
                        self.blank();
                    }
                    let text = self.theme.text;
                    self.push_segment(vec![(indent.clone(), text)], indent.clone(), text);
                    self.blocks(blocks, false, false);
                    self.prefix.pop();
                }
            }
            previous = Some(part);
        }
    }

    pub(super) fn fold(&mut self, fold: &Fold) {
        let open = self.options.unfold.is_open(fold.index);
        let line = self.out.lines.len();
        self.out.folds.push(FoldLine {
            index: fold.index,
            line,
            open,
        });
        let marker = if open { UNFOLDED } else { FOLDED };
        let first = vec![(marker.to_owned(), self.theme.list_marker)];
        self.push_segment(first, spaces(super::text_width(marker)), self.theme.text);
        let style = self.theme.text.patch(self.theme.strong);
        if open {
            let lines = wrap(&fold.summary, self.available(), style, self.theme);
            self.emit_all(lines);
            self.blocks(&fold.blocks, false, false);
        } else {
            let mut summary = fold.summary.clone();
            let note = self
                .options
                .folded_note
                .map_or(FOLDED_NOTE.into(), clean_inline);
            summary.push(Run::new(format!(" {note}"), Flags::ADDRESS, None));
            let lines = wrap(&summary, self.available(), style, self.theme);
            self.emit_all(lines);
            // Its headings are where the fold is, for the outline to go to.
            let hidden = heading_count(&fold.blocks);
            self.out
                .heading_lines
                .extend(std::iter::repeat_n(line, hidden));
        }
        self.prefix.pop();
    }

    pub(super) fn listing(&mut self, listing: &Listing) {
        if let Some(file_name) = &listing.file_name {
            let runs = [
                Run::new("Filename: ", Flags::MARKER, None),
                Run::new(file_name.as_str(), Flags::CODE, None),
            ];
            let lines = wrap(&runs, self.available(), self.theme.text, self.theme);
            self.emit_all(lines);
        }
        self.blocks(&listing.blocks, true, false);
        if !listing.caption.is_empty() {
            let lines = wrap(
                &listing.caption,
                self.available(),
                self.theme.text,
                self.theme,
            );
            self.emit_all(lines);
        }
    }

    pub(super) fn quiz(&mut self, src: &str) {
        self.out.quizzes.push(QuizLine {
            line: self.out.lines.len(),
            src: src.to_owned(),
        });
        let mut runs = vec![Run::new("Quiz: ", Flags::STRONG, None)];
        match self.options.quizzes.and_then(|quizzes| quizzes(src)) {
            Some(card) => {
                runs.push(Run::new(clean_inline(&card.title), Flags::STRONG, None));
                let plural = if card.questions == 1 { "" } else { "s" };
                let mut about = format!(" · {} question{plural}", card.questions);
                if let Some(state) = card.state.filter(|state| !state.trim().is_empty()) {
                    about.push_str(" · ");
                    about.push_str(&clean_inline(&state));
                }
                runs.push(Run::new(about, Flags::default(), None));
            }
            None => runs.push(Run::new(src, Flags::default(), None)),
        }
        if let Some(hint) = self.options.quiz_hint {
            runs.push(Run::new(
                format!(" — {}", clean_inline(hint)),
                Flags::ADDRESS,
                None,
            ));
        }
        let bar = self.theme.list_marker;
        self.push_segment(vec![(QUIZ_BAR.to_owned(), bar)], QUIZ_BAR.to_owned(), bar);
        let lines = wrap(&runs, self.available(), self.theme.text, self.theme);
        self.emit_all(lines);
        self.prefix.pop();
    }
}

/// The colour of an alert of `kind`: its bar and its title.
fn callout_style(theme: &Theme, kind: CalloutKind) -> Style {
    match kind {
        CalloutKind::Note => theme.note,
        CalloutKind::Tip => theme.tip,
        CalloutKind::Important => theme.important,
        CalloutKind::Warning => theme.warning,
        CalloutKind::Caution => theme.caution,
    }
}

#[cfg(test)]
mod tests;
