//! The interactive tutor: a ratatui app over the core modules (SPEC §8).
//!
//! Input arrives as [`input::Input`]; the [`keymap`] of the mode in front turns keys
//! into [`action::Action`]s; the [`app`] routes each to the screen that owns it
//! (`home`, `reader`, `quiz`, `dashboard`, and the `study` popups over the reader) and
//! turns what the screen reports into [`effect`]s, the only IO. [`view`] draws,
//! never writing state. [`run`] is the loop; [`launch`] owns the terminal for as long
//! as the tutor runs.
pub mod action;
pub mod app;
pub mod bar;
pub mod dashboard;
pub mod draw;
pub mod effect;
pub mod help;
pub mod home;
pub mod input;
pub mod keymap;
pub mod overlay;
pub mod quiz;
pub mod reader;
pub mod study;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod view;

use crate::course::Course;
use crate::progress::{Clock, ProgressStore};
use crate::theme::Theme;
use app::App;
use input::{InputSource, Next, TerminalInputs};
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use std::io;

/// Runs the tutor in the terminal until the user quits; with `quiz`, opens straight
/// on that quiz (an index into the course's quizzes). `origin` is where the course was
/// loaded from, as its progress records it (see [`App::note_source`]).
pub fn launch(
    course: &Course,
    mut store: ProgressStore,
    origin: &str,
    theme: Theme,
    quiz: Option<usize>,
    clock: Clock,
) -> io::Result<()> {
    // The TUI never blocks on another tutor's lock: a save that finds it held gives
    // up at once and the next one (or the last, on leaving) writes everything.
    store.set_lock_wait(std::time::Duration::ZERO);
    if theme.color {
        // Loading the syntax definitions overlaps with the first frames.
        crate::markdown::preload_highlighting();
    }
    let mut app = App::new(course, store, theme, clock);
    app.note_source(origin);
    if let Some(index) = quiz {
        app.open_quiz_from_shell(index);
    }
    let guard = terminal::TerminalGuard::enter()?;
    // A frame goes out in one write rather than in pieces as stdout's line buffer
    // fills: faster, and no half-drawn frame over a slow link.
    let out = io::BufWriter::with_capacity(1 << 16, io::stdout());
    let mut terminal = Terminal::new(CrosstermBackend::new(out))?;
    let result = TerminalInputs::start().and_then(|mut inputs| {
        app.set_waker(inputs.waker());
        run(&mut terminal, &mut app, &mut inputs)
    });
    drop(guard);
    // Whatever ended the loop, what was read is kept.
    app.finish();
    result
}

/// Runs the tutor until the user quits or the inputs run out. A frame is drawn only
/// when something changed; between inputs the loop sleeps, waking only for a deadline
/// the app set (a reading position to save).
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App<'_>,
    inputs: &mut impl InputSource,
) -> io::Result<()> {
    let size = terminal
        .size()
        .map_err(|e| io::Error::other(e.to_string()))?;
    app.resize(size.width, size.height);
    loop {
        if app.take_redraw() {
            terminal
                .draw(|frame| view::draw(frame, app))
                .map_err(|e| io::Error::other(e.to_string()))?;
        }
        if app.has_quit() {
            return Ok(());
        }
        if app.take_suspend() {
            inputs.suspend()?;
            // Back from the shell: the screen is the shell's, and the window may have
            // changed size meanwhile, so the next frame is drawn whole. (`resize`
            // clears without asking the terminal where its cursor is, which `clear`
            // does: the answer would wait behind the thread reading keys.)
            let size = terminal
                .size()
                .map_err(|e| io::Error::other(e.to_string()))?;
            terminal
                .resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))
                .map_err(|e| io::Error::other(e.to_string()))?;
            app.resize(size.width, size.height);
            continue;
        }
        let timeout = app
            .deadline()
            .map(|due| due.saturating_duration_since(std::time::Instant::now()));
        match inputs.next(timeout)? {
            Next::Input(input) => {
                app.handle(input);
                // A steady stream of keys must not hold a due save back.
                app.on_deadline(std::time::Instant::now());
            }
            Next::Timeout => app.on_deadline(std::time::Instant::now()),
            Next::Closed => return Ok(()),
        }
    }
}
