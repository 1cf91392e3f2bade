//! The joins of a course and the learner's progress: where the learner stands in the
//! course (status), which review cards are due in it, the attempts that quiz sessions
//! record, which records a prune removes, and which folder a course id's records
//! belong to.
//!
//! `progress` knows only ids and `course` knows nothing of the learner; everything
//! that needs both lives here, so that dependencies point one way (course and
//! progress below, the command line and the tutor above). Nothing here performs IO.
pub mod attempt;
pub mod prune;
pub mod review;
pub mod sample;
pub mod source;
pub mod status;

pub use attempt::{AttemptStart, attempt};
pub use status::{AttemptSummary, ChapterStatus, CourseStatus, QuizStatus, streaks};
