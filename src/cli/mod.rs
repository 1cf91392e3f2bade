//! The command line: clap definitions, dispatch, and the non-interactive commands
//! (`list`, `read`, `quiz`, `review`, `progress`, `check`, `completions`).
//!
//! This is an edge of the program: it may print, read files and look at the terminal,
//! and it turns every failure into one or two lines and an exit status (SPEC §6). It
//! never renders Markdown or validates courses itself; it calls the core for that.
// Doc comments here are clap's --help text, read in a terminal, not rendered Markdown.
#![allow(clippy::doc_markdown)]

mod answers;
mod check;
pub mod complete;
mod fit;
mod list;
mod names;
mod output;
mod pager;
mod progress;
mod quiz;
mod read;
mod report;
mod review;
mod sheet;
mod verdict;

use crate::course::{Course, CourseError, Loaded};
use crate::progress::{Clock, ProgressStore, data_dir};
use crate::theme::{Theme, ThemeKind};
use clap::{Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter};
use output::{print_bytes, to_stderr};
use std::io::IsTerminal;
use std::path::PathBuf;

pub use answers::AnswerArgs;
pub use output::{ColorChoice, Output};

/// An offline terminal tutor: Markdown lessons, micro-quizzes, local progress.
#[derive(Debug, Parser)]
#[command(name = "tutor", version, about, long_about = None)]
pub struct Cli {
    /// Use the course in DIR instead of the built-in one
    #[arg(long, global = true, value_name = "DIR")]
    pub course: Option<PathBuf>,
    /// Keep progress in DIR (default: $TUTOR_DATA_DIR, else the user data folder)
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Colour theme
    #[arg(long, global = true, value_enum, default_value_t = ThemeArg::Dark)]
    pub theme: ThemeArg,
    /// When to use colour: auto colours only a terminal without NO_COLOR
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Dark,
    Light,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the course's chapters and quizzes
    List {
        /// Fit lines in N columns (default: 80, or the terminal width when narrower)
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
    },
    /// Print a rendered chapter (by id, number or id prefix) or any Markdown file
    Read {
        /// A chapter id, its number in course order, a unique id prefix, or a path to a .md file
        #[arg(value_name = "CHAPTER|FILE.md", add = ArgValueCompleter::new(complete::chapters))]
        target: String,
        /// Wrap at N columns (default: the terminal width up to 100, or 80 when not a terminal)
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
        /// Print straight to the terminal, never through $PAGER
        #[arg(long)]
        no_pager: bool,
    },
    /// Take a quiz; --print prints its questions, --answers grades a whole attempt at once
    Quiz {
        /// A quiz id or unique prefix, or a chapter (as `read` takes it) for its quiz
        #[arg(add = ArgValueCandidates::new(complete::quizzes))]
        quiz: String,
        /// Print the questions and their choices (no answers) instead of taking the quiz;
        /// also what happens without a terminal
        #[arg(long, conflicts_with_all = ["answers", "answers_file"])]
        print: bool,
        /// Wrap at N columns (default: the terminal width up to 100, or 80 when not a terminal)
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
        #[command(flatten)]
        answers: AnswerArgs,
    },
    /// Show what has been read and mastered
    Progress {
        /// Print JSON for scripts
        #[arg(long, conflicts_with = "markdown")]
        json: bool,
        /// Print a Markdown report: chapters, checklists, quizzes, review queue, reflections
        #[arg(long)]
        markdown: bool,
        /// Remove the review cards of vanished questions and the reflections and checklists
        /// of vanished chapters of this course, listing them
        #[arg(long, conflicts_with_all = ["json", "markdown"])]
        prune: bool,
        /// Fit lines in N columns (default: 80, or the terminal width when narrower)
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..),
              conflicts_with_all = ["json", "markdown", "prune"])]
        width: Option<u16>,
    },
    /// Review the questions that are due (spaced repetition of questions answered wrong)
    Review {
        /// One entry per due question, in the order listed (as for `tutor quiz`)
        #[command(flatten)]
        answers: AnswerArgs,
        /// Wrap at N columns (default: the terminal width up to 100, or 80 when not a terminal)
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        width: Option<u16>,
    },
    /// Validate a course folder (default: the built-in course)
    Check {
        /// The course folder to check
        dir: Option<PathBuf>,
        /// Fail (exit 1) on warnings too, such as quizzes whose form gives answers away
        #[arg(long)]
        strict: bool,
    },
    /// Print a shell's completion script (static; see the README for completions of
    /// chapter and quiz ids)
    Completions {
        /// The shell to generate completions for
        shell: clap_complete::Shell,
    },
}

