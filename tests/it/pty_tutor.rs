//! End to end: the built `tutor` binary in a pseudo-terminal, driven by key presses,
//! its screen read back through a terminal emulator (`vt100`). Each test waits for
//! what it expects with a deadline rather than sleeping, and kills the child however
//! the test ends.

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(10);

fn nz(n: u16) -> std::num::NonZero<u16> {
    std::num::NonZero::new(n).unwrap()
}

struct Tutor {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the tutor has written to the terminal so far.
    written: Arc<AtomicUsize>,
    data: tempfile::TempDir,
}

impl Tutor {
    fn start(args: &[&str], cols: u16, rows: u16) -> Self {
        let data = tempfile::tempdir().unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tutor"));
        cmd.arg("--data-dir");
        cmd.arg(data.path());
        cmd.arg("--course");
        cmd.arg(crate::common::SAMPLE_COURSE);
        cmd.args(args);
        Self::spawn(cmd, data, cols, rows)
    }

    /// An interactive shell with job control, for typing a command line into.
    fn shell(cols: u16, rows: u16) -> Self {
        let data = tempfile::tempdir().unwrap();
        let mut cmd = CommandBuilder::new("bash");
        cmd.args(["--norc", "--noprofile", "-i"]);
        cmd.env("PS1", "$ ");
        Self::spawn(cmd, data, cols, rows)
    }

    /// The command line that starts the tutor over the sample course from the shell.
    fn command_line(&self) -> String {
        format!(
            "{} --data-dir {} --course {}\r",
            env!("CARGO_BIN_EXE_tutor"),
            self.data.path().display(),
            crate::common::SAMPLE_COURSE
        )
    }

