//! `update(app, action) -> effects`: every change of state the user can cause.
//!
//! No IO happens here: saving and highlighting are returned as [`Effect`]s for
//! [`super::effect`] to perform, so every rule (when a position is saved, what `c`
//! opens, where `q` goes back to) is tested by calling this function alone.
use super::action::Action;
use super::app::{App, HomeItem, SAVE_AFTER, Screen, reading_area};
use super::chapter_study::{ChapterStudy, augment};
use super::effect::Effect;
use super::reader::Reader;
use super::{quiz, reading, text};
use crate::markdown::{self, Document};
use ratatui::layout::Rect;
use std::sync::Arc;

pub fn update(app: &mut App<'_>, action: Action) -> Vec<Effect> {
    match action {
        Action::Tick(at) => return tick(app, at),
        Action::Resize(cols, rows) => {
            app.size = (cols, rows);
            relayout(app);
            return Vec::new();
        }
        _ => {}
    }
    app.status = None;
    if app.help {
        // Any key closes the help, and does nothing else.
        app.help = false;
        return Vec::new();
    }
    match action {
        Action::Quit => return quit(app),
        Action::ToggleHelp => {
            app.help = true;
            return Vec::new();
        }
        Action::Dashboard if app.screen == Screen::Dashboard => {
            app.screen = app.return_to;
            return Vec::new();
        }
        Action::Dashboard => {
            let mut effects = Vec::new();
            if app.screen == Screen::Reader {
                effects.extend(record_reading(app));
            }
            app.return_to = app.screen;
            app.screen = Screen::Dashboard;
            return effects;
        }
        _ => {}
    }
    match app.screen {
        Screen::Home => home(app, action),
        Screen::Reader => reading::update(app, action),
        Screen::Quiz => quiz::update(app, action),
        Screen::Dashboard => {
            if action == Action::Back {
                app.screen = app.return_to;
            }
            Vec::new()
        }
    }
}

fn home(app: &mut App<'_>, action: Action) -> Vec<Effect> {
    let last = app.home_items.len().saturating_sub(1);
    match action {
        Action::Select(delta) => app.selected = app.selected.saturating_add_signed(delta).min(last),
        Action::SelectFirst => app.selected = 0,
        Action::SelectLast => app.selected = last,
        Action::Open => match app.home_items.get(app.selected) {
            Some(HomeItem::Chapter(i)) => return open_chapter(app, *i),
            Some(HomeItem::Quiz(q)) => return quiz::open(app, *q),
            None => {}
        },
        Action::Continue => return continue_reading(app),
        Action::Review => return super::review::start(app),
        Action::Back => return quit(app),
        _ => {}
    }
    Vec::new()
}

/// `c`: the chapter opened last, at its saved position.
fn continue_reading(app: &mut App<'_>) -> Vec<Effect> {
    let last = app
        .store
        .progress()
        .courses
        .get(&app.course.meta.id)
        .map(|c| c.last_chapter.clone())
        .unwrap_or_default();
    let Some(index) = app.course.chapters.iter().position(|c| c.id == last) else {
        app.status = Some(text::NOTHING_TO_CONTINUE.to_owned());
        return Vec::new();
    };
    open_chapter(app, index)
}

/// Opens chapter `index` at its saved position, saving where the reader was first.
pub fn open_chapter(app: &mut App<'_>, index: usize) -> Vec<Effect> {
    let mut effects = Vec::new();
    if app.reader.is_some() {
        record_reading(app);
    }
    let Some(chapter) = app.course.chapters.get(index) else {
        return effects;
    };
    let saved = app
        .store
        .progress()
        .courses
        .get(&app.course.meta.id)
        .and_then(|c| c.chapters.get(&chapter.id))
        .cloned()
        .unwrap_or_default();
    let Some((mut reader, doc)) = open_chapter_doc(app, index, saved.position) else {
        return effects;
    };
    app.study_popup = None;
    reader.furthest = saved.furthest;
    reader.finished = saved.finished;
    app.reader = Some(reader);
    app.screen = Screen::Reader;
    if let Some(item) = app
        .home_items
        .iter()
        .position(|item| *item == HomeItem::Chapter(index))
    {
        app.selected = item;
    }
    if app.theme.color && !doc.is_highlighted() {
        effects.push(Effect::Highlight(doc));
    }
    relayout(app);
    let now = app.clock.now();
    let course = app
        .store
        .progress_mut()
        .courses
        .entry(app.course.meta.id.clone())
        .or_default();
    course.last_chapter.clone_from(&chapter.id);
    course.last_opened = Some(now);
    if let Some(reader) = &mut app.reader {
        reader.note_seen();
    }
    effects.extend(record_reading(app));
    effects
}

/// A reader for chapter `index` at source line `position`, over the chapter with the
/// learner's study records written in (parsed on first use, then kept).
pub fn open_chapter_doc(
    app: &mut App<'_>,
    index: usize,
    position: u32,
) -> Option<(Reader, Arc<Document>)> {
    let chapter = app.course.chapters.get(index)?;
    let study = app
        .store
        .progress()
        .courses
        .get(&app.course.meta.id)
        .map(|c| ChapterStudy::of(&c.study, &chapter.id))
        .unwrap_or_default();
    let body = augment(&chapter.body, &chapter.study, study);
    let slot = app.docs.get_mut(index)?;
    let doc = Arc::clone(slot.get_or_insert_with(|| Arc::new(markdown::parse(&body.text))));
    let reader = Reader::new(index, Arc::clone(&doc), position)
        .with_origin(&body.origin, chapter.line_count());
    Some((reader, doc))
}

/// Copies the reader's position into the progress and asks for a save.
pub fn record_reading(app: &mut App<'_>) -> Vec<Effect> {
    let Some(reader) = &app.reader else {
        return Vec::new();
    };
    let Some(chapter) = app.course.chapters.get(reader.chapter) else {
        return Vec::new();
    };
    let (position, furthest, finished) = (reader.position(), reader.furthest, reader.finished);
    let now = app.clock.now();
    let record = app
        .store
        .progress_mut()
        .courses
        .entry(app.course.meta.id.clone())
        .or_default()
        .chapters
        .entry(chapter.id.clone())
        .or_default();
    record.position = position;
    record.furthest = record.furthest.max(furthest);
    record.finished |= finished;
    record.updated = Some(now);
    app.unsaved = None;
    vec![Effect::SaveProgress]
}

fn quit(app: &mut App<'_>) -> Vec<Effect> {
    app.quit = true;
    if app.reader.is_some() {
        record_reading(app)
    } else {
        vec![Effect::SaveProgress]
    }
}

/// Lays the reader out again for the terminal's size (skipped while the terminal is
/// too small to show it).
pub fn relayout(app: &mut App<'_>) {
    if app.too_small() {
        return;
    }
    let area = reading_area(Rect::new(0, 0, app.size.0, app.size.1));
    if let Some(reader) = &mut app.reader {
        reader.relayout(
            usize::from(area.width),
            usize::from(area.height),
            &app.theme,
        );
    }
}

fn tick(app: &mut App<'_>, at: std::time::Instant) -> Vec<Effect> {
    let highlight_ready = app
        .reader
        .as_ref()
        .is_some_and(|r| app.theme.color && !r.highlighted && r.doc.is_highlighted());
    if highlight_ready {
        relayout(app);
    }
    match app.unsaved {
        Some(None) => app.unsaved = Some(Some(at)),
        Some(Some(since)) if at.saturating_duration_since(since) >= SAVE_AFTER => {
            return record_reading(app);
        }
        _ => {}
    }
    Vec::new()
}
