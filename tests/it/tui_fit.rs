//! Nothing that matters is cut: popup rows wrap under their text, the help scrolls to
//! every key at 50×12, headers and footers give up their least important parts first,
//! and the too-small notice fits whatever size it is shown at. Drawn with `TestBackend`
//! at the sizes a learner uses, and over every size for the properties.
use crate::common::{app, load, press, press_key, screen_text};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use std::fmt::Write as _;
use std::path::Path;
use tutor::course::Loaded;
use tutor::tui::app::App;
use tutor::tui::input::Input;
use tutor::tui::keymap::{KeyCode, Mode, help_sections, keymap};
use tutor::tui::overlay::Overlay;
use tutor::tui::text;
use tutor::tui::view;
use unicode_width::UnicodeWidthStr;

const COURSE_TITLE: &str = "An Unusually Long Course Title About Distributed Systems";
const CHAPTER_TITLE: &str = "Caching Strategies";

/// Checklist items long enough to need two or three lines in a 74-column popup.
const ITEMS: [&str; 6] = [
    "A diagram of the cache in front of the database, with the read path and the write path marked.",
    "A note on what happens when the cache is cold after a deploy, and how long it takes to warm up again.",
    "Short item.",
    "An estimate of the hit ratio you expect for product pages, with the traffic numbers it rests on and one sentence on why.",
    "The eviction policy you chose and the access pattern that makes it the right one for this data.",
    "A plan for invalidation when a price changes: who deletes what, in which order, and what a reader may see meanwhile.",
];

const PROMPTS: [&str; 2] = [
    "Think of a page you load every day. Which parts of it could be cached for an hour, which for a second, and which never at all?",
    "What would you measure first?",
];

/// A course with a long title, one chapter with a long checklist and reflection
/// prompts, and a second chapter.
fn long_course(dir: &Path) -> Loaded {
    let content = dir.join("content");
    std::fs::create_dir_all(&content).unwrap();
    std::fs::write(
        content.join("course.toml"),
        format!(
            "id = \"fit\"\ntitle = \"{COURSE_TITLE}\"\nchapters = [\"01-caching\", \"02-more\"]\n"
        ),
    )
    .unwrap();
    let mut chapter = format!("# {CHAPTER_TITLE}\n\n");
    for n in 0..40 {
        let _ = write!(
            chapter,
            "Paragraph {n} of the chapter, to scroll through.\n\n"
        );
    }
    chapter.push_str("## A heading long enough that the outline has to wrap it onto a second line of its popup\n\n");
    chapter.push_str("## Checklist\n\n");
    for item in ITEMS {
        let _ = writeln!(chapter, "- [ ] {item}");
    }
    chapter.push_str("\n## Reflection prompts\n\n");
    for (n, prompt) in PROMPTS.iter().enumerate() {
        let _ = writeln!(chapter, "{}. {prompt}", n + 1);
    }
    std::fs::write(content.join("01-caching.md"), chapter).unwrap();
    std::fs::write(content.join("02-more.md"), "# More\n\nText.\n").unwrap();
    load(dir)
}

fn draw(app: &mut App<'_>, cols: u16, rows: u16) -> Buffer {
    app.resize(cols, rows);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The text inside a popup's box: each row between its side borders, trimmed.
fn box_rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|line| {
            let start = line.find('│')?;
            let end = line.rfind('│')?;
            (end > start).then(|| line[start + '│'.len_utf8()..end].trim_end().to_owned())
        })
        .collect()
}

/// Words separated by single blanks, as a wrapped text reads when joined.
fn collapsed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rows of the popup drawn reversed: the selected row, all its lines.
fn selected_rows(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (area.top()..area.bottom())
        .filter_map(|y| {
            let row: String = (area.left()..area.right())
                .filter(|&x| buf[(x, y)].modifier.contains(Modifier::REVERSED))
                .map(|x| buf[(x, y)].symbol())
                .collect();
            (!row.is_empty()).then_some(row)
        })
        .collect()
}

fn open_reader(app: &mut App<'_>) {
    press_key(app, KeyCode::Enter);
    assert!(app.reader().is_some());
}

