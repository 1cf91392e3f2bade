//! Entering and leaving the terminal's interactive mode (raw input, the alternate
//! screen, mouse reporting), so that however the tutor ends — quitting, an error, a
//! panic — the user's shell gets its terminal back as it was; and handing it back for
//! a while when the learner suspends the tutor with `Ctrl-z`.
use crossterm::event::DisableMouseCapture;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use std::io;
use std::sync::Once;

/// Holds the terminal in interactive mode; dropping it restores the terminal.
#[derive(Debug)]
pub struct TerminalGuard(());

impl TerminalGuard {
    /// Switches the terminal over, after making sure a panic will switch it back.
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        enable_raw_mode()?;
        // From here on the guard exists, so a failure below still restores.
        let guard = Self(());
        execute!(io::stdout(), EnterAlternateScreen, ReportClicks)?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Asks the terminal for button presses and the wheel only (xterm's mode 1000, in the
/// SGR encoding of mode 1006), not for every motion of the mouse as crossterm's
/// `EnableMouseCapture` does: fewer events, and terminals keep text selection on a
/// modifier (Shift in most, Option in iTerm2) while it is on.
#[derive(Debug, Clone, Copy)]
struct ReportClicks;

impl crossterm::Command for ReportClicks {
    fn write_ansi(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        f.write_str("\x1b[?1000h\x1b[?1006h")
    }

    #[cfg(windows)]
    fn execute_winapi(&self) -> io::Result<()> {
        crossterm::Command::execute_winapi(&crossterm::event::EnableMouseCapture)
    }
}

/// Puts the terminal back; every step is tried even when one fails, since there is
/// nobody left to tell. Every mouse mode is turned off, whichever was on.
pub fn restore() {
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

/// Hands the terminal back to the shell and stops the job, as `Ctrl-z` does in a
/// terminal not in raw mode; once the shell continues it (`fg`), takes the terminal
/// again. The caller draws the whole screen afresh.
///
/// The whole process group is stopped, so that a `cargo run` or a script the tutor
/// runs under stops with it and the shell sees the job stopped. A process group with
/// no shell to continue it (an orphan) is not stopped by the kernel, and the tutor
/// simply goes on.
#[cfg(unix)]
pub fn suspend() -> io::Result<()> {
    restore();
    // A signal that cannot be sent only means the tutor goes on at once.
    let _ = rustix::process::kill_current_process_group(rustix::process::Signal::TSTP);
    // Here once continued (or never stopped): take the terminal back either way.
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, ReportClicks)
}

/// Job control is a Unix matter: elsewhere `Ctrl-z` does nothing.
#[cfg(not(unix))]
pub fn suspend() -> io::Result<()> {
    Ok(())
}

/// Restores the terminal before the panic message is printed, so the message is
/// readable and the shell usable; then the usual hook runs.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}
