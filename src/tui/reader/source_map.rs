//! Where the reader is, two ways: laid-out lines (what the screen needs) and the
//! chapter's source lines (what is saved, because it survives a change of width). This
//! module owns the mapping between them, block by block, and the anchor a re-layout
//! keeps on screen. Pure arithmetic on the layout; nothing here draws or saves.
use super::Reader;

impl Reader {
    /// The top-level block under the top line, and how far into it (as a fraction of
    /// its length) the top line is.
    pub(super) fn anchor(&self) -> (usize, usize, usize) {
        self.anchor_at(self.top)
    }

    pub(super) fn anchor_at(&self, line: usize) -> (usize, usize, usize) {
        let top = self.first_text_line(line);
        let block = self.block_at(top);
        let (start, len) = self.block_span(block);
        (block, top.saturating_sub(start), len)
    }

    /// `line`, or the first line after it with text when it is one of the blank lines
    /// that end a block: the passage the reader actually sees at the top.
    pub(super) fn first_text_line(&self, line: usize) -> usize {
        let lines = &self.rendered.lines;
        (line..lines.len().min(line + 3))
            .find(|&l| lines.get(l).is_some_and(|l| !l.text().trim().is_empty()))
            .unwrap_or(line)
    }

    pub(super) fn line_of_anchor(&self, (block, offset, len): (usize, usize, usize)) -> usize {
        let (start, new_len) = self.block_span(block);
        let scaled = offset.saturating_mul(new_len) / len.max(1);
        start + scaled.min(new_len.saturating_sub(1))
    }

    pub(super) fn block_at(&self, line: usize) -> usize {
        self.rendered
            .block_lines
            .partition_point(|&start| start <= line)
            .saturating_sub(1)
    }

    pub(super) fn block_span(&self, block: usize) -> (usize, usize) {
        let lines = &self.rendered.block_lines;
        let Some(&start) = lines.get(block) else {
            return (0, self.rendered.lines.len());
        };
        let end = lines
            .get(block + 1)
            .copied()
            .unwrap_or(self.rendered.lines.len());
        (start, end.saturating_sub(start))
    }

    /// The laid-out line showing source line `position`: the start of the block that
    /// holds it, plus the same share of that block's laid-out lines as the position is
    /// of its source lines (exact for code, whose lines map one to one).
    pub fn line_of_source(&self, position: u32) -> usize {
        if position == 0 || self.sources.is_empty() {
            return 0;
        }
        let block = self
            .sources
            .partition_point(|&line| line <= position)
            .saturating_sub(1);
        let (source_start, source_len) = self.source_span(block);
        let (start, len) = self.block_span(block);
        let into = usize::try_from(position.saturating_sub(source_start)).unwrap_or(usize::MAX);
        let scaled = into.saturating_mul(len) / source_len.max(1);
        start + scaled.min(len.saturating_sub(1))
    }

    /// The source line shown at laid-out line `line` (1-based; 0 for none): the inverse
    /// of [`line_of_source`](Self::line_of_source).
    pub fn source_of(&self, line: usize) -> u32 {
        if self.rendered.block_lines.is_empty() || self.sources.is_empty() {
            return 0;
        }
        let block = self.block_at(line);
        let (source_start, source_len) = self.source_span(block);
        let (start, len) = self.block_span(block);
        let into = line.saturating_sub(start).saturating_mul(source_len) / len.max(1);
        let into = u32::try_from(into.min(source_len.saturating_sub(1))).unwrap_or(0);
        source_start.saturating_add(into)
    }

    /// The first source line of a block and how many source lines it spans up to the
    /// next block (blank lines included).
    pub(super) fn source_span(&self, block: usize) -> (u32, usize) {
        let start = self.sources.get(block).copied().unwrap_or(1);
        let end = self
            .sources
            .get(block + 1)
            .copied()
            .unwrap_or(self.source_lines.saturating_add(1));
        (
            start,
            usize::try_from(end.saturating_sub(start))
                .unwrap_or(1)
                .max(1),
        )
    }
}
