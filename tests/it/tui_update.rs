//! The tutor's update logic, without a terminal: every rule about moving, searching,
//! changing chapter, continuing and saving is checked by calling `update` alone.

use crate::common::{app, sample};
use std::time::{Duration, Instant as Moment};
use tutor::tui::action::Action;
use tutor::tui::app::{App, SAVE_AFTER, Screen};
use tutor::tui::effect::Effect;
use tutor::tui::quiz_runner::QuizAction;
use tutor::tui::update::update;

/// Opens chapter 2 (Scalability Patterns) from the home list.
fn open_chapter_two(app: &mut App<'_>) -> Vec<Effect> {
    update(app, Action::Select(1));
    update(app, Action::Open)
}

fn top(app: &App<'_>) -> usize {
    app.reader.as_ref().unwrap().top
}

#[test]
fn opening_a_chapter_saves_it_as_the_last_one() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    let effects = open_chapter_two(&mut app);
    assert_eq!(app.screen, Screen::Reader);
    assert!(effects.contains(&Effect::SaveProgress));
    let saved = &app.store.progress().courses[&loaded.course.meta.id];
    assert_eq!(saved.last_chapter, "02-scalability-patterns");
}

#[test]
fn lines_pages_and_ends_scroll_the_reader() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    assert_eq!(top(&app), 0);
    update(&mut app, Action::Scroll(1));
    assert_eq!(top(&app), 1);
    let height = app.reader.as_ref().unwrap().height;
    assert_eq!(
        height, 22,
        "80×24 leaves 22 lines between header and footer"
    );
    update(&mut app, Action::Page(1));
    assert_eq!(top(&app), 1 + height - 1);
    update(&mut app, Action::Page(-1));
    assert_eq!(top(&app), 1);
    update(&mut app, Action::Scroll(-5));
    assert_eq!(top(&app), 0, "scrolling stops at the top");
    update(&mut app, Action::Bottom);
    let reader = app.reader.as_ref().unwrap();
    assert_eq!(reader.top, reader.max_top());
    update(&mut app, Action::Top);
    assert_eq!(top(&app), 0);
}

fn search(app: &mut App<'_>, query: &str) {
    update(app, Action::StartSearch);
    for c in query.chars() {
        update(app, Action::SearchInput(c));
    }
    update(app, Action::SearchSubmit);
}

fn current_match_line(app: &App<'_>) -> usize {
    let reader = app.reader.as_ref().unwrap();
    reader.search.matches[reader.search.current.unwrap()].line
}

#[test]
fn search_lands_on_a_match_and_n_steps_through_them() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    search(&mut app, "CACHE");
    let reader = app.reader.as_ref().unwrap();
    assert!(
        reader.search.matches.len() > 2,
        "the chapter mentions caches often"
    );
    let line = current_match_line(&app);
    assert!((reader.top..reader.top + reader.height).contains(&line));
    let text = reader.rendered.lines[line].plain().to_lowercase();
    assert!(text.contains("cache"), "{text}");
    assert!(app.status.as_deref().unwrap().contains("1 of"));

    update(&mut app, Action::NextMatch);
    let second = app.reader.as_ref().unwrap().search.current;
    assert_eq!(second, Some(1));
    let line = current_match_line(&app);
    let reader = app.reader.as_ref().unwrap();
    assert!((reader.top..reader.top + reader.height).contains(&line));
    update(&mut app, Action::PreviousMatch);
    assert_eq!(app.reader.as_ref().unwrap().search.current, Some(0));
    update(&mut app, Action::PreviousMatch);
    let reader = app.reader.as_ref().unwrap();
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
    assert!(app.status.as_deref().unwrap().contains("No match"));
}

#[test]
fn the_outline_jumps_to_a_heading() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    update(&mut app, Action::Outline);
    assert_eq!(app.reader.as_ref().unwrap().outline, Some(0));
    update(&mut app, Action::Select(2));
    update(&mut app, Action::OutlineJump);
    let reader = app.reader.as_ref().unwrap();
    assert_eq!(reader.outline, None);
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
    update(&mut app, Action::Scroll(30));
    let left_at = app.reader.as_ref().unwrap().position();
    assert!(left_at > 1);
    let effects = update(&mut app, Action::NextChapter);
    assert!(effects.contains(&Effect::SaveProgress));
    assert_eq!(app.reader.as_ref().unwrap().chapter, 2);
    let saved = &app.store.progress().courses[&loaded.course.meta.id];
    assert_eq!(saved.chapters["02-scalability-patterns"].position, left_at);
    assert_eq!(saved.last_chapter, "03-database-design-for-scale");
    update(&mut app, Action::NextChapter);
    assert_eq!(
        app.reader.as_ref().unwrap().chapter,
        2,
        "no chapter after the last"
    );
    assert!(app.status.is_some());
    update(&mut app, Action::PreviousChapter);
    assert_eq!(app.reader.as_ref().unwrap().chapter, 1);
    assert_eq!(
        top(&app),
        app.reader.as_ref().unwrap().line_of_source(left_at)
    );
}

#[test]
fn continue_reopens_the_last_chapter_at_its_position_after_a_restart() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let position = {
        let mut app = app(&loaded.course, dir.path());
        open_chapter_two(&mut app);
        update(&mut app, Action::Scroll(25));
        let position = app.reader.as_ref().unwrap().position();
        app.apply(Action::Quit);
        assert!(app.quit);
        position
    };
    let mut app = app(&loaded.course, dir.path());
    assert_eq!(app.screen, Screen::Home);
    update(&mut app, Action::Continue);
    let reader = app.reader.as_ref().unwrap();
    assert_eq!(reader.chapter, 1);
    assert_eq!(reader.position(), position);
    assert!(reader.top > 0);
}

