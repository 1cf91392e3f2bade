//! The progress dashboard: the overall gauge, totals and days studied, a reading gauge
//! and quiz mastery per chapter, a calendar of study days with the streaks, and per
//! quiz a chart of its finished attempts against the pass mark.
//!
//! It has no state of its own: it draws the course status the app keeps up to date
//! for the home screen, so opening it computes nothing.
mod chart;
mod view;

pub use view::{DashboardView, study_days};
