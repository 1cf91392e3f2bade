//! A GFM table's cells, kept compactly: the text of every cell in one buffer and every
//! run in one list, so a table of a million cells costs a handful of allocations
//! rather than a few million small ones.
//!
//! Cells are read back as borrowed [`CellText`] runs, which layout wraps like any
//! other inline text; nothing here copies a cell's text once it is stored. Every row
//! has exactly one cell per column, the header row first.
use std::sync::Arc;

use super::document::{Align, Flags, Inline, Run};

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Table {
    /// One per column.
    pub aligns: Vec<Align>,
    /// The text of every run of every cell, one after the other.
    text: String,
    runs: Vec<StoredRun>,
    /// Where each cell's runs start in `runs`, then one past the last run.
    cells: Vec<u32>,
    /// Link targets: a run's `link` is one more than its index here, 0 for none.
    links: Vec<Arc<str>>,
}

/// A run of a cell, its text the bytes of the table's text from where the run before
/// it ends to `end`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StoredRun {
    end: u32,
    link: u32,
    flags: Flags,
}

/// A run of a cell, borrowed from its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CellText<'a> {
    pub text: &'a str,
    pub flags: Flags,
    pub link: Option<&'a Arc<str>>,
}

impl Inline for CellText<'_> {
    fn text(&self) -> &str {
        self.text
    }

    fn flags(&self) -> Flags {
        self.flags
    }

    fn link(&self) -> Option<&Arc<str>> {
        self.link
    }
}

impl Default for Table {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl Table {
    pub fn new(aligns: Vec<Align>) -> Self {
        Self {
            aligns,
            text: String::new(),
            runs: Vec::new(),
            cells: vec![0],
            links: Vec::new(),
        }
    }

    pub fn columns(&self) -> usize {
        self.aligns.len()
    }

    /// The number of rows, the header row included.
    pub fn rows(&self) -> usize {
        self.cell_count() / self.columns().max(1)
    }

    /// The number of cells stored so far.
    pub fn cell_count(&self) -> usize {
        self.cells.len().saturating_sub(1)
    }

    /// The runs of the cell in `column` of `row` (row 0 is the header); none for a
    /// cell that does not exist.
    pub fn cell(&self, row: usize, column: usize) -> impl Iterator<Item = CellText<'_>> {
        let index = (column < self.columns()).then(|| row * self.columns() + column);
        let bounds = index.and_then(|i| Some((*self.cells.get(i)?, *self.cells.get(i + 1)?)));
        let (first, last) = bounds.map_or((0, 0), |(a, b)| (to_index(a), to_index(b)));
        (first..last).filter_map(move |run| self.run(run))
    }

