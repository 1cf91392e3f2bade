//! Footnotes while parsing: references are numbered in the order they are first met,
//! and definitions, wherever they appear, are collected for the end of the document.
use super::Builder;
use crate::markdown::document::{Block, Flags, Note};

impl Builder<'_> {
    pub(super) fn note_reference(&mut self, label: &str) {
        let next = self.note_numbers.len() + 1;
        let number = *self
            .note_numbers
            .entry(label.to_lowercase())
            .or_insert(next);
        let flags = self.flags().with(Flags::NOTE_REF);
        self.push_run(format!("[{number}]"), flags);
    }

    /// The definitions in reference order; definitions nobody refers to still hold the
    /// author's text, so they follow, by label.
    pub(super) fn numbered_notes(&mut self) -> Vec<Note> {
        let mut numbered: Vec<(usize, String)> = self
            .note_numbers
            .drain()
            .map(|(label, n)| (n, label))
            .collect();
        numbered.sort_unstable();
        let mut notes = Vec::new();
        for (number, label) in numbered {
            if let Some(blocks) = self.note_blocks.remove(&label) {
                notes.push(Note { number, blocks });
            }
        }
        let mut unreferenced: Vec<(String, Vec<Block>)> = self.note_blocks.drain().collect();
        unreferenced.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let first_free = notes.last().map_or(0, |n| n.number).max(notes.len()) + 1;
        for (number, (_, blocks)) in (first_free..).zip(unreferenced) {
            notes.push(Note { number, blocks });
        }
        notes
    }
}
