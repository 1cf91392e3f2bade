//! What the integration tests share: the sample course, the built binary, an `App`
//! over a scratch data folder, and a drawn buffer read back as text.

use ratatui::buffer::Buffer;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use tutor::course::{Course, Loaded};
use tutor::progress::{Clock, ProgressStore};
use tutor::quiz::Quiz;
use tutor::theme::Theme;
use tutor::tui::app::App;
use tutor::tui::input::Input;
use tutor::tui::keymap::{Key, KeyCode};

/// The course most tests read: fixed content, independent of the built-in course.
pub const SAMPLE_COURSE: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample-course");

/// The fixed time of the tutor's clock in these tests: 2026-11-24T01:02:03Z.
pub const NOW: jiff::Timestamp = jiff::Timestamp::constant(1_795_482_123, 0);

/// Loads a course folder that must load (errors in its files are in the result).
pub fn load(dir: impl AsRef<Path>) -> Loaded {
    Course::from_dir(dir.as_ref()).unwrap()
}

/// The sample course, loaded.
pub fn sample() -> Loaded {
    load(SAMPLE_COURSE)
}

/// The sample course's quiz with this id.
pub fn sample_quiz(id: &str) -> Quiz {
    sample()
        .course
        .quizzes
        .into_iter()
        .find(|q| q.id == id)
        .unwrap()
}

/// Copies the sample course's chapters and quizzes to `to`, so a test may edit them.
pub fn copy_sample_course(to: &Path) {
    for sub in ["content", "quizzes"] {
        std::fs::create_dir_all(to.join(sub)).unwrap();
        for entry in std::fs::read_dir(Path::new(SAMPLE_COURSE).join(sub)).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), to.join(sub).join(entry.file_name())).unwrap();
        }
    }
}

/// The built `tutor` binary, ready for arguments.
pub fn tutor() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tutor"))
}

/// The built binary keeping its progress in `data`, whatever `TUTOR_DATA_DIR` says.
pub fn tutor_with_data(data: &Path) -> Command {
    let mut command = tutor();
    command
        .args(["--data-dir", data.to_str().unwrap()])
        .env_remove("TUTOR_DATA_DIR");
    command
}

/// The progress file in a data folder, parsed.
pub fn progress_toml(data: &Path) -> toml::Table {
    let raw = std::fs::read_to_string(data.join("progress.toml")).expect("progress.toml exists");
    toml::from_str(&raw).expect("progress.toml parses")
}

/// Output bytes as text, any invalid UTF-8 replaced.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The tutor over `course` with its progress in `dir`, plain, at [`NOW`], in 80×24.
pub fn app<'c>(course: &'c Course, dir: &Path) -> App<'c> {
    let mut app = app_with_theme(course, dir, Theme::plain());
    app.resize(80, 24);
    app
}

/// The tutor over `course` with its progress in `dir`, at [`NOW`], not yet given a size.
pub fn app_with_theme<'c>(course: &'c Course, dir: &Path, theme: Theme) -> App<'c> {
    App::new(course, ProgressStore::open(dir), theme, Clock::Fixed(NOW))
}

/// Types `keys` into the app, one key per character, as the learner would.
pub fn press(app: &mut App<'_>, keys: &str) {
    for c in keys.chars() {
        app.handle(Input::Key(Key::char(c)));
    }
}

/// Presses one key that is not a character: `Enter`, `Esc`, arrows.
pub fn press_key(app: &mut App<'_>, code: KeyCode) {
    app.handle(Input::Key(Key::new(code)));
}

/// Presses `Ctrl` and a letter.
pub fn press_ctrl(app: &mut App<'_>, c: char) {
    app.handle(Input::Key(Key::ctrl(c)));
}

/// Every row of a buffer at full width, joined by newlines.
pub fn buffer_rows(buffer: &Buffer) -> String {
    let area = buffer.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every row of a buffer without its trailing blanks, each ending in a newline.
pub fn screen_text(buffer: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        for x in 0..buffer.area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// Removes the escape sequences tutor itself writes (SGR and OSC 8), so whatever is left
/// can be searched for bytes that must never reach the terminal.
pub fn strip_own_sequences(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('\u{1b}') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(sgr) = tail.strip_prefix("\u{1b}[") {
            let end = sgr.find('m').expect("an SGR sequence ends with m");
            assert!(
                sgr[..end].chars().all(|c| c.is_ascii_digit() || c == ';'),
                "bad SGR {tail:?}"
            );
            rest = &sgr[end + 1..];
        } else if let Some(osc) = tail.strip_prefix("\u{1b}]8;;") {
            let end = osc
                .find("\u{1b}\\")
                .expect("an OSC 8 sequence ends with ST");
            assert!(
                !osc[..end].chars().any(char::is_control),
                "control inside OSC 8 {tail:?}"
            );
            rest = &osc[end + 2..];
        } else {
            panic!("stray escape byte in output: {tail:?}");
        }
    }
    out.push_str(rest);
    out
}
