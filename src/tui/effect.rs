//! What the app asks the outside world to do, and the one place it is done.
//!
//! Saving progress touches the disk and highlighting runs on another thread; keeping
//! both here lets every screen and the app's routing stay free of IO, so they are
//! tested without a terminal or a file system.
use super::input::{Input, Waker};
use crate::markdown::Document;
use crate::progress::ProgressStore;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Effect {
    /// Write the progress file (the in-memory progress is already up to date).
    Save,
    /// Highlight a document's code; [`Input::Highlighted`] reports it done.
    Highlight(Arc<Document>),
}

impl PartialEq for Effect {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Save, Self::Save) => true,
            (Self::Highlight(a), Self::Highlight(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Performs one effect. Highlighting runs on a thread that wakes the loop when done;
/// with no loop to wake (tests), it runs here and its input is returned at once.
pub fn perform(effect: Effect, store: &mut ProgressStore, waker: Option<&Waker>) -> Option<Input> {
    match effect {
        Effect::Save => {
            store.save();
            None
        }
        Effect::Highlight(doc) => {
            let Some(waker) = waker.cloned() else {
                doc.highlight();
                return Some(Input::Highlighted);
            };
            let spawned = std::thread::Builder::new()
                .name("highlight".into())
                .spawn(move || {
                    doc.highlight();
                    waker.wake(Input::Highlighted);
                });
            // A failed spawn only means the code stays uncoloured.
            drop(spawned);
            None
        }
    }
}
