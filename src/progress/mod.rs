//! Personal progress: the model, its TOML file, where that file lives, and the clock.
//!
//! This module owns durability (SPEC §5): nothing the learner did may be lost, whatever
//! happens to the process or the file. It knows courses, chapters, quizzes and
//! questions by their ids only and never imports `course` or `quiz` (the joins live in
//! `study`). It never touches the terminal; problems reach the user as notices that
//! the caller prints.
mod atomic;
pub mod clock;
mod file;
pub mod model;
mod model_de;
mod pieces;
pub mod review;
mod salvage;
pub mod sample;
pub mod seen;
pub mod store;
pub mod study;
#[cfg(test)]
mod unknown_keys;

pub use clock::{BadNow, Clock};
pub use model::{Attempt, ChapterProgress, CourseProgress, GivenAnswer, Progress, QuizProgress};
pub use seen::SeenLines;
pub use store::ProgressStore;
pub use study::{Reflection, ReviewCard, StudyRecords, Tick};

use std::path::{Path, PathBuf};

/// The data folder: `--data-dir`, else `$TUTOR_DATA_DIR`, else the platform's data
/// folder for `tutor` (`$XDG_DATA_HOME/tutor` on Linux). None when no home is known.
pub fn data_dir(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = flag {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("TUTOR_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "tutor").map(|p| p.data_dir().to_path_buf())
}
