//! What the tutor draws, through ratatui's `TestBackend`: text snapshots of the home
//! screen, the reader and the help at two sizes, a snapshot of the styles (colour does
//! not show in a text snapshot), and no panic at any size for any screen.

use crate::common::{app_with_theme, press, press_key, sample, screen_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use tutor::theme::{Theme, ThemeKind};
use tutor::tui::app::App;
use tutor::tui::input::Input;
use tutor::tui::keymap::KeyCode;
use tutor::tui::view;

fn draw(app: &mut App<'_>, cols: u16, rows: u16) -> Buffer {
    app.handle(Input::Resize(cols, rows));
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|frame| view::draw(frame, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// Home, the reader on chapter 2 after a few lines, and the help over the reader.
fn screens(cols: u16, rows: u16) -> [String; 3] {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_theme(&loaded.course, dir.path(), Theme::plain());
    let home = screen_text(&draw(&mut app, cols, rows));
    press(&mut app, "j");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "jjjj");
    let reader = screen_text(&draw(&mut app, cols, rows));
    press(&mut app, "?");
    let help = screen_text(&draw(&mut app, cols, rows));
    [home, reader, help]
}

#[test]
fn screens_at_80x24() {
    let [home, reader, help] = screens(80, 24);
    insta::assert_snapshot!("home_80x24", home);
    insta::assert_snapshot!("reader_80x24", reader);
    insta::assert_snapshot!("help_80x24", help);
}

#[test]
fn screens_at_120x40() {
    let [home, reader, help] = screens(120, 40);
    insta::assert_snapshot!("home_120x40", home);
    insta::assert_snapshot!("reader_120x40", reader);
    insta::assert_snapshot!("help_120x40", help);
}

#[test]
fn the_reading_column_is_centred_on_a_wide_terminal() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_theme(&loaded.course, dir.path(), Theme::plain());
    app.handle(Input::Resize(160, 30));
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.reader().unwrap().width, 100);
    let screen = screen_text(&draw(&mut app, 160, 30));
    let body: Vec<&str> = screen
        .lines()
        .skip(1)
        .take(28)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(
        body.iter().all(|l| l.starts_with(&" ".repeat(30))),
        "{screen}"
    );
}

/// Runs of one style on a row: (text, style) pairs, as debug output shows them.
fn styled_rows(buf: &Buffer, rows: std::ops::Range<u16>) -> Vec<Vec<(String, String)>> {
    rows.map(|y| {
        let mut runs: Vec<(String, String)> = Vec::new();
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            let style = format!("{:?}", cell.style());
            match runs.last_mut() {
                Some((text, last)) if *last == style => text.push_str(cell.symbol()),
                _ => runs.push((cell.symbol().to_owned(), style)),
            }
        }
        runs.retain(|(text, _)| !text.trim().is_empty());
        runs
    })
    .collect()
}

#[test]
fn styles_of_the_dark_theme() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_theme(
        &loaded.course,
        dir.path(),
        Theme::new(ThemeKind::Dark, true),
    );
    let home = draw(&mut app, 80, 24);
    press(&mut app, "j");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "/scal");
    press_key(&mut app, KeyCode::Enter);
    let reader = draw(&mut app, 80, 24);
    for buf in [&home, &reader] {
        let painted = buf
            .content
            .iter()
            .filter(|c| c.bg != ratatui::style::Color::Reset);
        assert_eq!(painted.count(), 0, "no cell has a background colour");
    }
    insta::assert_debug_snapshot!("home_styles", styled_rows(&home, 0..2));
    insta::assert_debug_snapshot!("reader_styles", styled_rows(&reader, 0..6));
}

#[test]
fn without_colour_no_cell_has_a_colour() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with_theme(
        &loaded.course,
        dir.path(),
        Theme::new(ThemeKind::Dark, false),
    );
    let mut buffers = vec![draw(&mut app, 80, 24)];
    press_key(&mut app, KeyCode::Enter);
    buffers.push(draw(&mut app, 80, 24));
    press(&mut app, "p");
    buffers.push(draw(&mut app, 80, 24));
    for buf in buffers {
        for cell in &buf.content {
            assert_eq!(
                (cell.fg, cell.bg),
                (ratatui::style::Color::Reset, ratatui::style::Color::Reset)
            );
        }
    }
}

type Setup = fn(&mut App<'_>);

/// Every screen and overlay, drawn at sizes down to one cell.
#[test]
fn no_screen_panics_at_any_small_size() {
    let loaded = sample();
    let dir = tempfile::tempdir().unwrap();
    let setups: [(&str, Setup); 8] = [
        ("home", |_| {}),
        ("reader", |a| {
            press_key(a, KeyCode::Enter);
        }),
        ("help", |a| {
            press_key(a, KeyCode::Enter);
            press(a, "?");
        }),
        ("outline", |a| {
            press_key(a, KeyCode::Enter);
            press(a, "o");
        }),
        ("search", |a| {
            press_key(a, KeyCode::Enter);
            press(a, "/x");
        }),
        ("quiz", |a| {
            press(a, "jj");
            press_key(a, KeyCode::Enter);
        }),
        ("dashboard", |a| {
            press(a, "p");
        }),
        ("end", |a| {
            press_key(a, KeyCode::Enter);
            press(a, "G");
        }),
    ];
    for (name, setup) in setups {
        for (cols, rows) in [(1, 1), (10, 3), (20, 5), (39, 9), (40, 10), (80, 24)] {
            let mut app = app_with_theme(&loaded.course, dir.path(), Theme::default());
            app.resize(80, 24);
            setup(&mut app);
            let buf = draw(&mut app, cols, rows);
            let screen = screen_text(&buf);
            if cols < 40 || rows < 10 {
                // The notice alone, wrapped or shortened: every word of it whole.
                let text = tutor::tui::text::TOO_SMALL_SHORTER.join(" ");
                let notice = format!("{} {text}", tutor::tui::text::TOO_SMALL);
                let words = screen.split_whitespace();
                assert!(
                    words.clone().count() > 0,
                    "{name} at {cols}×{rows}: a notice\n{screen}"
                );
                for word in words {
                    assert!(
                        word == "…" || notice.split_whitespace().any(|w| w == word),
                        "{name} at {cols}×{rows}: {word:?} is cut\n{screen}"
                    );
                }
            }
            // Back to a usable size: the state survived.
            let _ = draw(&mut app, 80, 24);
        }
    }
}
