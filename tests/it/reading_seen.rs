//! Read means seen: the lines of a chapter that have been on screen, whatever brought
//! them there, are what the progress file records and what every figure shows.
//!
//! The chapter here is one heading and numbered one-line paragraphs, so what is on
//! screen can be read off the drawn screen ("Paragraph 17") and compared with the
//! lines the progress file says were seen: paragraph `n` is source line `2n + 1`.

use crate::common::{app, load, press, press_ctrl, press_key, screen_text, tutor_with_data};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use tutor::course::Loaded;
use tutor::progress::{ChapterProgress, ProgressStore, SeenLines};
use tutor::tui::action::Action;
use tutor::tui::app::App;
use tutor::tui::input::Input;
use tutor::tui::keymap::KeyCode;
use tutor::tui::reader::ReaderAction;
use tutor::tui::view;

/// Paragraphs in the chapter: at 80×24 the chapter is several screens long.
const PARAGRAPHS: u32 = 100;
/// Its source lines: the heading, a blank, then each paragraph and the blank after it,
/// the last paragraph being the last line.
const LINES: u32 = 2 * PARAGRAPHS + 1;

fn line_of(paragraph: u32) -> u32 {
    2 * paragraph + 1
}

/// A course of one chapter, `long`, of `paragraphs` numbered paragraphs, the last one
/// with the word "omega" in it.
fn long_course(dir: &Path, paragraphs: u32) -> Loaded {
    let mut body = String::from("# Long\n");
    for n in 1..=paragraphs {
        let end = if n == paragraphs { " omega." } else { "." };
        let _ = write!(body, "\nParagraph {n}{end}\n");
    }
    std::fs::write(dir.join("long.md"), body).unwrap();
    let loaded = load(dir);
    assert_eq!(loaded.course.chapters[0].line_count(), 2 * paragraphs + 1);
    loaded
}

/// The paragraphs the app shows right now, read from the drawn screen.
fn visible(app: &App<'_>) -> BTreeSet<u32> {
    let (cols, rows) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|frame| view::draw(frame, app)).unwrap();
    screen_text(terminal.backend().buffer())
        .lines()
        .filter_map(|row| row.trim().strip_prefix("Paragraph "))
        .filter_map(|rest| rest.split([' ', '.']).next()?.parse().ok())
        .collect()
}

/// The lines the reader has recorded as seen.
fn seen(app: &App<'_>) -> SeenLines {
    app.reader().unwrap().seen.clone()
}

/// Every paragraph that was on some screen is seen, and no other.
fn assert_seen_exactly(seen: &SeenLines, shown: &BTreeSet<u32>) {
    for n in 1..=PARAGRAPHS {
        assert_eq!(
            seen.contains(line_of(n)),
            shown.contains(&n),
            "paragraph {n} (line {}): seen {:?}",
            line_of(n),
            seen.ranges()
        );
    }
}

fn open(app: &mut App<'_>) {
    press_key(app, KeyCode::Enter);
}

/// The chapter's record in the progress file in `dir`, as a fresh store reads it.
fn on_disk(dir: &Path, course: &str) -> ChapterProgress {
    ProgressStore::open(dir).progress().courses[course].chapters["long"].clone()
}

#[test]
fn a_search_to_the_last_line_reads_what_was_on_screen() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path(), PARAGRAPHS);
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    let mut shown = visible(&app);
    press(&mut app, "/omega");
    press_key(&mut app, KeyCode::Enter);
    shown.extend(visible(&app));
    assert!(
        shown.contains(&PARAGRAPHS),
        "the search landed on the last line"
    );
    assert_seen_exactly(&seen(&app), &shown);
    press(&mut app, "q");
    let status = &app.home().status().chapters[0];
    assert!(!status.finished);
    assert_eq!(status.seen_lines, seen(&app).count_within(LINES));
    // Two screens of about 20 of 201 lines: neither the ~4% of a furthest point
    // nor the 100% of "the end was reached".
    assert!((15..=25).contains(&status.percent), "{}", status.percent);
    assert_eq!(status.label(), format!("{}% read", status.percent));
    let disk = on_disk(data.path(), &loaded.course.meta.id);
    assert_seen_exactly(&disk.seen, &shown);
    assert!(!disk.finished);
}

