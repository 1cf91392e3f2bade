//! `tutor read` in a pseudo-terminal: through `$PAGER` when the chapter is taller than
//! the screen, never when it fits or with `--no-pager`, printed anyway when the pager
//! cannot start, and no error when the pager is closed early. The pagers here are
//! small shell commands that say what they saw.
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::path::Path;

/// Runs tutor in an 80×24 terminal with `env` set, until it exits; returns what the
/// terminal showed (tutor's and the pager's output) and the exit status.
fn in_terminal(args: &[&str], env: &[(&str, &str)]) -> (String, u32) {
    let data = tempfile::tempdir().unwrap();
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tutor"));
    cmd.arg("--data-dir");
    cmd.arg(data.path());
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("LESS");
    cmd.env_remove("PAGER");
    for (key, value) in env {
        cmd.env(key, value);
    }
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let collect = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 8192];
        // The terminal reports an error once every writer has gone.
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        all
    });
    let status = child.wait().unwrap();
    drop(pair.master);
    let shown = String::from_utf8_lossy(&collect.join().unwrap()).replace("\r\n", "\n");
    (shown, status.exit_code())
}

/// A pager that says it ran, with what `LESS` it was given, and counts the lines.
const COUNTING_PAGER: &str = "sh -c 'echo PAGER-RAN LESS=$LESS; wc -l'";

#[test]
fn a_chapter_taller_than_the_screen_goes_through_the_pager() {
    let (shown, code) = in_terminal(
        &["read", "4", "--color", "never"],
        &[("PAGER", COUNTING_PAGER)],
    );
    assert_eq!(code, 0, "{shown}");
    assert!(shown.starts_with("PAGER-RAN LESS=FRX\n"), "{shown}");
    let lines: usize = shown.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(lines > 24, "{shown}");
    assert!(
        !shown.contains("Caching Strategies"),
        "only the pager printed: {shown}"
    );

    // LESS as the user set it is kept.
    let (shown, _) = in_terminal(&["read", "4"], &[("PAGER", COUNTING_PAGER), ("LESS", "-S")]);
    assert!(shown.starts_with("PAGER-RAN LESS=-S\n"), "{shown}");
}

#[test]
fn no_pager_when_asked_or_when_the_text_fits() {
    let (shown, code) = in_terminal(
        &["read", "4", "--no-pager", "--color", "never"],
        &[("PAGER", COUNTING_PAGER)],
    );
    assert_eq!(code, 0);
    assert!(!shown.contains("PAGER-RAN"), "{shown}");
    assert!(shown.starts_with("Caching Strategies\n"), "{shown}");

    let dir = tempfile::tempdir().unwrap();
    let short = dir.path().join("short.md");
    std::fs::write(&short, "# Short\n\nOne paragraph.\n").unwrap();
    let (shown, _) = in_terminal(
        &["read", short.to_str().unwrap(), "--color", "never"],
        &[("PAGER", COUNTING_PAGER)],
    );
    assert_eq!(shown, "Short\n═════\n\nOne paragraph.\n");
}

#[test]
fn a_pager_that_cannot_start_falls_back_to_printing() {
    let missing = Path::new("/nonexistent/pager");
    let (shown, code) = in_terminal(
        &["read", "4", "--color", "never"],
        &[("PAGER", missing.to_str().unwrap())],
    );
    assert_eq!(code, 0, "{shown}");
    assert!(
        shown.contains("warning: cannot start the pager `/nonexistent/pager`"),
        "{shown}"
    );
    assert!(shown.contains("Caching Strategies\n══════"), "{shown}");
}

#[test]
fn a_pager_closed_early_is_not_an_error() {
    let (shown, code) = in_terminal(&["read", "4", "--color", "never"], &[("PAGER", "head -1")]);
    assert_eq!(code, 0, "{shown}");
    assert_eq!(shown, "Caching Strategies\n");
}