/// A failed command: what to tell the user and the exit status (SPEC §6: 1 for a
/// failed check, 2 for bad usage or bad input).
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<CourseError> for Failure {
    fn from(err: CourseError) -> Self {
        Self::usage(err.to_string())
    }
}

/// Runs the parsed command line. Returns the exit status of a command that ran to its
/// end (0, or 1 for a check that found errors).
///
/// The clock is made here, once, before any command runs: `TUTOR_NOW` means the same
/// to every command, and a bad value stops each of them alike (exit 2), the
/// interactive tutor included, before it looks for a terminal.
pub fn run(cli: &Cli) -> Result<u8, Failure> {
    let clock = Clock::from_env().map_err(|e| Failure::usage(e.to_string()))?;
    let out = Output::new(cli.color, cli.theme);
    match &cli.command {
        None => interactive(cli, clock),
        Some(Command::List { width }) => {
            list::run(cli, &load_course(cli)?, out.listing_width(*width))
        }
        Some(Command::Quiz {
            quiz,
            print,
            width,
            answers,
        }) => {
            let args = quiz::QuizArgs {
                answers,
                print: *print,
                width: *width,
            };
            quiz::run(cli, quiz, &args, &out, clock)
        }
        Some(Command::Progress {
            json,
            markdown,
            prune,
            width,
        }) => {
            if *prune {
                progress::prune(cli)
            } else if *markdown {
                report::run(cli, clock)
            } else {
                progress::run(cli, *json, out.listing_width(*width))
            }
        }
        Some(Command::Review { answers, width }) => review::run(cli, answers, *width, &out, clock),
        Some(Command::Read {
            target,
            width,
            no_pager,
        }) => read::run(cli, target, *width, *no_pager, &out),
        Some(Command::Check { dir, strict }) => {
            check::run(dir.as_deref().or(cli.course.as_deref()), *strict)
        }
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            // Into memory first: clap_complete panics on a stdout that was closed.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "tutor", &mut script);
            print_bytes(&script)?;
            Ok(0)
        }
    }
}

/// The interactive tutor needs a terminal on both ends; without one it must not draw.
fn interactive(cli: &Cli, clock: Clock) -> Result<u8, Failure> {
    require_terminal()?;
    let loaded = load_course(cli)?;
    run_tui(cli, &loaded.course, None, clock)
}

/// Fails with a usage error (exit 2) unless stdin and stdout are both terminals.
pub(crate) fn require_terminal() -> Result<(), Failure> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Failure::usage(
            "the interactive tutor needs a terminal on stdin and stdout; \
             try `tutor list` or `tutor read 1`",
        ));
    }
    Ok(())
}

/// Runs the TUI on `course`, optionally opening straight on quiz `quiz` (an index
/// into its quizzes).
pub(crate) fn run_tui(
    cli: &Cli,
    course: &Course,
    quiz: Option<usize>,
    clock: Clock,
) -> Result<u8, Failure> {
    let store = open_quiet_store(cli);
    let origin = course_origin(cli);
    crate::tui::launch(course, store, &origin, tui_theme(cli), quiz, clock)
        .map(|()| 0)
        .map_err(|err| Failure::usage(format!("terminal error: {}", crate::io_reason(&err))))
}

/// The TUI always has a terminal, so `auto` means colour unless `NO_COLOR` is set.
/// Without colour, bold and reverse video still mark headings and the selection.
fn tui_theme(cli: &Cli) -> Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => !no_color,
    };
    let kind = match cli.theme {
        ThemeArg::Dark => ThemeKind::Dark,
        ThemeArg::Light => ThemeKind::Light,
    };
    Theme::new(kind, color)
}