#[test]
fn the_end_on_a_freshly_opened_chapter_adds_only_the_last_screen() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path(), PARAGRAPHS);
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    let top = visible(&app);
    press(&mut app, "G");
    let bottom = visible(&app);
    assert_eq!(app.deadline(), None, "the end is saved at once");
    let mut shown = top.clone();
    shown.extend(&bottom);
    assert_seen_exactly(&seen(&app), &shown);
    let disk = on_disk(data.path(), &loaded.course.meta.id);
    // The top part runs from line 1, the bottom screen to the last line.
    let (first, last) = (disk.seen.ranges()[0], disk.seen.ranges()[1]);
    assert_eq!(disk.seen.ranges().len(), 2);
    assert_eq!((first.0, last.1), (1, LINES));
    assert!(!disk.finished, "the middle was never on screen");
    assert_eq!(disk.furthest, first.1, "older tutors see the top part");
    let status = &app.home().status().chapters[0];
    let expected = (first.1 - first.0 + 1) + (last.1 - last.0 + 1);
    assert_eq!(status.seen_lines, expected);
    assert_eq!(status.percent, expected * 100 / LINES);
    let approximately = u32::try_from(shown.len()).unwrap() * 100 / PARAGRAPHS;
    assert!(status.percent.abs_diff(approximately) <= 2, "{status:?}");
    // The reader's footer says the same, not that the end means 100%.
    let (cols, rows) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|frame| view::draw(frame, &app)).unwrap();
    let screen = screen_text(terminal.backend().buffer());
    let footer = screen.lines().last().unwrap().trim_end();
    assert!(
        footer.ends_with(&format!(" {}% read", status.percent)),
        "{footer}"
    );
}

#[test]
fn paging_through_every_line_reads_the_chapter() {
    type Step = fn(&mut App<'_>);
    let moves: [(&str, Step); 3] = [
        ("space", |app| press(app, " ")),
        ("Ctrl-d", |app| press_ctrl(app, 'd')),
        ("j", |app| press(app, "j")),
    ];
    for (name, step) in moves {
        let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let loaded = long_course(course_dir.path(), PARAGRAPHS);
        let mut app = app(&loaded.course, data.path());
        open(&mut app);
        let mut shown = visible(&app);
        while !app.reader().unwrap().at_end() {
            step(&mut app);
            shown.extend(visible(&app));
        }
        assert_eq!(
            shown.len(),
            PARAGRAPHS as usize,
            "{name}: every paragraph shown"
        );
        assert_eq!(seen(&app).ranges(), [(1, LINES)], "{name}");
        assert_eq!(app.deadline(), None, "{name}: saved at once when read");
        let disk = on_disk(data.path(), &loaded.course.meta.id);
        assert_eq!(disk.seen.ranges(), [(1, LINES)], "{name}");
        assert!(disk.finished && disk.furthest == LINES, "{name}: {disk:?}");
        press(&mut app, "q");
        assert_eq!(app.home().status().chapters[0].label(), "read", "{name}");
        assert_eq!(app.home().status().chapters[0].percent, 100, "{name}");
    }
}

#[test]
fn the_wheel_the_outline_and_g_add_what_they_show() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    std::fs::write(
        course_dir.path().join("long.md"),
        (1..=PARAGRAPHS)
            .map(|n| format!("## Part {n}\n\nParagraph {n}.\n"))
            .collect::<Vec<_>>()
            .join("\n"),
    )
    .unwrap();
    let loaded = load(course_dir.path());
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    let before = seen(&app);
    app.handle(Input::Wheel(3));
    let wheeled = seen(&app);
    assert!(wheeled.count_within(u32::MAX) > before.count_within(u32::MAX));
    press(&mut app, "o");
    for _ in 0..60 {
        press(&mut app, "j");
    }
    press_key(&mut app, KeyCode::Enter);
    let jumped = visible(&app);
    assert!(
        jumped.contains(&61),
        "the outline jumped to part 61: {jumped:?}"
    );
    press(&mut app, "g");
    press(&mut app, "q");
    let disk = on_disk(data.path(), &loaded.course.meta.id);
    // Part n's paragraph is line 4n - 1: seen after the jump, not before it.
    assert!(disk.seen.contains(4 * 61 - 1), "{:?}", disk.seen);
    assert!(!disk.seen.contains(4 * 50 - 1), "{:?}", disk.seen);
    assert_eq!(disk.seen.ranges().len(), 2, "{:?}", disk.seen);
}

