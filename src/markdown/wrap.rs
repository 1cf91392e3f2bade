//! Greedy word wrapping of inline runs by display width.
//!
//! Lines break at whitespace and between wide (CJK) characters; a word wider than the
//! line is broken between grapheme clusters, never inside one. Whitespace collapses to
//! one space and never ends a line. ASCII runs take a fast path that skips grapheme
//! segmentation, since they are most of any document.
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;

use super::StyledSpan;
use super::document::Inline;
use super::marks;
pub(crate) use super::styled::{Wrapped, run_style};
use super::text::width;
use crate::theme::Theme;

/// Stands in for a character wider than the whole line (a CJK character at width 1).
const TOO_WIDE: &str = "…";

/// Wraps `runs` into lines of at most `width` columns (at least 1 is assumed). Without
/// colour, inline code is fenced with backticks ([`marks`]).
pub(crate) fn wrap<R: Inline>(
    runs: &[R],
    width: usize,
    base: Style,
    theme: &Theme,
) -> Vec<Wrapped> {
    if marks::wanted(theme, runs) {
        return wrap_runs(&marks::fence_code(runs), width, base, theme);
    }
    wrap_runs(runs, width, base, theme)
}

fn wrap_runs<R: Inline>(runs: &[R], width: usize, base: Style, theme: &Theme) -> Vec<Wrapped> {
    let mut wrapper = Wrapper {
        runs,
        width: width.max(1),
        styles: runs
            .iter()
            .map(|r| run_style(theme, base, r.flags()))
            .collect(),
        lines: Vec::new(),
        line: Wrapped::default(),
        last_run: None,
        word: Vec::new(),
        word_width: 0,
        text: String::new(),
        gap: None,
        word_gap: None,
    };
    for (index, run) in runs.iter().enumerate() {
        if run.is_break() {
            wrapper.place_word();
            wrapper.new_line();
            wrapper.gap = None;
        } else if run.text().is_ascii() {
            wrapper.scan_ascii(index, run.text());
        } else {
            wrapper.scan_unicode(index, run.text());
        }
    }
    wrapper.place_word();
    if !wrapper.line.spans.is_empty() {
        wrapper.lines.push(wrapper.line);
    }
    wrapper.lines
}

/// A part of a word: bytes `start..end` of run `run`, found at byte `offset` of the
/// word's text.
#[derive(Debug, Clone, Copy)]
struct Piece {
    run: usize,
    start: usize,
    end: usize,
    offset: usize,
}

struct Wrapper<'a, R> {
    runs: &'a [R],
    width: usize,
    styles: Vec<Style>,
    lines: Vec<Wrapped>,
    line: Wrapped,
    /// The run the line's last span came from, so its text can be appended to.
    last_run: Option<usize>,
    word: Vec<Piece>,
    word_width: usize,
    /// Scratch space for the text of the word being placed.
    text: String,
    /// Whitespace seen since the last word: the run whose style the space takes.
    gap: Option<usize>,
    /// The whitespace before the word being collected.
    word_gap: Option<usize>,
}

