//! Keys, help and hints come from one keymap per mode: every binding of every mode is
//! in the help of its screen, and the footers only name keys that exist.
use crate::common::{NOW, app, press, press_key, sample, screen_text};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::Path;
use tutor::course::Course;
use tutor::progress::{Clock, ProgressStore};
use tutor::theme::Theme;
use tutor::tui::app::{App, Screen};
use tutor::tui::keymap::{KeyCode, Mode, help_sections, keymap};
use tutor::tui::view;

/// The screen drawn at `cols`×`rows`, as text.
fn drawn(app: &mut App<'_>, cols: u16, rows: u16) -> String {
    app.resize(cols, rows);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

/// Opens the help over what is in front and checks that every binding of every mode
/// of that screen is in it: its keys as written, and what they do.
fn help_lists_every_binding(app: &mut App<'_>) -> Vec<Mode> {
    let under = app.mode();
    press(app, "?");
    assert_eq!(app.mode(), Mode::Help, "? opens the help over {under:?}");
    // Tall enough for the longest help (the reader's).
    let screen = drawn(app, 100, 140);
    let mut covered = Vec::new();
    for (mode, heading) in help_sections(under) {
        assert!(
            screen.contains(heading),
            "heading {heading:?} missing:\n{screen}"
        );
        for binding in keymap(*mode).all() {
            // Inside the help's box: the screen around it may use the same words.
            let row = screen
                .lines()
                .find(|l| l.contains('│') && l.contains(binding.help))
                .unwrap_or_else(|| panic!("{:?} of {mode:?} missing:\n{screen}", binding.help));
            assert!(
                row.contains(binding.label),
                "{:?} not on its row: {row}",
                binding.label
            );
        }
        covered.push(*mode);
    }
    press_key(app, KeyCode::Esc);
    assert_ne!(app.mode(), Mode::Help, "a key closes the help");
    covered
}

/// The tutor showing the result of a review: the first question of the scaling quiz
/// (its answer is b) missed the day before [`NOW`], then reviewed at `NOW`.
fn review_result<'c>(course: &'c Course, dir: &Path) -> App<'c> {
    let day_before = NOW
        .checked_sub(jiff::SignedDuration::from_hours(24))
        .unwrap();
    let store = ProgressStore::open(dir);
    let mut missed = App::new(course, store, Theme::plain(), Clock::Fixed(day_before));
    missed.open_quiz(0);
    assert_eq!(
        missed.quiz().unwrap().runner().quiz().id,
        "02-scalability-patterns"
    );
    press(&mut missed, "a");
    press_key(&mut missed, KeyCode::Enter);
    let mut app = app(course, dir);
    press(&mut app, "v");
    press(&mut app, "b");
    press_key(&mut app, KeyCode::Enter);
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::ReviewResult);
    app
}

#[test]
fn every_binding_appears_in_the_help_of_its_screen() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    let mut covered = help_lists_every_binding(&mut app);

    press(&mut app, "p");
    assert_eq!(app.screen(), Screen::Dashboard);
    covered.extend(help_lists_every_binding(&mut app));
    press(&mut app, "q");

    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Reader);
    covered.extend(help_lists_every_binding(&mut app));
    // Also from a popup over the reader: the same help.
    press(&mut app, "o");
    assert_eq!(app.mode(), Mode::Outline);
    covered.extend(help_lists_every_binding(&mut app));
    press(&mut app, "q");

    press(&mut app, "q");
    app.open_quiz(0);
    assert_eq!(app.screen(), Screen::Quiz);
    covered.extend(help_lists_every_binding(&mut app));

    covered.extend(help_lists_every_binding(&mut review_result(
        &loaded.course,
        dir.path(),
    )));

    for mode in Mode::ALL {
        assert!(
            covered.contains(&mode),
            "no help shows the keys of {mode:?}"
        );
    }
}

#[test]
fn a_tall_help_scrolls_to_its_end_in_a_small_window() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "?");
    let top = drawn(&mut app, 80, 24);
    assert!(top.contains("one line down"), "{top}");
    assert!(!top.contains("close the checklist"), "{top}");
    for _ in 0..100 {
        press(&mut app, "j");
    }
    let end = drawn(&mut app, 80, 24);
    assert!(end.contains("close the checklist"), "{end}");
    assert_eq!(app.mode(), Mode::Help, "scrolling keeps the help open");
}
