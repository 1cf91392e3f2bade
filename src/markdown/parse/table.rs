//! A GFM table while its rows are parsed: cells go straight into the compact
//! [`Table`], and each row is made one cell per column as it ends.
use pulldown_cmark::Alignment;

use crate::markdown::document::{Align, Run, Table};

#[derive(Debug, Default)]
pub(super) struct TableDraft {
    table: Table,
    /// The cells of the rows already ended: where the row being read starts.
    row_start: usize,
}

impl TableDraft {
    pub(super) fn new(aligns: Vec<Align>) -> Self {
        Self {
            table: Table::new(aligns),
            row_start: 0,
        }
    }

    /// A row starts: anything left of one that never ended is dropped.
    pub(super) fn start_row(&mut self) {
        self.table.truncate(self.row_start);
    }

    pub(super) fn push_cell(&mut self, runs: Vec<Run>) {
        self.table.push_cell(runs);
    }

    /// The header row or a body row ends.
    pub(super) fn end_row(&mut self) {
        self.table.end_row(self.row_start);
        self.row_start = self.table.cell_count();
    }

    pub(super) fn finish(mut self) -> Table {
        self.start_row();
        if self.row_start == 0 {
            // No header row ended: an empty one.
            self.end_row();
        }
        self.table.shrink_to_fit();
        self.table
    }
}

pub(super) fn align(alignment: Alignment) -> Align {
    match alignment {
        Alignment::None | Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}
