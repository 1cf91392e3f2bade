//! The TUI reader over a chapter holding every mdBook feature: it lays the chapter out
//! with the same renderer as `tutor read`, so the same lines reach the screen, and no
//! markup shows through.
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::theme::{Theme, ThemeKind};
use tutor::tui::input::Input;
use tutor::tui::keymap::KeyCode;
use tutor::tui::view;

use crate::common::{app_with_theme, load, press_key, screen_text};

/// The reader's screen over the fixture chapter, tall enough to hold all of it.
fn reader_screen(theme: Theme) -> String {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    std::fs::create_dir(&course).unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/render/mdbook-features.md"
    );
    std::fs::copy(fixture, course.join("features.md")).unwrap();
    let loaded = load(&course);
    let data = dir.path().join("data");
    let mut app = app_with_theme(&loaded.course, &data, theme);
    app.handle(Input::Resize(90, 200));
    let mut terminal = Terminal::new(TestBackend::new(90, 200)).unwrap();
    terminal.draw(|frame| view::draw(frame, &app)).unwrap();
    let home = screen_text(terminal.backend().buffer());
    assert!(
        home.contains("Book features") && !home.contains("{#"),
        "{home}"
    );
    press_key(&mut app, KeyCode::Enter);
    assert!(app.reader().is_some());
    terminal.draw(|frame| view::draw(frame, &app)).unwrap();
    screen_text(terminal.backend().buffer())
}

#[test]
fn the_reader_shows_what_tutor_read_prints() {
    for theme in [Theme::plain(), Theme::new(ThemeKind::Dark, true)] {
        let colour = theme.color;
        let screen = reader_screen(theme);
        for shown in [
            "│     # shown with one hash",
            "╭─ rust · does not compile · ignore",
            "Filename: `src/main.rs`",
            "Listing 2-1: A guessing game reading `input`",
            "▌ Caution",
            "    Using a value through a reference.",
            "The largest `i8` is 2⁷ − 1, water is H₂O, and 2^k grows.",
            "Seen here.",
            "▸ Show the answer (folded: Tab to it, Enter opens)",
            "┃ Quiz: quizzes/ch02-guessing.toml",
        ] {
            // Inline code is fenced in backticks only when there is no colour.
            let shown = if colour {
                shown.replace('`', "")
            } else {
                shown.to_owned()
            };
            assert!(
                screen.contains(&shown),
                "{shown:?} not on screen:\n{screen}"
            );
        }
        for leak in [
            "{#",
            "[!NOTE]",
            "<sup>",
            "<details>",
            "<Listing",
            "<tutor-quiz",
            "title: What",
        ] {
            assert!(!screen.contains(leak), "{leak:?} on screen:\n{screen}");
        }
    }
}
