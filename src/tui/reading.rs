//! What the reader's actions do: scrolling, search, outline, changing chapter, and
//! noticing that a chapter has been read to the end. Part of `update`: no IO here.
use super::action::Action;
use super::app::{App, Screen};
use super::effect::Effect;
use super::reader::Reader;
use super::update::{open_chapter, record_reading};
use super::{quiz, text};

pub fn update(app: &mut App<'_>, action: Action) -> Vec<Effect> {
    let Some(reader) = app.reader.as_mut() else {
        app.screen = Screen::Home;
        return Vec::new();
    };
    if app.study_popup.is_some() {
        return super::study::update(app, action);
    }
    if reader.search.input.is_some() {
        search_input(reader, action, &mut app.status);
        return Vec::new();
    }
    if reader.outline.is_some() {
        outline(reader, action);
        return moved(app);
    }
    let page = reader.height.saturating_sub(1).max(1);
    let page = isize::try_from(page).unwrap_or(isize::MAX);
    match action {
        Action::Scroll(lines) => reader.scroll_by(lines),
        Action::Page(pages) => reader.scroll_by(pages.saturating_mul(page)),
        Action::Top => reader.scroll_to(0),
        Action::Bottom => reader.scroll_to(usize::MAX),
        Action::ScrollSideways(cols) => {
            reader.hscroll = reader.hscroll.saturating_add_signed(cols);
            reader.clamp();
        }
        Action::StartSearch => reader.search.input = Some(String::new()),
        Action::NextMatch | Action::PreviousMatch => {
            if !reader.search.query.is_empty() {
                step(reader, action == Action::NextMatch, &mut app.status);
            }
        }
        Action::Outline => {
            let here = reader
                .rendered
                .heading_lines
                .partition_point(|&line| line <= reader.top);
            reader.outline = Some(here.saturating_sub(1));
        }
        Action::PreviousChapter => {
            let index = reader.chapter;
            if index == 0 {
                app.status = Some(text::NO_PREVIOUS_CHAPTER.to_owned());
                return Vec::new();
            }
            return open_chapter(app, index - 1);
        }
        Action::NextChapter => {
            let index = reader.chapter + 1;
            if index >= app.course.chapters.len() {
                app.status = Some(text::NO_NEXT_CHAPTER.to_owned());
                return Vec::new();
            }
            return open_chapter(app, index);
        }
        Action::TakeQuiz => return take_quiz(app),
        Action::Reflections | Action::Checklist => {
            super::study::open(app, action);
            return Vec::new();
        }
        Action::Open if reader.at_end() => return take_quiz(app),
        Action::Back => {
            let effects = record_reading(app);
            app.screen = Screen::Home;
            return effects;
        }
        _ => return Vec::new(),
    }
    moved(app)
}

/// After the view moved: note what was seen; reaching the end is saved at once, any
/// other move within a few seconds (on a tick).
pub fn moved(app: &mut App<'_>) -> Vec<Effect> {
    let Some(reader) = app.reader.as_mut() else {
        return Vec::new();
    };
    if reader.note_seen() {
        return record_reading(app);
    }
    if app.unsaved.is_none() {
        app.unsaved = Some(None);
    }
    Vec::new()
}

fn search_input(reader: &mut Reader, action: Action, status: &mut Option<String>) {
    let Some(input) = reader.search.input.as_mut() else {
        return;
    };
    match action {
        Action::SearchInput(c) => input.push(c),
        Action::SearchBackspace => {
            input.pop();
        }
        Action::SearchCancel => reader.search.input = None,
        Action::SearchSubmit => {
            let typed = reader.search.input.take().unwrap_or_default();
            // An empty query repeats the last one, as in less.
            let query = if typed.is_empty() {
                reader.search.query.clone()
            } else {
                typed
            };
            if query.is_empty() {
                return;
            }
            if reader.search_for(query.clone()) {
                *status = Some(count(reader));
            } else {
                *status = Some(text::no_match(&query));
            }
        }
        _ => {}
    }
}

fn step(reader: &mut Reader, forward: bool, status: &mut Option<String>) {
    *status = Some(if reader.step_match(forward) {
        count(reader)
    } else {
        text::no_match(&reader.search.query)
    });
}

fn count(reader: &Reader) -> String {
    let current = reader.search.current.map_or(0, |i| i + 1);
    text::match_count(current, reader.search.matches.len(), &reader.search.query)
}

fn outline(reader: &mut Reader, action: Action) {
    let Some(selected) = reader.outline else {
        return;
    };
    let last = reader.rendered.heading_lines.len().saturating_sub(1);
    match action {
        Action::Select(delta) => {
            reader.outline = Some(selected.saturating_add_signed(delta).min(last));
        }
        Action::SelectFirst | Action::Top => reader.outline = Some(0),
        Action::SelectLast | Action::Bottom => reader.outline = Some(last),
        Action::OutlineJump | Action::Open => {
            reader.outline = None;
            reader.jump_to_heading(selected);
        }
        Action::Back | Action::Outline => reader.outline = None,
        _ => {}
    }
}

fn take_quiz(app: &mut App<'_>) -> Vec<Effect> {
    let Some(reader) = &app.reader else {
        return Vec::new();
    };
    let Some(chapter) = app.course.chapters.get(reader.chapter) else {
        return Vec::new();
    };
    let found = app
        .course
        .quizzes
        .iter()
        .position(|q| q.chapter.as_deref() == Some(chapter.id.as_str()));
    let Some(index) = found else {
        app.status = Some(text::NO_QUIZ.to_owned());
        return Vec::new();
    };
    let mut effects = record_reading(app);
    effects.extend(quiz::open(app, index));
    effects
}
