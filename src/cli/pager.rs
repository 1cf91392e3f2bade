//! Showing long output a screen at a time, as `git` and `man` do: through `$PAGER`
//! (default `less -R`) when stdout is a terminal and the text is taller than it.
//!
//! `LESS` is left as the user set it; unset, it becomes `FRX` (quit when the text
//! fits, pass colours through, leave the text on screen). A pager that cannot be
//! started is reported in one line and the text printed instead; a pager closed
//! before the end is the reader's choice, not an error. While the pager runs, an
//! interrupt is its to handle: tutor waits for it, so the shell never gets the
//! terminal back under a running pager.
use super::Failure;
use super::output::{print_bytes, to_stderr};
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// The pager when `$PAGER` is unset.
const DEFAULT_PAGER: &str = "less -R";
/// `LESS` when it is unset: quit if one screen, raw colours, no screen clearing.
const DEFAULT_LESS: &str = "FRX";

/// Prints `bytes` (`lines` lines of text) through the pager when `page` and they do
/// not fit the terminal's height; else straight to stdout.
pub fn show(bytes: &[u8], lines: usize, page: bool) -> Result<u8, Failure> {
    let rows = crossterm::terminal::size().map_or(usize::MAX, |(_, rows)| usize::from(rows));
    if !page || lines < rows {
        print_bytes(bytes)?;
        return Ok(0);
    }
    let pager = std::env::var("PAGER").unwrap_or_else(|_| DEFAULT_PAGER.to_owned());
    let Some(words) = shlex::split(&pager).filter(|w| !w.is_empty()) else {
        // `PAGER=` (or one that does not parse) means no pager.
        print_bytes(bytes)?;
        return Ok(0);
    };
    run(&words, bytes)
}

fn run(words: &[String], bytes: &[u8]) -> Result<u8, Failure> {
    let mut command = Command::new(&words[0]);
    command.args(&words[1..]).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", DEFAULT_LESS);
    }
    // `lv`, a pager some systems default to, passes colours only when asked.
    if std::env::var_os("LV").is_none() {
        command.env("LV", "-c");
    }
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(err) => {
            to_stderr(&format!(
                "warning: cannot start the pager `{}`: {}; printing instead",
                crate::sanitize::for_terminal(&words.join(" ")),
                crate::io_reason(&err)
            ));
            print_bytes(bytes)?;
            return Ok(0);
        }
    };
    // Ctrl-C belongs to the pager now; the flag only keeps it from ending tutor.
    let interrupted = Arc::new(AtomicBool::new(false));
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupted);
    if let Some(mut stdin) = child.stdin.take() {
        // A pager quit before the end closes the pipe: nothing more to show.
        let _ = stdin.write_all(bytes).and_then(|()| stdin.flush());
    }
    let _ = child.wait();
    Ok(0)
}
