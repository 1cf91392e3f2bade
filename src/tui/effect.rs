//! What [`super::update`] asks the outside world to do, and the one place it is done.
//!
//! Saving progress touches the disk and highlighting starts a thread; keeping both
//! here lets the update logic stay free of IO and be tested without a terminal or a
//! file system.
use super::app::App;
use crate::markdown::Document;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Effect {
    /// Write the progress file (the in-memory progress is already up to date).
    SaveProgress,
    /// Highlight a document's code on another thread; the reader re-lays it out on a
    /// tick once it is done.
    Highlight(Arc<Document>),
}

impl PartialEq for Effect {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::SaveProgress, Self::SaveProgress) => true,
            (Self::Highlight(a), Self::Highlight(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Performs one effect.
pub fn perform(app: &mut App<'_>, effect: Effect) {
    match effect {
        Effect::SaveProgress => {
            app.store.save();
            app.take_notices();
        }
        Effect::Highlight(doc) => {
            // A failed spawn only means the code stays uncoloured.
            let _ = std::thread::Builder::new()
                .name("highlight".into())
                .spawn(move || doc.highlight());
        }
    }
}