#[test]
fn what_was_seen_survives_a_resize_and_is_counted_in_source_lines() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path(), PARAGRAPHS);
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    press(&mut app, "  ");
    let mut shown = visible(&app);
    let before = seen(&app);
    // Taller: more of the chapter comes on screen and is added.
    app.handle(Input::Resize(80, 40));
    shown.extend(visible(&app));
    let taller = seen(&app);
    assert!(taller.count_within(LINES) > before.count_within(LINES));
    // Narrower and shorter: nothing seen is lost.
    app.handle(Input::Resize(30, 12));
    let mut after = seen(&app);
    after.union(&before);
    assert_eq!(after, seen(&app), "a resize never forgets a line");
    press(&mut app, "q");
    // The same file read at another width gives the same figure: it holds source lines.
    let figure = app.home().status().chapters[0].label();
    let mut wide = crate::common::app(&loaded.course, data.path());
    wide.handle(Input::Resize(200, 60));
    assert_eq!(wide.home().status().chapters[0].label(), figure);
    let disk = on_disk(data.path(), &loaded.course.meta.id);
    assert!(disk.seen.ranges().iter().all(|&(_, last)| last <= LINES));
    assert!(disk.seen.contains(line_of(*shown.last().unwrap())));
}

#[test]
fn reopening_at_a_saved_position_adds_that_screen() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path(), PARAGRAPHS);
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    let mut shown = visible(&app);
    app.apply(Action::Reader(ReaderAction::Scroll(120)));
    shown.extend(visible(&app));
    press(&mut app, "q");
    // A shorter window before the restart, a taller one after: the reopened screen
    // shows paragraphs the first never did.
    let mut again = crate::common::app(&loaded.course, data.path());
    again.handle(Input::Resize(80, 40));
    press(&mut again, "c");
    let reopened = visible(&again);
    assert!(!reopened.is_subset(&shown), "{reopened:?}");
    shown.extend(reopened);
    assert_seen_exactly(&seen(&again), &shown);
}

#[test]
fn an_older_file_loads_with_the_figure_it_meant() {
    let data = tempfile::tempdir().unwrap();
    let course = crate::common::sample();
    std::fs::write(
        data.path().join("progress.toml"),
        "version = 1

[courses.system-design-fundamentals.chapters.01-system-design-principles]
position = 0
furthest = 12
finished = true

[courses.system-design-fundamentals.chapters.02-scalability-patterns]
position = 20
furthest = 33
finished = false
",
    )
    .unwrap();
    // Chapter 2 has 66 lines: lines 1 to 33 seen are half of it.
    assert_eq!(course.course.chapters[1].line_count(), 66);
    let status = tutor::study::CourseStatus::new(
        &course.course,
        ProgressStore::open(data.path()).progress(),
    );
    let labels: Vec<String> = status
        .chapters
        .iter()
        .map(tutor::study::ChapterStatus::label)
        .collect();
    assert_eq!(labels, ["read", "50% read", "unread"]);
    let list = tutor_with_data(data.path())
        .args(["--course", crate::common::SAMPLE_COURSE, "list"])
        .output()
        .unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(list.contains("50% read"), "{list}");
    // Reading on keeps what the old file said and writes it as ranges too.
    let mut app = app(&course.course, data.path());
    press(&mut app, "j");
    press_key(&mut app, KeyCode::Enter);
    press(&mut app, "q");
    let store = ProgressStore::open(data.path());
    let saved = &store.progress().courses["system-design-fundamentals"];
    let two = &saved.chapters["02-scalability-patterns"];
    assert!(two.seen.contains(1) && two.seen.contains(33), "{two:?}");
    assert!(two.furthest >= 33);
    let one = &saved.chapters["01-system-design-principles"];
    assert!(one.finished, "a finished chapter stays read");
}

