//! The reader's study tools: the chapter's reflection prompts and the editor for one
//! answer, the chapter's checklist, and the chapter as the reader shows it with the
//! learner's answers and ticks written in ([`augment`]).
//!
//! The popups' rows are built here from the records when a popup opens or a record
//! changes; changing a record is a pure function over the progress model. Nothing
//! here saves, draws over another screen's state or knows the app.
pub mod augment;
mod editor;
mod view;

pub use editor::{AnswerEditor, EditorEvent, field_input};
pub use view::{EditorView, ListPopup, Placement, centred, title};

use crate::course::study::StudyItems;
use crate::progress::StudyRecords;
use jiff::Timestamp;

/// A popup row: a mark before it (a box, `✎`, or nothing), its text (leading blanks
/// indent it, as the outline's levels do), and a muted note under it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub mark: String,
    pub text: String,
    pub note: String,
}

impl Row {
    /// A row of text alone.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }
}

/// The saved answer to a prompt of a chapter, if it says anything.
pub fn answer<'a>(
    records: Option<&'a StudyRecords>,
    chapter: &str,
    prompt: &str,
) -> Option<&'a str> {
    let text = records?
        .reflections
        .get(chapter)?
        .get(prompt)?
        .text
        .as_str();
    (!text.trim().is_empty()).then_some(text)
}

/// Whether checklist item `id` of a chapter is ticked.
pub fn ticked(records: Option<&StudyRecords>, chapter: &str, id: &str) -> bool {
    records
        .and_then(|s| s.checklists.get(chapter))
        .and_then(|t| t.get(id))
        .is_some_and(|t| t.done)
}

/// The reflection popup's rows: each prompt, marked when answered, with the first line
/// of its answer.
pub fn prompt_rows(items: &StudyItems, records: Option<&StudyRecords>, chapter: &str) -> Vec<Row> {
    items
        .prompts
        .iter()
        .map(|p| {
            let answer = answer(records, chapter, &p.id);
            let mark = if answer.is_some() {
                crate::tui::text::ANSWERED
            } else {
                " "
            };
            let first = answer.and_then(|a| a.lines().next()).unwrap_or("");
            Row {
                mark: mark.to_owned(),
                text: p.text.clone(),
                note: first.to_owned(),
            }
        })
        .collect()
}

/// The checklist popup's rows: each item with its box.
pub fn checklist_rows(
    items: &StudyItems,
    records: Option<&StudyRecords>,
    chapter: &str,
) -> Vec<Row> {
    items
        .checklist
        .iter()
        .map(|item| {
            let mark = if ticked(records, chapter, &item.id) {
                crate::tui::text::TICKED
            } else {
                crate::tui::text::UNTICKED
            };
            Row {
                mark: mark.to_owned(),
                text: item.text.clone(),
                note: String::new(),
            }
        })
        .collect()
}

/// Records the answer to a prompt.
pub fn save_answer(
    records: &mut StudyRecords,
    chapter: &str,
    prompt: &str,
    text: String,
    now: Timestamp,
) {
    let saved = records
        .reflections
        .entry(chapter.to_owned())
        .or_default()
        .entry(prompt.to_owned())
        .or_default();
    // Assigned field by field: keys this build does not know stay with the record.
    saved.text = text;
    saved.updated = now;
}

/// Ticks an unticked item, or unticks a ticked one.
pub fn toggle_tick(records: &mut StudyRecords, chapter: &str, item: &str, now: Timestamp) {
    let done = !ticked(Some(records), chapter, item);
    let saved = records
        .checklists
        .entry(chapter.to_owned())
        .or_default()
        .entry(item.to_owned())
        .or_default();
    // Assigned field by field: keys this build does not know stay with the record.
    saved.done = done;
    saved.updated = now;
}
