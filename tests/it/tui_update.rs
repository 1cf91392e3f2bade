//! The tutor's update logic, without a terminal: every rule about moving, searching,
//! changing chapter, continuing and saving is checked by pressing keys (or applying
//! actions) on the app alone, and what was saved is read back from the data folder.

use crate::common::{app, press, press_ctrl, press_key, sample};
use std::path::Path;
use std::time::{Duration, Instant as Moment};
use tutor::progress::{CourseProgress, ProgressStore};
use tutor::tui::action::Action;
use tutor::tui::app::{App, SAVE_AFTER, Screen};
use tutor::tui::input::Input;
use tutor::tui::keymap::{KeyCode, Mode};
use tutor::tui::overlay::Overlay;
use tutor::tui::reader::{Reader, ReaderAction};

const COURSE: &str = "system-design-fundamentals";

/// Opens chapter 2 (Scalability Patterns) from the home list.
fn open_chapter_two(app: &mut App<'_>) {
    press(app, "j");
    press_key(app, KeyCode::Enter);
}

fn reader<'a>(app: &'a App<'_>) -> &'a Reader {
    app.reader().unwrap()
}

fn top(app: &App<'_>) -> usize {
    reader(app).top
}

/// The course's progress as saved in `dir`, read by a store of its own.
fn on_disk(dir: &Path) -> CourseProgress {
    ProgressStore::open(dir).progress().courses[COURSE].clone()
}

#[test]
fn opening_a_chapter_saves_it_as_the_last_one() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    assert_eq!(app.screen(), Screen::Reader);
    let saved = &app.store().progress().courses[&loaded.course.meta.id];
    assert_eq!(saved.last_chapter, "02-scalability-patterns");
    assert_eq!(
        on_disk(dir.path()).last_chapter,
        "02-scalability-patterns",
        "saved at once"
    );
}

#[test]
fn lines_pages_and_ends_scroll_the_reader() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    assert_eq!(top(&app), 0);
    press(&mut app, "j");
    assert_eq!(top(&app), 1);
    let height = reader(&app).height;
    assert_eq!(
        height, 22,
        "80×24 leaves 22 lines between header and footer"
    );
    press(&mut app, " ");
    assert_eq!(top(&app), 1 + height - 1);
    press(&mut app, "b");
    assert_eq!(top(&app), 1);
    press(&mut app, "kkkkk");
    assert_eq!(top(&app), 0, "scrolling stops at the top");
    press(&mut app, "G");
    let reader = reader(&app);
    assert_eq!(reader.top, reader.max_top());
    press(&mut app, "g");
    assert_eq!(top(&app), 0);
}

fn search(app: &mut App<'_>, query: &str) {
    press(app, "/");
    press(app, query);
    press_key(app, KeyCode::Enter);
}

fn current_match_line(app: &App<'_>) -> usize {
    let reader = reader(app);
    reader.search.matches[reader.search.current.unwrap()].line
}

#[test]
fn search_lands_on_a_match_and_n_steps_through_them() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    search(&mut app, "cache");
    assert!(app.overlays().is_empty(), "Enter closes the prompt");
    let reader = self::reader(&app);
    assert!(
        reader.search.matches.len() > 2,
        "the chapter mentions caches often"
    );
    let line = current_match_line(&app);
    assert!((reader.top..reader.top + reader.height).contains(&line));
    let text = reader
        .rendered
        .lines
        .get(line)
        .unwrap()
        .plain()
        .to_lowercase();
    assert!(text.contains("cache"), "{text}");
    assert!(app.status().unwrap().contains("1 of"));

    press(&mut app, "n");
    let second = self::reader(&app).search.current;
    assert_eq!(second, Some(1));
    let line = current_match_line(&app);
    let reader = self::reader(&app);
    assert!((reader.top..reader.top + reader.height).contains(&line));
    press(&mut app, "N");
    assert_eq!(self::reader(&app).search.current, Some(0));
    press(&mut app, "N");
    let reader = self::reader(&app);
    assert_eq!(
        reader.search.current,
        Some(reader.search.matches.len() - 1),
        "N wraps"
    );
}

#[test]
fn a_search_with_no_match_says_so() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    search(&mut app, "zebra-unicorn");
    assert_eq!(top(&app), 0);
    assert!(app.status().unwrap().contains("No match"));
}

#[test]
fn the_outline_jumps_to_a_heading() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    press(&mut app, "o");
    match app.overlays() {
        [Overlay::Outline(list)] => assert_eq!(list.selected, 0),
        other => panic!("expected the outline, got {other:?}"),
    }
    press(&mut app, "jj");
    press_key(&mut app, KeyCode::Enter);
    assert!(app.overlays().is_empty(), "the outline closed");
    let reader = reader(&app);
    assert_eq!(
        reader.top,
        reader.rendered.heading_lines[2].min(reader.max_top())
    );
    assert!(reader.top > 0);
}

