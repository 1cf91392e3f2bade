//! Where command output goes and how it looks: the colour decision (`--color`,
//! `NO_COLOR`, whether stdout is a terminal), the theme, and the default width.
use super::ThemeArg;
use crate::theme::{Theme, ThemeKind};
use clap::ValueEnum;
use std::io::{IsTerminal, Write as _};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// The widest column `tutor read` picks by itself: longer lines are harder to read.
const MAX_AUTO_WIDTH: u16 = 100;
/// The width used when stdout is not a terminal (a pipe or a file), and the widest
/// `list` and `progress` lines ever get unless `--width` says otherwise.
const PIPE_WIDTH: u16 = 80;

#[derive(Debug, Clone)]
pub struct Output {
    pub color: bool,
    pub theme: Theme,
    stdout_is_terminal: bool,
}

impl Output {
    pub fn new(choice: ColorChoice, theme: ThemeArg) -> Self {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_terminal && !no_color,
        };
        let kind = match theme {
            ThemeArg::Dark => ThemeKind::Dark,
            ThemeArg::Light => ThemeKind::Light,
        };
        let theme = if color {
            Theme::new(kind, true)
        } else {
            Theme::plain()
        };
        Self {
            color,
            theme,
            stdout_is_terminal,
        }
    }

    /// Whether stdout is a terminal (not a pipe or a file).
    pub fn is_terminal(&self) -> bool {
        self.stdout_is_terminal
    }

    /// The width of `list` and `progress`: `--width` when given, else 80 columns or
    /// the terminal's width when narrower.
    pub fn listing_width(&self, given: Option<u16>) -> usize {
        usize::from(given.unwrap_or_else(|| self.default_width().min(PIPE_WIDTH)))
    }

    /// The width to lay text out at: `--width` when given, else the default.
    pub fn width(&self, given: Option<u16>) -> usize {
        usize::from(given.unwrap_or_else(|| self.default_width()))
    }

    /// The width to lay text out at when the user gave none.
    pub fn default_width(&self) -> u16 {
        if !self.stdout_is_terminal {
            return PIPE_WIDTH;
        }
        crossterm::terminal::size().map_or(PIPE_WIDTH, |(cols, _)| cols.clamp(1, MAX_AUTO_WIDTH))
    }
}

/// Writes `text` to stdout; a closed pipe is not an error.
pub fn print(text: &str) -> Result<(), super::Failure> {
    print_bytes(text.as_bytes())
}

/// Writes `bytes` to stdout and flushes them; a closed pipe is not an error.
pub fn print_bytes(bytes: &[u8]) -> Result<(), super::Failure> {
    let mut stdout = std::io::stdout().lock();
    if let Err(err) = stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        write_failed(&err)?;
    }
    Ok(())
}

/// Writes one line to stderr. A closed stderr (`2>&1 | head`) loses the line but
/// never stops the command, as `eprintln!` would by panicking.
pub fn to_stderr(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Writing to a closed pipe (`tutor read 1 | head`) is the reader's choice, not an
/// error worth a message.
pub fn write_failed(err: &std::io::Error) -> Result<u8, super::Failure> {
    if err.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(0)
    } else {
        Err(super::Failure::usage(format!(
            "cannot write to stdout: {}",
            crate::io_reason(err)
        )))
    }
}