#[test]
fn checklist_rows_wrap_under_their_text_at_100_columns() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open_reader(&mut app);
    press(&mut app, "x");
    let screen = screen_text(&draw(&mut app, 100, 30));
    assert!(!screen.contains('…'), "nothing is cut:\n{screen}");
    let rows = box_rows(&screen);
    let text = collapsed(&rows.join(" "));
    for item in ITEMS {
        assert!(
            text.contains(&format!("☐ {item}")),
            "{item:?} whole:\n{screen}"
        );
    }
    // The second line of the first item starts under its text, past the box.
    let first = rows.iter().position(|r| r.contains("☐ A diagram")).unwrap();
    let column = rows[first][..rows[first].find("A diagram").unwrap()].width();
    let next = &rows[first + 1];
    assert_eq!(next.len() - next.trim_start().len(), column, "{next:?}");
    assert!(!next.contains('☐'), "a continuation has no box: {next:?}");
}

#[test]
fn the_selection_covers_every_line_of_a_wrapped_row_and_stays_in_view() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open_reader(&mut app);
    press(&mut app, "x");
    // Short enough that the list scrolls; narrow enough that items take three lines.
    for (cols, rows) in [(100, 30), (60, 14), (44, 12)] {
        press(&mut app, "g");
        for (n, item) in ITEMS.iter().enumerate() {
            let buf = draw(&mut app, cols, rows);
            let selected = selected_rows(&buf);
            assert!(
                selected.len() > usize::from(item.len() > 70),
                "{cols}×{rows}: {selected:?}"
            );
            assert_eq!(
                collapsed(&selected.join(" ")),
                format!("☐ {item}"),
                "{cols}×{rows}: item {n} wholly in view and highlighted\n{}",
                screen_text(&buf)
            );
            // Every highlighted line is as wide as the box inside.
            let widths: Vec<usize> = selected.iter().map(|r| r.width()).collect();
            assert!(widths.windows(2).all(|w| w[0] == w[1]), "{widths:?}");
            press(&mut app, "j");
        }
        // Scrolled to the end, the top edge of the list is not lost: a sign says so.
        let screen = screen_text(&draw(&mut app, cols, rows));
        if rows < 30 {
            assert!(screen.contains("↑ more"), "{cols}×{rows}:\n{screen}");
        }
    }
    // Back at the top of a scrolling list, the sign points down.
    press(&mut app, "g");
    let screen = screen_text(&draw(&mut app, 60, 14));
    assert!(screen.contains("↓ more"), "{screen}");
}

#[test]
fn reflection_prompts_wrap_and_show_the_answer_under_them() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open_reader(&mut app);
    press(&mut app, "r");
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Editor);
    press(&mut app, "Mostly the images.");
    app.handle(Input::Key(tutor::tui::keymap::Key::ctrl('s')));
    assert_eq!(app.mode(), Mode::Reflections);
    let screen = screen_text(&draw(&mut app, 100, 30));
    let rows = box_rows(&screen);
    let shown = collapsed(&rows.join(" "));
    assert!(
        shown.contains(&format!(
            "✎ {} {} Mostly the images.",
            PROMPTS[0],
            text::YOUR_ANSWER
        )),
        "{screen}"
    );
    assert!(shown.contains(PROMPTS[1]), "{screen}");
    assert!(!screen.contains('…'), "{screen}");
}

#[test]
fn the_outline_wraps_a_long_heading() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open_reader(&mut app);
    press(&mut app, "o");
    let screen = screen_text(&draw(&mut app, 60, 20));
    let text = collapsed(&box_rows(&screen).join(" "));
    assert!(
        text.contains(
            "A heading long enough that the outline has to wrap it onto a second line of its popup"
        ),
        "{screen}"
    );
}

/// How far the help on top is scrolled.
fn help_scroll(app: &App<'_>) -> usize {
    match app.overlays().last() {
        Some(Overlay::Help { scroll, .. }) => *scroll,
        other => panic!("the help is not on top: {other:?}"),
    }
}

/// Every line the help shows over `app`'s screen at `cols`×`rows`, collected by
/// scrolling it a line at a time from the top to the end.
fn whole_help(app: &mut App<'_>, cols: u16, rows: u16) -> Vec<String> {
    press(app, "g");
    let mut seen = box_rows(&screen_text(&draw(app, cols, rows)));
    loop {
        let before = help_scroll(app);
        press(app, "j");
        if help_scroll(app) == before {
            return seen;
        }
        let shown = box_rows(&screen_text(&draw(app, cols, rows)));
        seen.push(shown.last().cloned().unwrap_or_default());
    }
}

