//! Laid-out lines, stored compactly: the text of every line in one buffer, each span a
//! stretch of it with a style and a link given by index, each line a count of spans.
//!
//! A chapter laid out is tens of thousands of lines, and a wide table in its narrow
//! form a million: a span costs twelve bytes and a line eight, rather than a vector
//! and a string each, so memory follows the text shown. Lines are read back as
//! borrowed [`LineRef`]s and [`SpanRef`]s; nothing here copies text on the way out.
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{LineKind, StyledLine, StyledSpan};

/// Laid-out lines, in order.
#[derive(Clone, Default)]
pub struct Lines {
    text: String,
    spans: Vec<SpanMark>,
    /// One per line.
    marks: Vec<LineMark>,
    styles: Palette,
    /// Link targets: a span's `link` is one more than its index here, 0 for none.
    links: Vec<Box<str>>,
}

/// One span: the text from where the span before it ends to `end`.
#[derive(Debug, Clone, Copy)]
struct SpanMark {
    end: u32,
    link: u32,
    style: u16,
}

/// One line: its spans run from where the line before it ends to `spans_end`.
#[derive(Debug, Clone, Copy)]
struct LineMark {
    spans_end: u32,
    kind: LineKind,
    /// The column a code line's code starts at, after its prefix and gutter.
    code_start: u16,
}

/// A laid-out line, borrowed from its [`Lines`].
#[derive(Clone, Copy)]
pub struct LineRef<'a> {
    lines: &'a Lines,
    spans: (usize, usize),
    text_start: usize,
    kind: LineKind,
    code_start: usize,
}

/// A span of a laid-out line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanRef<'a> {
    pub text: &'a str,
    pub style: Style,
    /// Target of a hyperlink covering this span.
    pub link: Option<&'a str>,
}

/// New spans for the end of a line, over the text it already has (code coloured once
/// its highlighting is done).
pub(crate) struct Restyle {
    pub line: usize,
    /// The spans kept: the line's first `at`.
    pub at: usize,
    /// The new spans after those: each a length in bytes and a style.
    pub parts: Vec<(usize, Style)>,
}

impl Lines {
    pub fn len(&self) -> usize {
        self.marks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<LineRef<'_>> {
        (index < self.len()).then(|| self.line(index))
    }

