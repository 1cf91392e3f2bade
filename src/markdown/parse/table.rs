//! A GFM table while its rows are parsed, normalized when it ends so every row has
//! one cell per column.
use pulldown_cmark::Alignment;

use crate::markdown::document::{Align, Run, Table};

#[derive(Debug, Default)]
pub(super) struct TableDraft {
    pub aligns: Vec<Align>,
    pub head: Vec<Vec<Run>>,
    pub rows: Vec<Vec<Vec<Run>>>,
    pub row: Vec<Vec<Run>>,
}

impl TableDraft {
    pub(super) fn finish(self) -> Table {
        let columns = self.aligns.len().max(self.head.len()).max(1);
        let mut aligns = self.aligns;
        aligns.resize(columns, Align::Left);
        let fit = |mut row: Vec<Vec<Run>>| {
            row.resize_with(columns, Vec::new);
            row
        };
        Table {
            aligns,
            head: fit(self.head),
            rows: self.rows.into_iter().map(fit).collect(),
        }
    }
}

pub(super) fn align(alignment: Alignment) -> Align {
    match alignment {
        Alignment::None | Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}