#[test]
fn the_help_shows_every_key_at_50x12_by_scrolling() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    for under in ["home", "reader"] {
        let mut app = app(&loaded.course, data.path());
        if under == "reader" {
            open_reader(&mut app);
        }
        let mode = app.mode();
        press(&mut app, "?");
        let top = screen_text(&draw(&mut app, 50, 12));
        assert!(top.contains("↓ more"), "a sign that there is more:\n{top}");
        let help = collapsed(&whole_help(&mut app, 50, 12).join(" "));
        for (section, heading) in help_sections(mode) {
            assert!(help.contains(heading), "{heading:?} in {help}");
            for binding in keymap(*section).all() {
                let row = format!("{} {}", binding.label, collapsed(binding.help));
                assert!(
                    help.contains(&row),
                    "{row:?} reachable over {under}:\n{help}"
                );
            }
        }
        let end = screen_text(&draw(&mut app, 50, 12));
        assert!(
            end.contains("↑ more") && !end.contains("↓ more"),
            "at the end:\n{end}"
        );
        assert_eq!(app.mode(), Mode::Help, "scrolling keeps the help open");
    }
}

#[test]
fn the_help_pages_jumps_and_turns_with_the_wheel() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open_reader(&mut app);
    press(&mut app, "?");
    let page = |app: &mut App<'_>| box_rows(&screen_text(&draw(app, 50, 12)));
    let first = page(&mut app);
    press_key(&mut app, KeyCode::PageDown);
    let second = page(&mut app);
    assert!(
        !first.contains(&second[0]),
        "a page down shows the next lines"
    );
    press_key(&mut app, KeyCode::PageUp);
    assert_eq!(page(&mut app), first);
    press(&mut app, " ");
    assert_eq!(page(&mut app), second, "space pages as in less");
    press(&mut app, "b");
    press_key(&mut app, KeyCode::End);
    let end = page(&mut app);
    assert!(
        end.iter().any(|r| r.contains(text::KEY_CLOSE_THE_HELP)),
        "{end:?}"
    );
    press_key(&mut app, KeyCode::Home);
    assert_eq!(page(&mut app), first);
    app.handle(Input::Wheel(3));
    let wheeled = page(&mut app);
    assert_eq!(wheeled[0], first[3], "the wheel scrolls three lines");
    press_key(&mut app, KeyCode::Down);
    press_key(&mut app, KeyCode::Up);
    assert_eq!(page(&mut app), wheeled, "arrows scroll a line");
    assert_eq!(app.mode(), Mode::Help);
    press(&mut app, "z");
    assert_eq!(app.mode(), Mode::Reader, "any other key closes it");
}

#[test]
fn the_reader_footer_at_60_columns_keeps_its_end_and_the_way_out() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open_reader(&mut app);
    press(&mut app, "jjj");
    let screen = screen_text(&draw(&mut app, 60, 20));
    let footer = screen.lines().nth(19).unwrap();
    assert!(
        footer.ends_with("% read"),
        "the percentage stays: {footer:?}"
    );
    assert!(
        footer.contains("? help") && footer.contains("q Esc back"),
        "{footer:?}"
    );
    assert!(
        footer.contains("/ search"),
        "the first hint stays: {footer:?}"
    );
    assert!(
        !footer.contains("x checklist"),
        "a later hint goes first: {footer:?}"
    );
    // At 80 columns there is room for every hint.
    let wide = screen_text(&draw(&mut app, 80, 24));
    let footer = wide.lines().nth(23).unwrap();
    assert!(
        footer.contains("x checklist") && footer.contains("? help"),
        "{footer:?}"
    );
}

#[test]
fn hints_keep_help_the_way_out_and_enter_longest() {
    let palette = tutor::tui::theme::Palette::new(&tutor::theme::Theme::plain());
    let hints = |mode, width| {
        let line = tutor::tui::draw::key_hints(keymap(mode).hints(), width, &palette);
        line.spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect::<String>()
    };
    // Every hint of a quiz question fits at 66; at 54 `j ↓ move` gives way, not
    // `Enter submit`, the way out or the first hint.
    assert_eq!(
        hints(Mode::QuizChoice, 66),
        "a b c… 1 2 3… choose  j ↓ move  Enter submit  q Esc quit  ? help"
    );
    assert_eq!(
        hints(Mode::QuizChoice, 54),
        "a b c… 1 2 3… choose  Enter submit  q Esc quit  ? help"
    );
    assert_eq!(hints(Mode::QuizChoice, 20), "q Esc quit  ? help");
    assert_eq!(hints(Mode::QuizChoice, 6), "? help");
    assert_eq!(hints(Mode::QuizChoice, 5), "");
}