#[test]
fn continue_with_nothing_read_says_so() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    update(&mut app, Action::Continue);
    assert_eq!(app.screen, Screen::Home);
    assert!(app.status.is_some());
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
        update(&mut app, Action::Resize(from.0, from.1));
        open_chapter_two(&mut app);
        update(&mut app, Action::Scroll(40));
        let before = app.reader.as_ref().unwrap();
        let source = before.source_of(before.top);
        let text = before.rendered.lines[before.top].plain();
        update(&mut app, Action::Resize(to.0, to.1));
        let after = app.reader.as_ref().unwrap();
        let visible = after.top..(after.top + after.height).min(after.line_count());
        assert!(
            visible.clone().any(|l| after.source_of(l) == source),
            "{from:?} -> {to:?}: source line {source} ({text}) left the screen"
        );
    }
}

#[test]
fn reaching_the_end_marks_the_chapter_read_and_saves() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    assert!(!app.reader.as_ref().unwrap().finished);
    let effects = update(&mut app, Action::Bottom);
    assert_eq!(effects, [Effect::SaveProgress]);
    let chapter =
        &app.store.progress().courses[&loaded.course.meta.id].chapters["02-scalability-patterns"];
    assert!(chapter.finished);
    assert_eq!(chapter.furthest, loaded.course.chapters[1].line_count());
}

#[test]
fn scrolling_saves_on_a_tick_a_few_seconds_later_not_at_once() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    assert!(update(&mut app, Action::Scroll(3)).is_empty());
    let start = Moment::now();
    assert!(update(&mut app, Action::Tick(start)).is_empty());
    let soon = start + Duration::from_secs(1);
    assert!(update(&mut app, Action::Tick(soon)).is_empty());
    let later = start + SAVE_AFTER;
    assert_eq!(
        update(&mut app, Action::Tick(later)),
        [Effect::SaveProgress]
    );
    assert!(
        update(&mut app, Action::Tick(later + SAVE_AFTER)).is_empty(),
        "nothing new"
    );
    assert_eq!(update(&mut app, Action::Back), [Effect::SaveProgress]);
    assert_eq!(app.screen, Screen::Home);
}

#[test]
fn quitting_saves() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    assert_eq!(update(&mut app, Action::Quit), [Effect::SaveProgress]);
    assert!(app.quit);
}

#[test]
fn help_opens_and_any_key_closes_it() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    update(&mut app, Action::ToggleHelp);
    assert!(app.help);
    update(&mut app, Action::Scroll(5));
    assert!(!app.help);
    assert_eq!(
        top(&app),
        0,
        "the key that closed the help did nothing else"
    );
}

#[test]
fn the_dashboard_opens_from_anywhere_and_goes_back() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    update(&mut app, Action::Dashboard);
    assert_eq!(app.screen, Screen::Dashboard);
    update(&mut app, Action::Back);
    assert_eq!(app.screen, Screen::Reader);
}

#[test]
fn every_answer_is_recorded_and_saved_at_once() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    let mut app = app(&loaded.course, dir.path());
    open_chapter_two(&mut app);
    update(&mut app, Action::Bottom);
    update(&mut app, Action::TakeQuiz);
    assert_eq!(app.screen, Screen::Quiz);
    update(&mut app, Action::Quiz(QuizAction::Choose(1)));
    let effects = update(&mut app, Action::Quiz(QuizAction::Submit));
    assert_eq!(effects, [Effect::SaveProgress]);
    let quiz =
        &app.store.progress().courses[&loaded.course.meta.id].quizzes["02-scalability-patterns"];
    assert_eq!(quiz.attempts.len(), 1);
    assert_eq!(quiz.attempts[0].answers.len(), 1);
    update(&mut app, Action::Back);
    assert_eq!(
        app.screen,
        Screen::Reader,
        "leaving the quiz goes back to the chapter"
    );
}

#[test]
fn a_store_notice_is_shown_once_in_the_status_line() {
    let (loaded, dir) = (sample(), tempfile::tempdir().unwrap());
    std::fs::write(dir.path().join("progress.toml"), "this is not toml [").unwrap();
    let mut app = app(&loaded.course, dir.path());
    let notice = app.status.clone().unwrap();
    assert!(notice.contains("corrupt"), "{notice}");
    update(&mut app, Action::Select(1));
    assert_eq!(app.status, None, "shown until the next key, then gone");
}

#[test]
fn a_position_inside_a_long_code_block_is_restored_to_the_same_line() {
    use std::fmt::Write as _;
    use std::sync::Arc;
    use tutor::tui::reader::Reader;
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
    let shown = |r: &Reader| {
        r.rendered.lines[r.top]
            .spans
            .iter()
            .map(|s| s.text.as_str())
            .collect::<String>()
    };
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
    use tutor::tui::reader::Reader;
    let body = (1..=30)
        .map(|i| format!("Paragraph {i} of the chapter.\n\n"))
        .collect::<Vec<_>>()
        .concat();
    let doc = Arc::new(tutor::markdown::parse(&body));
    let theme = tutor::theme::Theme::plain();
    let mut reader = Reader::new(0, doc, 0);
    reader.relayout(60, 10, &theme);
    reader.scroll_by(40);
    let shown = |r: &Reader| {
        r.rendered.lines[r.top]
            .spans
            .iter()
            .map(|s| s.text.as_str())
            .collect::<String>()
    };
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