    fn run(&self, index: usize) -> Option<CellText<'_>> {
        let stored = self.runs.get(index)?;
        let start = index
            .checked_sub(1)
            .and_then(|before| self.runs.get(before))
            .map_or(0, |r| to_index(r.end));
        let link = to_index(stored.link).checked_sub(1);
        Some(CellText {
            text: self
                .text
                .get(start..to_index(stored.end))
                .unwrap_or_default(),
            flags: stored.flags,
            link: link.and_then(|l| self.links.get(l)),
        })
    }

    /// Adds a cell to the row being built.
    pub fn push_cell(&mut self, runs: Vec<Run>) {
        for run in runs {
            // The offsets are 32 bits: chapters are capped far below 4 GiB, and text
            // past that would only be left out, never misplaced.
            if u32::try_from(self.text.len() + run.text.len()).is_ok() {
                self.text.push_str(&run.text);
            }
            let link = match run.link {
                None => 0,
                // The runs of one link follow each other: they share its entry.
                Some(url)
                    if self
                        .links
                        .last()
                        .is_some_and(|last| Arc::ptr_eq(last, &url)) =>
                {
                    self.links.len()
                }
                Some(url) => {
                    self.links.push(url);
                    self.links.len()
                }
            };
            self.runs.push(StoredRun {
                end: offset(self.text.len()),
                link: offset(link),
                flags: run.flags,
            });
        }
        self.cells.push(offset(self.runs.len()));
    }

    /// Ends a row that began after `first` cells: makes it one cell per column, empty
    /// cells added or extra ones dropped. The header row, ending first, decides the
    /// number of columns when it has more cells than there are alignments.
    pub fn end_row(&mut self, first: usize) {
        let cells = self.cell_count().saturating_sub(first);
        if first == 0 && cells > self.columns() {
            self.aligns.resize(cells, Align::Left);
        }
        if self.aligns.is_empty() {
            self.aligns.push(Align::Left);
        }
        let wanted = first + self.columns();
        if self.cell_count() > wanted {
            self.truncate(wanted);
        }
        while self.cell_count() < wanted {
            self.push_cell(Vec::new());
        }
    }

    /// Keeps only the first `cells` cells.
    pub fn truncate(&mut self, cells: usize) {
        if cells >= self.cell_count() {
            return;
        }
        let Some(&runs) = self.cells.get(cells) else {
            return;
        };
        self.cells.truncate(cells + 1);
        self.runs.truncate(to_index(runs));
        let end = self.runs.last().map_or(0, |r| to_index(r.end));
        self.text.truncate(end);
        // Links of the cells dropped stay: finding the last one still used would mean
        // a search back through the runs.
    }

    /// Gives back what the buffers hold beyond the cells: done once the table ends.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.runs.shrink_to_fit();
        self.cells.shrink_to_fit();
        self.links.shrink_to_fit();
    }

    /// Bytes held on the heap, for callers that bound memory.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.runs.capacity() * size_of::<StoredRun>()
            + self.cells.capacity() * size_of::<u32>()
            + self.aligns.capacity() * size_of::<Align>()
            + self.links.capacity() * size_of::<Arc<str>>()
    }
}

fn offset(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

fn to_index(offset: u32) -> usize {
    usize::try_from(offset).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str) -> Vec<Run> {
        vec![Run::new(text, Flags::default(), None)]
    }

    fn texts(table: &Table, row: usize) -> Vec<String> {
        (0..table.columns())
            .map(|c| table.cell(row, c).map(|r| r.text).collect())
            .collect()
    }

    #[test]
    fn rows_get_one_cell_per_column() {
        let mut table = Table::new(vec![Align::Left, Align::Right]);
        table.push_cell(cell("a"));
        table.push_cell(cell("b"));
        table.end_row(0);
        table.push_cell(cell("1"));
        table.end_row(2);
        table.push_cell(cell("x"));
        table.push_cell(cell("y"));
        table.push_cell(cell("z"));
        table.end_row(4);
        assert_eq!(table.rows(), 3);
        assert_eq!(texts(&table, 0), ["a", "b"]);
        assert_eq!(texts(&table, 1), ["1", ""]);
        assert_eq!(texts(&table, 2), ["x", "y"]);
        assert_eq!(table.cell(3, 0).count(), 0);
        assert_eq!(table.cell(0, 2).count(), 0);
    }

    #[test]
    fn a_header_wider_than_its_alignments_adds_columns() {
        let mut table = Table::new(Vec::new());
        table.push_cell(cell("a"));
        table.push_cell(cell("b"));
        table.end_row(0);
        assert_eq!(table.columns(), 2);
        assert_eq!(texts(&table, 0), ["a", "b"]);
    }

    #[test]
    fn runs_keep_their_flags_links_and_empty_text() {
        let link: Arc<str> = "https://x".into();
        let mut table = Table::new(vec![Align::Center]);
        table.push_cell(vec![
            Run::new("go ", Flags::STRONG, None),
            Run::new("", Flags::BREAK, None),
            Run::new("there", Flags::LINK, Some(Arc::clone(&link))),
        ]);
        table.end_row(0);
        let runs: Vec<CellText<'_>> = table.cell(0, 0).collect();
        assert_eq!(runs.len(), 3);
        assert_eq!((runs[0].text, runs[0].flags), ("go ", Flags::STRONG));
        assert_eq!((runs[1].text, runs[1].flags), ("", Flags::BREAK));
        assert_eq!(runs[2].text, "there");
        assert_eq!(runs[2].link, Some(&link));
    }
}