#[test]
fn the_breadcrumb_shortens_the_courses_name_before_the_chapters() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open_reader(&mut app);
    let header = |app: &mut App<'_>, cols| {
        screen_text(&draw(app, cols, 20))
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    let wide = header(&mut app, 120);
    assert!(
        wide.contains(&format!("{COURSE_TITLE} › {CHAPTER_TITLE}")),
        "{wide}"
    );
    assert!(wide.ends_with("1 of 2"), "{wide}");
    let at_60 = header(&mut app, 60);
    assert!(at_60.contains(&format!("… › {CHAPTER_TITLE}")), "{at_60}");
    assert!(at_60.starts_with(" An Unusually"), "{at_60}");
    assert!(at_60.ends_with("1 of 2"), "{at_60}");
    let at_40 = header(&mut app, 40);
    assert!(at_40.contains(CHAPTER_TITLE), "{at_40}");
    assert!(!at_40.contains("Unusually"), "{at_40}");
}

#[test]
fn the_too_small_notice_fits_every_size_it_is_shown_at() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    let shown = |app: &mut App<'_>, cols, rows| screen_text(&draw(app, cols, rows));
    assert_eq!(
        shown(&mut app, 20, 5),
        "Enlarge the window\n(40×10 or more)\n\n\n\n"
    );
    assert_eq!(shown(&mut app, 10, 3), "Enlarge\nthe window\n\n");
    assert_eq!(shown(&mut app, 9, 1), "Too small\n");
    assert_eq!(shown(&mut app, 7, 1), "Enlarge\n");
    assert_eq!(shown(&mut app, 1, 1), "…\n");
    assert_eq!(shown(&mut app, 0, 3), "\n\n\n");
    assert_eq!(
        shown(&mut app, 39, 9),
        "Enlarge the window (40×10 or more)\n\n\n\n\n\n\n\n\n"
    );
}

/// What can be in front, set up from the reader or home.
fn set_up(app: &mut App<'_>, what: u8) {
    match what {
        0 => {}
        1 => open_reader(app),
        2 => {
            open_reader(app);
            press(app, "G?");
        }
        3 => {
            open_reader(app);
            press(app, "xjj");
        }
        4 => {
            open_reader(app);
            press(app, "r");
        }
        5 => {
            open_reader(app);
            press(app, "o");
        }
        6 => {
            open_reader(app);
            press(app, "/paragraph");
        }
        7 => press(app, "p"),
        _ => {
            press(app, "?");
            press_key(app, KeyCode::End);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    /// At any size nothing panics; the bars keep what matters; the notice has no cut word.
    #[test]
    fn every_screen_fits_every_size(cols in 1u16..=120, rows in 1u16..=50, what in 0u8..=8) {
        let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let loaded = long_course(course_dir.path());
        let mut app = app(&loaded.course, data.path());
        set_up(&mut app, what);
        let screen = screen_text(&draw(&mut app, cols, rows));
        prop_assert!(screen.lines().all(|l| l.width() <= usize::from(cols)));
        if cols < 40 || rows < 10 {
            let words: Vec<&str> = text::TOO_SMALL
                .split_whitespace()
                .chain(text::TOO_SMALL_SHORTER.iter().flat_map(|s| s.split_whitespace()))
                .collect();
            for word in screen.split_whitespace() {
                prop_assert!(word == "…" || words.contains(&word), "{word:?} cut:\n{screen}");
            }
        } else if what == 1 {
            let footer = screen.lines().last().unwrap_or("");
            prop_assert!(footer.ends_with("% read"), "footer keeps its end: {footer:?}");
            let header = screen.lines().next().unwrap_or("");
            prop_assert!(header.contains("Caching"), "the chapter's name: {header:?}");
        }
        // Back to a usable size: the state survived.
        let _ = draw(&mut app, 80, 24);
    }
}