/// Loads the course named by `--course`, or the built-in one. Quizzes that failed to
/// load are left out; one line on stderr points at `tutor check` so they are not
/// silently missing.
pub fn load_course(cli: &Cli) -> Result<Loaded, Failure> {
    let loaded = match &cli.course {
        Some(dir) => Course::from_dir(dir)?,
        None => Course::builtin()?,
    };
    warn_problems(cli, &loaded);
    Ok(loaded)
}

/// One line on stderr when parts of the course were skipped, pointing at `tutor check`.
pub(crate) fn warn_problems(cli: &Cli, loaded: &Loaded) {
    if !loaded.diagnostics.is_ok() {
        let n = loaded.diagnostics.errors.len();
        let target = cli
            .course
            .as_ref()
            .map_or(String::new(), |d| format!(" {}", d.display()));
        warn(&format!(
            "this course has {n} problem{} and parts of it were skipped; \
             run `tutor check{target}` for details",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// Opens the progress store in the data folder. With no folder to be found (no home
/// directory), progress is kept in memory and the user is told so. A save that has
/// to wait for another tutor's lock says so on stderr as the wait starts, since the
/// command then seems to hang for up to two seconds.
pub fn open_store(cli: &Cli) -> ProgressStore {
    let mut store = open_quiet_store(cli);
    store.report_lock_waits(|lock| {
        to_stderr(&format!(
            "tutor: waiting for another tutor to finish saving ({})…",
            crate::sanitize::for_terminal(&lock.display().to_string())
        ));
    });
    store
}

/// The store for the TUI, which reports nothing on stderr: it never waits while it
/// draws, and its last save comes after the screen is restored.
fn open_quiet_store(cli: &Cli) -> ProgressStore {
    match data_dir(cli.data_dir.as_deref()) {
        Some(dir) => ProgressStore::open(&dir),
        None => ProgressStore::in_memory("no data folder found (set --data-dir or TUTOR_DATA_DIR)"),
    }
}

/// Where the course of this command line is loaded from, as its progress records it:
/// the course folder made canonical (so two spellings of one folder are one source; a
/// book's `src` folder is the book's), or `builtin`.
fn course_origin(cli: &Cli) -> String {
    cli.course.as_ref().map_or_else(
        || crate::study::source::BUILTIN.to_owned(),
        |dir| {
            // A book opened from its `src` folder is the same book.
            Course::book_folder(dir)
                .or_else(|| std::fs::canonicalize(dir).ok())
                .unwrap_or_else(|| dir.clone())
                .display()
                .to_string()
        },
    )
}

/// Records where the course id was loaded from, the first time, and warns when it was
/// loaded from somewhere else before: two folders with one id share their progress.
pub(crate) fn note_source(cli: &Cli, store: &mut ProgressStore, id: &str) {
    let here = course_origin(cli);
    if let Some(warning) = crate::study::source::note_source(store.progress_mut(), id, &here) {
        warn(&warning);
    }
}

/// Saves the store and passes on what it has to say (a file moved aside, no saving).
/// Nothing is removed on the way: cards of questions the course no longer has stay in
/// the file (hidden in displays) until `tutor progress --prune`, since a course folder
/// that merely shares an id with another must not cost that one its records.
/// Returns whether the save reached the disk.
pub(crate) fn save(store: &mut ProgressStore) -> bool {
    let saved = store.save();
    for notice in store.take_notices() {
        warn(&notice);
    }
    saved
}

/// Prints a warning on stderr. Warnings name files and folders and quote the progress
/// file, so they pass the sanitizer like everything else printed (SPEC §6).
pub(crate) fn warn(text: &str) {
    to_stderr(&format!("warning: {}", crate::sanitize::for_terminal(text)));
}

/// A graded attempt (or review) that was printed but never reached the progress
/// file: exit 3, so a script does not take it as recorded (SPEC §6).
pub(crate) fn not_saved(what: &str) -> u8 {
    to_stderr(&format!(
        "tutor: {what} was graded but could not be saved; nothing was recorded"
    ));
    NOT_SAVED
}

/// The exit status of a graded attempt that could not be saved (SPEC §6).
pub const NOT_SAVED: u8 = 3;
