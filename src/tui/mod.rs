//! The interactive tutor: a ratatui app over the core modules (SPEC §8).
//!
//! `app` holds the state and the loop, `keys` turns input into `action`s, `update`
//! changes state and returns `effect`s, `effect` performs them (the only IO), and
//! `view` draws (never writing state). [`launch`] is the entry point from the command
//! line; it owns the terminal for as long as the tutor runs.
pub mod action;
pub mod app;
pub mod chapter_study;
pub mod effect;
pub mod keys;
pub mod quiz;
pub mod quiz_runner;
pub mod reader;
pub mod reading;
pub mod review;
pub mod search;
pub mod study;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod update;
pub mod view;

use crate::course::Course;
use crate::progress::{Clock, ProgressStore};
use crate::theme::Theme;
use app::{App, TerminalEvents};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io;

/// Runs the tutor in the terminal until the user quits; with `quiz`, opens straight
/// on that quiz (an index into the course's quizzes). `clock` is the command line's
/// (`TUTOR_NOW` or the machine's).
pub fn launch(
    course: &Course,
    store: ProgressStore,
    theme: Theme,
    quiz: Option<usize>,
    clock: Clock,
) -> io::Result<()> {
    if theme.color {
        // Loading the syntax definitions overlaps with the first frames.
        crate::markdown::preload_highlighting();
    }
    let mut app = App::new(course, store, theme, clock);
    if let Some(index) = quiz {
        app.open_quiz(index);
    }
    let guard = terminal::TerminalGuard::enter()?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let result = app::run(&mut terminal, &mut app, &mut TerminalEvents);
    drop(guard);
    // Whatever ended the loop, what was read is kept.
    app.apply(action::Action::Quit);
    result
}