#[test]
fn two_tutors_saving_at_once_keep_both_sets_of_lines() {
    let data = tempfile::tempdir().unwrap();
    let mut first = ProgressStore::open(data.path());
    let mut second = ProgressStore::open(data.path());
    for (store, lines) in [(&mut first, (1, 40)), (&mut second, (120, 180))] {
        let record = store
            .progress_mut()
            .courses
            .entry("c".into())
            .or_default()
            .chapters
            .entry("long".into())
            .or_default();
        record.record_seen(&SeenLines::of(lines.0, lines.1), LINES);
        assert!(store.save());
    }
    first
        .progress_mut()
        .courses
        .get_mut("c")
        .unwrap()
        .chapters
        .get_mut("long")
        .unwrap()
        .record_seen(&SeenLines::of(30, 60), LINES);
    assert!(first.save());
    let store = ProgressStore::open(data.path());
    let merged = &store.progress().courses["c"].chapters["long"];
    assert_eq!(merged.seen.ranges(), [(1, 60), (120, 180)]);
    let text = std::fs::read_to_string(data.path().join("progress.toml")).unwrap();
    assert!(text.contains("seen = [[1, 60], [120, 180]]"), "{text}");
}

#[test]
fn home_list_progress_and_the_report_show_the_same_figure() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let loaded = long_course(course_dir.path(), PARAGRAPHS);
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    press(&mut app, "G");
    press(&mut app, "q");
    let status = app.home().status().chapters[0].clone();
    let label = format!("{}% read", status.percent);
    assert!(status.percent > 0 && status.percent < 100, "{status:?}");
    let home: String = {
        let (cols, rows) = app.size();
        let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
        terminal.draw(|frame| view::draw(frame, &app)).unwrap();
        screen_text(terminal.backend().buffer())
    };
    assert!(home.contains(&label), "home: {home}");
    let run = |args: &[&str]| {
        let out = tutor_with_data(data.path())
            .arg("--course")
            .arg(course_dir.path())
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run(&["list"]).contains(&label));
    assert!(run(&["progress"]).contains(&label));
    assert!(run(&["progress", "--markdown"]).contains(&label));
    let json: serde_json::Value = serde_json::from_str(&run(&["progress", "--json"])).unwrap();
    let chapter = &json["chapters"][0];
    assert_eq!(chapter["percent"], status.percent);
    assert_eq!(chapter["seen_lines"], status.seen_lines);
    assert_eq!(chapter["lines"], LINES);
    assert_eq!(chapter["finished"], false);
}

#[test]
fn a_chapter_of_100000_lines_paged_through_stays_one_range() {
    let (course_dir, data) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let paragraphs = 50_000;
    let loaded = long_course(course_dir.path(), paragraphs);
    let lines = 2 * paragraphs + 1;
    let mut app = app(&loaded.course, data.path());
    open(&mut app);
    let mut pages = 0;
    while !app.reader().unwrap().at_end() {
        press(&mut app, " ");
        pages += 1;
        if pages % 1000 == 0 {
            assert_eq!(seen(&app).ranges().len(), 1, "after {pages} pages");
        }
    }
    assert!(pages > 4000, "{pages} pages");
    assert_eq!(seen(&app).ranges(), [(1, lines)]);
    let disk = on_disk(data.path(), &loaded.course.meta.id);
    assert_eq!(disk.seen.ranges(), [(1, lines)]);
}