    fn spawn(mut cmd: CommandBuilder, data: tempfile::TempDir, cols: u16, rows: u16) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&screen);
        let written = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&written);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                count.fetch_add(n, Ordering::SeqCst);
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Self {
            child,
            master: pair.master,
            writer,
            screen,
            written,
            data,
        }
    }

    /// The screen's text, each row without its trailing blanks.
    fn contents(&self) -> String {
        let text = self.screen.lock().unwrap().screen().contents();
        text.lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    }

    /// Waits until the screen shows `text`; returns the screen.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {text:?}; the screen was:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until `check` holds of the terminal's screen.
    fn wait_until(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        while !check(self.screen.lock().unwrap().screen()) {
            assert!(
                start.elapsed() < DEADLINE,
                "timed out waiting for {what}; the screen was:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The row (0-based) of the first line of the screen holding `text`.
    fn row_of(&self, text: &str) -> u16 {
        let row = self
            .contents()
            .lines()
            .position(|l| l.contains(text))
            .unwrap();
        u16::try_from(row).unwrap()
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.screen
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Waits for the process to end on its own, and checks it left the alternate screen.
    fn ends(mut self) {
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(
                start.elapsed() < DEADLINE,
                "tutor did not end; the screen was:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        let parser = self.screen.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "the terminal was restored"
        );
    }

    /// Quits with `q` until the process ends, and checks it left the alternate screen.
    fn quit(mut self) -> String {
        let start = Instant::now();
        while self.child.try_wait().unwrap().is_none() {
            assert!(start.elapsed() < DEADLINE, "tutor did not quit");
            self.send("q");
            std::thread::sleep(Duration::from_millis(50));
        }
        let parser = self.screen.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "the terminal was restored"
        );
        assert_eq!(
            parser.screen().mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting is off again"
        );
        std::fs::read_to_string(self.data.path().join("progress.toml")).unwrap_or_default()
    }
}

impl Drop for Tutor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Chapter 2 from the home screen.
fn open_chapter_two(tutor: &mut Tutor) {
    tutor.wait_for("Chapters");
    tutor.send("j\r");
    tutor.wait_for("2 of 3");
}

#[test]
fn opens_and_scrolls_a_chapter_then_saves_the_position() {
    let mut tutor = Tutor::start(&[], 80, 24);
    open_chapter_two(&mut tutor);
    let first = tutor.wait_for("Scalability Patterns");
    assert!(first.contains("Up or out"), "{first}");
    tutor.send(" ");
    let paged = tutor.wait_for("Reactive auto-scaling");
    assert!(!paged.contains("Up or out\n"), "{paged}");
    tutor.send("jjj");
    let progress = tutor.quit();
    assert!(
        progress.contains("last_chapter = \"02-scalability-patterns\""),
        "{progress}"
    );
    assert!(progress.contains("position = "), "{progress}");
    // The course id's folder is recorded with the first save, made canonical.
    let folder = std::fs::canonicalize(crate::common::SAMPLE_COURSE).unwrap();
    assert!(
        progress.contains(&format!("source = \"{}\"", folder.display())),
        "{progress}"
    );
}

#[test]
fn searches_and_shows_the_match() {
    let mut tutor = Tutor::start(&[], 80, 24);
    open_chapter_two(&mut tutor);
    tutor.send("/cdn");
    tutor.wait_for("/cdn");
    tutor.send("\r");
    let screen = tutor.wait_for("“cdn” 1 of");
    assert!(screen.contains("CDN"), "{screen}");
    tutor.send("n");
    tutor.wait_for("“cdn” 2 of");
    tutor.quit();
}

#[test]
fn search_is_smartcase_the_prompt_closes_as_in_less_and_cut_code_is_marked() {
    let mut tutor = Tutor::start(&[], 80, 24);
    open_chapter_two(&mut tutor);
    // A capital letter makes the search match case: "Cdn" is not "CDN".
    tutor.send("/Cdn\r");
    tutor.wait_for("No match for “Cdn”");
    // Backspace on an empty prompt closes it.
    tutor.send("/x");
    tutor.wait_for("/x▏");
    tutor.send("\x7f");
    tutor.wait_for("/▏");
    tutor.send("\x7f");
    tutor.wait_for("/ search");
    // Wide code ends in `›` at the window's edge; scrolled, `‹` follows the gutter.
    tutor.send("/loadSession\r");
    tutor.wait_for("Promise<Sessi›");
    tutor.send("\x1b[C");
    tutor.wait_for("│ ‹");
    tutor.quit();
}

#[test]
fn takes_a_quiz_to_its_result() {
    let mut tutor = Tutor::start(&["quiz", "02-scalability-patterns"], 100, 30);
    tutor.wait_for("question 1 of 5");
    for (i, answer) in ["b", "ab", "b", "b", "b"].iter().enumerate() {
        tutor.send(answer);
        tutor.send("\r");
        tutor.wait_for("✓ Right");
        if i < 4 {
            tutor.send("\r");
            tutor.wait_for(&format!("question {} of 5", i + 2));
        }
    }
    tutor.send("\r");
    let result = tutor.wait_for("5/5");
    assert!(result.to_lowercase().contains("master"), "{result}");
    let progress = tutor.quit();
    assert!(progress.contains("passed = true"), "{progress}");
}

#[test]
fn a_quiz_opened_from_the_shell_goes_back_to_it() {
    let mut tutor = Tutor::start(&["quiz", "02"], 80, 24);
    tutor.wait_for("question 1 of 5");
    tutor.send("q");
    tutor.ends();

    // After the result too: one Esc there, and the shell is back.
    let mut tutor = Tutor::start(&["quiz", "02"], 80, 24);
    tutor.wait_for("question 1 of 5");
    for answer in ["b", "ab", "b", "b", "b"] {
        tutor.send(answer);
        tutor.send("\r");
        tutor.wait_for("✓ Right");
        tutor.send("\r");
    }
    tutor.wait_for("Score 5/5");
    tutor.send("\u{1b}");
    tutor.ends();
}

#[test]
fn a_resize_keeps_the_same_passage_on_screen() {
    let mut tutor = Tutor::start(&[], 80, 24);
    open_chapter_two(&mut tutor);
    // Jump to the third heading through the outline.
    tutor.send("o");
    tutor.wait_for("Outline");
    tutor.send("jj\r");
    let before = tutor.wait_for("Reactive auto-scaling\n");
    assert!(
        before
            .lines()
            .nth(1)
            .unwrap()
            .contains("Reactive auto-scaling"),
        "{before}"
    );
    tutor.resize(50, 30);
    let after = tutor.wait_for("2 of 3\n");
    let body: Vec<&str> = after.lines().skip(1).take(28).collect();
    assert!(
        body.iter()
            .take(3)
            .any(|l| l.contains("Reactive auto-scaling")),
        "{after}"
    );
    tutor.resize(120, 20);
    let wide = tutor.wait_for(&format!("{}2 of 3", " ".repeat(40)));
    assert!(
        wide.lines()
            .take(4)
            .any(|l| l.contains("Reactive auto-scaling")),
        "{wide}"
    );
    tutor.quit();
}

#[test]
fn an_idle_tutor_writes_nothing_to_the_terminal() {
    let mut tutor = Tutor::start(&[], 80, 24);
    tutor.wait_for("Chapters");
    // Opening a chapter starts highlighting on another thread; its frame comes once.
    open_chapter_two(&mut tutor);
    std::thread::sleep(Duration::from_secs(1));
    let before = tutor.written.load(Ordering::SeqCst);
    std::thread::sleep(Duration::from_secs(5));
    let after = tutor.written.load(Ordering::SeqCst);
    assert_eq!(after, before, "bytes written over 5 idle seconds");
    // Still alive and answering.
    tutor.send("q");
    tutor.wait_for("Chapters");
    tutor.quit();
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_resumes() {
    let mut shell = Tutor::shell(80, 24);
    // The prompt (`$ `, its blank trimmed).
    shell.wait_for("$");
    let line = shell.command_line();
    shell.send(&line);
    shell.wait_for("Chapters");
    shell.send("j");
    shell.wait_for("▸ 2. Scalability");
    shell.send("\x1a");
    // The shell has the terminal back, as it was: the main screen, no raw mode needed
    // to read its prompt, no mouse reporting.
    shell.wait_for("Stopped");
    shell.wait_until("the main screen", |s| {
        !s.alternate_screen() && s.mouse_protocol_mode() == vt100::MouseProtocolMode::None
    });
    // What was done is saved before stopping.
    let saved = std::fs::read_to_string(shell.data.path().join("progress.toml")).unwrap();
    assert!(saved.contains("about_seen"), "{saved}");
    shell.send("fg\r");
    shell.wait_until("the tutor's screen", vt100::Screen::alternate_screen);
    let back = shell.wait_for("▸ 2. Scalability");
    assert!(back.contains("Overall"), "redrawn whole:\n{back}");
    shell.send("j");
    shell.wait_for("▸ 3. Database");
    shell.send("q");
    shell.wait_until("the shell again", |s| !s.alternate_screen());
    shell.send("exit\r");
}

#[test]
fn clicks_select_and_open_rows_without_tracking_every_motion() {
    let mut tutor = Tutor::start(&[], 80, 24);
    tutor.wait_for("Chapters");
    tutor.wait_until("mouse reporting", |s| {
        s.mouse_protocol_mode() == vt100::MouseProtocolMode::PressRelease
            && s.mouse_protocol_encoding() == vt100::MouseProtocolEncoding::Sgr
    });
    let row = tutor.row_of("3. Database Design") + 1;
    let click = format!("\x1b[<0;12;{row}M\x1b[<0;12;{row}m");
    tutor.send(&click);
    tutor.wait_for("▸ 3. Database Design");
    tutor.send(&click);
    tutor.wait_for("3 of 3");
    tutor.send("q");
    tutor.wait_for("Chapters");
    tutor.quit();
}