#[test]
fn brackets_change_chapter_and_save_the_one_left() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    press(&mut app, &"j".repeat(30));
    let left_at = reader(&app).position();
    assert!(left_at > 1);
    press(&mut app, "]");
    assert_eq!(reader(&app).chapter, 2);
    let saved = &app.store().progress().courses[&loaded.course.meta.id];
    assert_eq!(saved.chapters["02-scalability-patterns"].position, left_at);
    assert_eq!(saved.last_chapter, "03-database-design-for-scale");
    let disk = on_disk(dir.path());
    assert_eq!(
        disk.chapters["02-scalability-patterns"].position, left_at,
        "saved at once"
    );
    assert_eq!(disk.last_chapter, "03-database-design-for-scale");
    press(&mut app, "]");
    assert_eq!(reader(&app).chapter, 2, "no chapter after the last");
    assert!(app.status().is_some());
    press(&mut app, "[");
    assert_eq!(reader(&app).chapter, 1);
    assert_eq!(top(&app), reader(&app).line_of_source(left_at));
}

#[test]
fn continue_reopens_the_last_chapter_at_its_position_after_a_restart() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let position = {
        let mut app = app(&loaded.course, dir.path());
        open_chapter_two(&mut app);
        press(&mut app, &"j".repeat(25));
        let position = reader(&app).position();
        press_ctrl(&mut app, 'c');
        assert!(app.has_quit());
        position
    };
    let mut app = app(&loaded.course, dir.path());
    assert_eq!(app.screen(), Screen::Home);
    press(&mut app, "c");
    let reader = reader(&app);
    assert_eq!(reader.chapter, 1);
    assert_eq!(reader.position(), position);
    assert!(reader.top > 0);
}

#[test]
fn continue_with_nothing_read_says_so() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    press(&mut app, "c");
    assert_eq!(app.screen(), Screen::Home);
    assert!(app.status().is_some());
}

#[test]
fn a_resize_keeps_the_passage_at_the_top_on_screen() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    for (from, to) in [
        ((80, 24), (45, 30)),
        ((45, 30), (200, 60)),
        ((120, 40), (60, 12)),
    ] {
        let mut app = app(&loaded.course, dir.path());
        app.handle(Input::Resize(from.0, from.1));
        open_chapter_two(&mut app);
        app.apply(Action::Reader(ReaderAction::Scroll(40)));
        let before = reader(&app);
        let source = before.source_of(before.top);
        let text = before.rendered.lines.get(before.top).unwrap().plain();
        app.handle(Input::Resize(to.0, to.1));
        let after = reader(&app);
        let visible = after.top..(after.top + after.height).min(after.line_count());
        assert!(
            visible.clone().any(|l| after.source_of(l) == source),
            "{from:?} -> {to:?}: source line {source} ({text}) left the screen"
        );
    }
}

#[test]
fn reaching_the_end_saves_at_once_and_reads_only_what_was_shown() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    let lines = loaded.course.chapters[1].line_count();
    assert!(!reader(&app).seen.contains(lines));
    assert!(!on_disk(dir.path()).chapters["02-scalability-patterns"].finished);
    press(&mut app, "G");
    assert_eq!(app.deadline(), None, "saved at once, nothing left to save");
    let disk = &on_disk(dir.path()).chapters["02-scalability-patterns"];
    assert!(
        disk.seen.contains(lines),
        "the end was on screen and is saved"
    );
    assert!(!disk.finished, "the middle was never on screen");
    assert_eq!(disk.seen.ranges().len(), 2, "{:?}", disk.seen);
}

#[test]
fn scrolling_saves_a_few_seconds_later_not_at_once() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let file = dir.path().join("progress.toml");
    let position = |dir: &Path| on_disk(dir).chapters["02-scalability-patterns"].position;
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    assert_eq!(app.deadline(), None);
    let before = Moment::now();
    press(&mut app, "jjj");
    let after = Moment::now();
    assert_eq!(position(dir.path()), 0, "not saved at once");
    let due = app.deadline().expect("a save is due");
    assert!(
        (before + SAVE_AFTER..=after + SAVE_AFTER).contains(&due),
        "due {SAVE_AFTER:?} after the scroll"
    );
    app.on_deadline(due.checked_sub(Duration::from_secs(1)).unwrap());
    assert_eq!(position(dir.path()), 0, "not yet");
    assert_eq!(app.deadline(), Some(due));
    app.on_deadline(due);
    let scrolled = reader(&app).position();
    assert!(scrolled > 0);
    assert_eq!(position(dir.path()), scrolled, "saved when due");
    assert_eq!(app.deadline(), None);
    // Nothing new to save: the file, removed, is not written again.
    std::fs::remove_file(&file).unwrap();
    app.on_deadline(due + SAVE_AFTER);
    assert!(!file.exists(), "nothing new");
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Home);
    assert_eq!(position(dir.path()), scrolled, "leaving the chapter saves");
}