impl<R: Inline> Wrapper<'_, R> {
    fn scan_ascii(&mut self, run: usize, text: &str) {
        let mut start = None;
        for (at, byte) in text.bytes().enumerate() {
            if byte.is_ascii_whitespace() {
                if let Some(from) = start.take() {
                    self.piece(run, from, at, at - from);
                }
                self.space(run);
            } else if start.is_none() {
                start = Some(at);
            }
        }
        if let Some(from) = start {
            self.piece(run, from, text.len(), text.len() - from);
        }
    }

    fn scan_unicode(&mut self, run: usize, text: &str) {
        let mut start: Option<(usize, usize)> = None;
        for (at, grapheme) in text.grapheme_indices(true) {
            let end = at + grapheme.len();
            if is_break_space(grapheme) {
                if let Some((from, w)) = start.take() {
                    self.piece(run, from, at, w);
                }
                self.space(run);
                continue;
            }
            let w = width(grapheme);
            if w >= 2 {
                // Wide characters stand alone so a line may break on either side.
                if let Some((from, pw)) = start.take() {
                    self.piece(run, from, at, pw);
                }
                self.glue();
                self.piece(run, at, end, w);
                self.glue();
            } else {
                let (from, pw) = start.unwrap_or((at, 0));
                start = Some((from, pw + w));
            }
        }
        if let Some((from, w)) = start {
            self.piece(run, from, text.len(), w);
        }
    }

    fn piece(&mut self, run: usize, start: usize, end: usize, width: usize) {
        if self.word.is_empty() {
            self.word_gap = self.gap.take();
        }
        let offset = self.word.last().map_or(0, |p| p.offset + p.end - p.start);
        self.word.push(Piece {
            run,
            start,
            end,
            offset,
        });
        self.word_width += width;
    }

    fn space(&mut self, run: usize) {
        self.place_word();
        self.gap.get_or_insert(run);
    }

    /// A break opportunity without a space (between CJK characters).
    fn glue(&mut self) {
        self.place_word();
    }

    fn has_content(&self) -> bool {
        !self.line.spans.is_empty()
    }

    fn place_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let word = std::mem::take(&mut self.word);
        let mut word_width = std::mem::replace(&mut self.word_width, 0);
        if word.len() > 1 {
            // Measured whole: a character joining the piece before it (a variation
            // selector after a styled run, say) can change that grapheme's width.
            self.text.clear();
            for piece in &word {
                self.text
                    .push_str(&self.runs[piece.run].text()[piece.start..piece.end]);
            }
            word_width = width(&self.text);
        }
        let space = self.word_gap.take().filter(|_| self.has_content());
        let needed = word_width + usize::from(space.is_some());
        if self.line.width + needed <= self.width {
            if let Some(run) = space {
                self.push(run, " ", 1);
            }
            self.push_range(&word, 0, usize::MAX, word_width);
        } else if word_width <= self.width {
            self.new_line();
            self.push_range(&word, 0, usize::MAX, word_width);
        } else {
            if self.has_content() {
                self.new_line();
            }
            if word.len() == 1 {
                let piece = word[0];
                self.text.clear();
                self.text
                    .push_str(&self.runs[piece.run].text()[piece.start..piece.end]);
            }
            self.break_word(&word);
        }
        self.word = word;
        self.word.clear();
    }

    /// Lays out a word wider than the line (its text in `self.text`), one grapheme
    /// cluster at a time.
    fn break_word(&mut self, word: &[Piece]) {
        let text = std::mem::take(&mut self.text);
        let mut chunk_start = 0;
        let mut chunk_width = 0;
        // The end of the chunk's last hyphen and the chunk's width up to it: a nicer
        // place to break than wherever the line happens to fill up.
        let mut hyphen: Option<(usize, usize)> = None;
        let mut after_letter = false;
        for (at, grapheme) in text.grapheme_indices(true) {
            let w = if grapheme.is_ascii() {
                grapheme.len()
            } else {
                width(grapheme)
            };
            if self.line.width + chunk_width + w > self.width
                && (self.has_content() || chunk_width > 0)
            {
                let (end, end_width) = hyphen.take().unwrap_or((at, chunk_width));
                self.push_range(word, chunk_start, end, end_width);
                self.new_line();
                chunk_start = end;
                chunk_width -= end_width;
            }
            if grapheme == "-" && after_letter && at > chunk_start {
                hyphen = Some((at + 1, chunk_width + 1));
            }
            after_letter = grapheme.chars().all(char::is_alphanumeric);
            if w > self.width {
                self.push_range(word, chunk_start, at, chunk_width);
                let holding = word.partition_point(|p| p.offset <= at);
                let run = word.get(holding.wrapping_sub(1)).map_or(0, |p| p.run);
                self.push(run, TOO_WIDE, 1);
                chunk_start = at + grapheme.len();
                chunk_width = 0;
                hyphen = None;
            } else {
                chunk_width += w;
            }
        }
        self.push_range(word, chunk_start, text.len(), chunk_width);
        self.text = text;
    }

    /// Pushes bytes `start..end` of the word's text (its pieces laid end to end),
    /// `width` columns wide, span by span.
    fn push_range(&mut self, word: &[Piece], start: usize, end: usize, width: usize) {
        let mut width = width;
        // Only the pieces from the one holding `start` on: a word of a hundred
        // thousand runs broken into lines must not walk all of them for every line.
        let first = word.partition_point(|p| p.offset + (p.end - p.start) <= start);
        for piece in &word[first..] {
            if piece.offset >= end {
                break;
            }
            let len = piece.end - piece.start;
            let from = start.max(piece.offset);
            let to = end.min(piece.offset + len);
            if from >= to {
                continue;
            }
            let (first, last) = (
                piece.start + from - piece.offset,
                piece.start + to - piece.offset,
            );
            let text = &self.runs[piece.run].text()[first..last];
            self.push(piece.run, text, width);
            width = 0;
        }
        self.line.width += width;
    }

    fn push(&mut self, run: usize, text: &str, width: usize) {
        if text.is_empty() {
            return;
        }
        self.line.width += width;
        let style = self.styles[run];
        let link = self.runs[run].link().map(|l| &**l);
        if let Some(last) = self.line.spans.last_mut() {
            let same =
                self.last_run == Some(run) || (last.style == style && last.link.as_deref() == link);
            if same {
                last.text.push_str(text);
                return;
            }
        }
        self.last_run = Some(run);
        self.line.spans.push(StyledSpan {
            text: text.to_owned(),
            style,
            link: link.map(str::to_owned),
        });
    }

    fn new_line(&mut self) {
        self.lines.push(std::mem::take(&mut self.line));
        self.last_run = None;
    }
}

/// Whitespace a line may break at; no-break spaces are not.
fn is_break_space(grapheme: &str) -> bool {
    let mut chars = grapheme.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}'),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