    pub fn iter(&self) -> Iter<'_> {
        Iter {
            lines: self,
            rest: 0..self.len(),
        }
    }

    /// Line `index`, which exists.
    fn line(&self, index: usize) -> LineRef<'_> {
        let first = index
            .checked_sub(1)
            .and_then(|before| self.marks.get(before))
            .map_or(0, |m| to_index(m.spans_end));
        let mark = self.marks[index];
        LineRef {
            lines: self,
            spans: (first, to_index(mark.spans_end)),
            text_start: self.span_start(first),
            kind: mark.kind,
            code_start: usize::from(mark.code_start),
        }
    }

    /// Every line as an owned [`StyledLine`].
    pub fn to_styled(&self) -> Vec<StyledLine> {
        self.iter().map(|line| line.to_styled()).collect()
    }

    /// The bytes of memory the lines hold: their buffers as allocated.
    pub fn heap_bytes(&self) -> usize {
        let links: usize = self.links.iter().map(|l| l.len()).sum();
        self.text.capacity()
            + self.spans.capacity() * size_of::<SpanMark>()
            + self.marks.capacity() * size_of::<LineMark>()
            + self.styles.heap_bytes()
            + self.links.capacity() * size_of::<Box<str>>()
            + links
    }

    /// Gives back what the buffers hold beyond the lines: done once they are laid out.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.spans.shrink_to_fit();
        self.marks.shrink_to_fit();
    }

    /// Where span `index` starts in the text.
    fn span_start(&self, index: usize) -> usize {
        index
            .checked_sub(1)
            .and_then(|before| self.spans.get(before))
            .map_or(0, |s| to_index(s.end))
    }

    /// Adds a line of `spans`.
    pub(crate) fn push<'s>(
        &mut self,
        spans: impl IntoIterator<Item = &'s StyledSpan>,
        kind: LineKind,
    ) {
        for span in spans {
            self.push_span(&span.text, span.style, span.link.as_deref());
        }
        self.end_line(kind);
    }

    /// Adds a span to the line being built.
    pub(crate) fn push_span(&mut self, text: &str, style: Style, link: Option<&str>) {
        // Offsets are 32 bits: text past 4 GiB is left out rather than misplaced.
        if u32::try_from(self.text.len() + text.len()).is_ok() {
            self.text.push_str(text);
        }
        let style = self.styles.id(style);
        let link = match link {
            None => 0,
            Some(url) if self.links.last().is_some_and(|last| **last == *url) => self.links.len(),
            Some(url) => {
                self.links.push(url.into());
                self.links.len()
            }
        };
        self.spans.push(SpanMark {
            end: offset(self.text.len()),
            link: offset(link),
            style,
        });
    }

    /// Ends the line being built: the spans pushed since the last line are its own.
    pub(crate) fn end_line(&mut self, kind: LineKind) {
        self.marks.push(LineMark {
            spans_end: offset(self.spans.len()),
            kind,
            code_start: 0,
        });
    }

    /// Ends a line of code whose code starts at column `code_start` (past 65,535
    /// columns of prefix, at that).
    pub(crate) fn end_code_line(&mut self, code_start: usize) {
        self.marks.push(LineMark {
            spans_end: offset(self.spans.len()),
            kind: LineKind::Code,
            code_start: u16::try_from(code_start).unwrap_or(u16::MAX),
        });
    }

    /// Removes the spaces that end the last line, and the spans they empty.
    pub(crate) fn trim_last(&mut self) {
        let Some(last) = self.marks.len().checked_sub(1) else {
            return;
        };
        // The line's own spans: those after the line before it.
        let first = last
            .checked_sub(1)
            .and_then(|before| self.marks.get(before))
            .map_or(0, |m| to_index(m.spans_end));
        while self.spans.len() > first {
            let start = self.span_start(self.spans.len() - 1);
            let kept = self
                .text
                .get(start..)
                .map_or(0, |t| t.trim_end_matches(' ').len());
            if kept > 0 {
                self.text.truncate(start + kept);
                if let Some(span) = self.spans.last_mut() {
                    span.end = offset(self.text.len());
                }
                break;
            }
            self.text.truncate(start);
            self.spans.pop();
        }
        let spans_end = offset(self.spans.len());
        if let Some(last) = self.marks.last_mut() {
            last.spans_end = spans_end;
        }
    }

    /// Gives lines new spans over the same text; `edits` are in line order. An edit
    /// whose parts do not cover the rest of its line exactly changes nothing.
    pub(crate) fn restyle(&mut self, edits: Vec<Restyle>) {
        if edits.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.spans);
        let mut spans =
            Vec::with_capacity(old.len() + edits.iter().map(|e| e.parts.len()).sum::<usize>());
        let mut edits = edits.into_iter().peekable();
        let mut first = 0;
        for (index, line) in self.marks.iter_mut().enumerate() {
            let end = to_index(line.spans_end).min(old.len());
            let own = old.get(first..end).unwrap_or_default();
            let start_of = |at: usize| {
                (first + at)
                    .checked_sub(1)
                    .and_then(|before| old.get(before))
                    .map_or(0, |s| to_index(s.end))
            };
            let edit = edits.next_if(|e| e.line == index);
            let fits = edit.as_ref().filter(|e| {
                let covered: usize = e.parts.iter().map(|(len, _)| len).sum();
                e.at <= own.len() && start_of(e.at) + covered == start_of(own.len())
            });
            if let Some(edit) = fits {
                spans.extend_from_slice(&own[..edit.at]);
                let mut at = start_of(edit.at);
                for &(len, style) in &edit.parts {
                    at += len;
                    spans.push(SpanMark {
                        end: offset(at),
                        link: 0,
                        style: self.styles.id(style),
                    });
                }
            } else {
                spans.extend_from_slice(own);
            }
            first = end;
            line.spans_end = offset(spans.len());
        }
        spans.shrink_to_fit();
        self.spans = spans;
    }

    fn span(&self, index: usize) -> Option<SpanRef<'_>> {
        let mark = self.spans.get(index)?;
        let text = self.text.get(self.span_start(index)..to_index(mark.end));
        let link = usize::try_from(mark.link)
            .ok()
            .and_then(|l| l.checked_sub(1));
        Some(SpanRef {
            text: text.unwrap_or_default(),
            style: self.styles.style(mark.style),
            link: link.and_then(|l| self.links.get(l)).map(|l| &**l),
        })
    }
}

/// Every style the lines use, each once: spans name theirs by index.
#[derive(Clone, Default)]
struct Palette {
    styles: Vec<Style>,
    ids: HashMap<Style, u16, BuildHasherDefault<StyleHasher>>,
    /// The style last looked up: a line's spans often repeat the one before.
    last: Option<(Style, u16)>,
}