#[test]
fn quitting_saves() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    let file = dir.path().join("progress.toml");
    assert!(!file.exists());
    press(&mut app, "q");
    assert!(app.has_quit());
    assert!(file.exists(), "saved on the way out");
}

#[test]
fn help_opens_scrolls_and_any_other_key_closes_it() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    press(&mut app, "?");
    assert!(
        matches!(
            app.overlays(),
            [Overlay::Help {
                under: Mode::Reader,
                ..
            }]
        ),
        "{:?}",
        app.overlays()
    );
    press(&mut app, "j");
    assert!(
        matches!(app.overlays(), [Overlay::Help { scroll: 1, .. }]),
        "j scrolls the help"
    );
    press(&mut app, "G");
    assert!(
        matches!(app.overlays(), [Overlay::Help { scroll, .. }] if *scroll > 1),
        "G goes to the end of the help"
    );
    press(&mut app, "g");
    assert!(
        matches!(app.overlays(), [Overlay::Help { scroll: 0, .. }]),
        "g back to its top"
    );
    press(&mut app, "]");
    assert!(app.overlays().is_empty());
    assert_eq!(
        (app.reader().map(|r| r.chapter), top(&app)),
        (Some(1), 0),
        "the key that closed the help did nothing else"
    );
}

#[test]
fn the_dashboard_opens_from_anywhere_and_goes_back() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    press(&mut app, "p");
    assert_eq!(app.screen(), Screen::Dashboard);
    press(&mut app, "q");
    assert_eq!(app.screen(), Screen::Reader);
}

#[test]
fn every_answer_is_recorded_and_saved_at_once() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    press(&mut app, "G");
    press(&mut app, "t");
    assert_eq!(app.screen(), Screen::Quiz);
    press(&mut app, "b");
    press_key(&mut app, KeyCode::Enter);
    let quiz =
        &app.store().progress().courses[&loaded.course.meta.id].quizzes["02-scalability-patterns"];
    assert_eq!(quiz.attempts.len(), 1);
    assert_eq!(quiz.attempts[0].answers.len(), 1);
    let disk = &on_disk(dir.path()).quizzes["02-scalability-patterns"];
    assert_eq!(disk.attempts.len(), 1, "saved at once");
    assert_eq!(disk.attempts[0].answers.len(), 1);
    press(&mut app, "q");
    assert_eq!(
        app.screen(),
        Screen::Reader,
        "leaving the quiz goes back to the chapter"
    );
}

#[test]
fn a_store_notice_is_shown_once_in_the_status_line() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    std::fs::write(dir.path().join("progress.toml"), "this is not toml [").unwrap();
    let mut app = app(&loaded.course, dir.path());
    let notice = app.status().unwrap().to_owned();
    assert!(notice.contains("corrupt"), "{notice}");
    press(&mut app, "j");
    assert_eq!(app.status(), None, "shown until the next key, then gone");
}

#[test]
fn a_position_inside_a_long_code_block_is_restored_to_the_same_line() {
    use std::fmt::Write as _;
    use std::sync::Arc;
    let code = (1..=80).fold(String::new(), |mut code, i| {
        let _ = writeln!(code, "line {i}");
        code
    });
    let body = format!("# Title\n\nSome text first.\n\n```\n{code}```\n\nAfter.\n");
    let doc = Arc::new(tutor::markdown::parse(&body));
    let theme = tutor::theme::Theme::plain();
    let mut reader = Reader::new(0, Arc::clone(&doc), 0);
    reader.relayout(80, 10, &theme);
    reader.scroll_by(40);
    let shown = |r: &Reader| r.rendered.lines.get(r.top).unwrap().plain();
    let before = shown(&reader);
    assert!(
        before.contains("line "),
        "scrolled into the code: {before:?}"
    );
    let mut again = Reader::new(0, doc, reader.position());
    again.relayout(60, 20, &theme);
    assert_eq!(
        shown(&again),
        before,
        "reopened at another size on the same code line"
    );
}

#[test]
fn a_tall_window_that_pushes_the_view_back_does_not_lose_the_passage() {
    use std::sync::Arc;
    let body = (1..=30)
        .map(|i| format!("Paragraph {i} of the chapter.\n\n"))
        .collect::<Vec<_>>()
        .concat();
    let doc = Arc::new(tutor::markdown::parse(&body));
    let theme = tutor::theme::Theme::plain();
    let mut reader = Reader::new(0, doc, 0);
    reader.relayout(60, 10, &theme);
    reader.scroll_by(40);
    let shown = |r: &Reader| r.rendered.lines.get(r.top).unwrap().plain();
    let before = shown(&reader);
    reader.relayout(100, 58, &theme);
    assert!(
        reader.top < 40,
        "the tall window shows the end, so the view moved back"
    );
    reader.relayout(60, 10, &theme);
    assert_eq!(
        shown(&reader),
        before,
        "back at the passage that was being read"
    );
}