impl Palette {
    /// The index of `style`, added if new. Past 65,536 styles the last one stands in
    /// (a document has a few dozen).
    fn id(&mut self, style: Style) -> u16 {
        if let Some((_, id)) = self.last.filter(|(last, _)| *last == style) {
            return id;
        }
        let id = if let Some(&id) = self.ids.get(&style) {
            id
        } else {
            let Ok(id) = u16::try_from(self.styles.len()) else {
                return u16::MAX;
            };
            self.styles.push(style);
            self.ids.insert(style, id);
            id
        };
        self.last = Some((style, id));
        id
    }

    fn style(&self, id: u16) -> Style {
        self.styles
            .get(usize::from(id))
            .copied()
            .unwrap_or_default()
    }

    fn heap_bytes(&self) -> usize {
        self.styles.capacity() * size_of::<Style>()
            + self.ids.capacity() * (size_of::<Style>() + size_of::<u16>())
    }
}

/// A quick hash for styles: they come from the theme and the highlighter, never from
/// the document, so the standard hasher's guard against chosen keys buys nothing here
/// and cost a good share of laying a page out.
#[derive(Default)]
struct StyleHasher(u64);

impl Hasher for StyleHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(5) ^ value).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u8(&mut self, value: u8) {
        self.write_u64(u64::from(value));
    }

    fn write_u16(&mut self, value: u16) {
        self.write_u64(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.write_u64(u64::from(value));
    }

    fn write_usize(&mut self, value: usize) {
        self.write_u64(value as u64);
    }
}

fn offset(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

fn to_index(offset: u32) -> usize {
    usize::try_from(offset).unwrap_or(usize::MAX)
}

impl<'a> LineRef<'a> {
    pub fn kind(&self) -> LineKind {
        self.kind
    }

    /// For a code line, the display column its code starts at: what comes before
    /// (list or quote prefix, the gutter) stays put when code scrolls sideways. 0 for
    /// a line of text.
    pub fn code_start(&self) -> usize {
        self.code_start
    }

    pub fn spans(&self) -> impl DoubleEndedIterator<Item = SpanRef<'a>> + use<'a> {
        let lines = self.lines;
        (self.spans.0..self.spans.1).filter_map(move |index| lines.span(index))
    }

    /// The line's text without styles.
    pub fn text(&self) -> &'a str {
        let end = self.lines.span_start(self.spans.1);
        self.lines
            .text
            .get(self.text_start..end)
            .unwrap_or_default()
    }

    /// The line's text as an owned string.
    pub fn plain(&self) -> String {
        self.text().to_owned()
    }

    /// Display width in terminal columns (as [`StyledLine::width`] counts it).
    pub fn width(&self) -> usize {
        self.spans().map(|s| s.text.width()).sum()
    }

    pub fn to_styled(&self) -> StyledLine {
        StyledLine {
            spans: self.spans().map(StyledSpan::from).collect(),
            kind: self.kind,
        }
    }

    /// The line for ratatui, borrowing its text.
    pub fn to_line(&self) -> Line<'a> {
        Line::from(
            self.spans()
                .map(|s| Span::styled(s.text, s.style))
                .collect::<Vec<_>>(),
        )
    }
}

impl From<SpanRef<'_>> for StyledSpan {
    fn from(span: SpanRef<'_>) -> Self {
        StyledSpan {
            text: span.text.to_owned(),
            style: span.style,
            link: span.link.map(str::to_owned),
        }
    }
}

impl<'a> From<&'a StyledSpan> for SpanRef<'a> {
    fn from(span: &'a StyledSpan) -> Self {
        SpanRef {
            text: &span.text,
            style: span.style,
            link: span.link.as_deref(),
        }
    }
}

/// The lines of a [`Lines`], in order.
#[derive(Clone)]
pub struct Iter<'a> {
    lines: &'a Lines,
    rest: Range<usize>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = LineRef<'a>;

    fn next(&mut self) -> Option<LineRef<'a>> {
        self.rest.next().map(|index| self.lines.line(index))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.rest.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<LineRef<'a>> {
        self.rest.nth(n).map(|index| self.lines.line(index))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.rest.next_back().map(|index| self.lines.line(index))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Lines {
    type Item = LineRef<'a>;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl PartialEq for Lines {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl PartialEq for LineRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind && self.spans().eq(other.spans())
    }
}

impl fmt::Debug for LineRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Line")
            .field("spans", &self.spans().collect::<Vec<_>>())
            .field("kind", &self.kind)
            .finish()
    }
}

impl fmt::Debug for Lines {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests;
