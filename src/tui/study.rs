//! The reader's study popups: the chapter's reflection prompts (`r`), the editor for
//! one answer, and the chapter's checklist (`x`). Part of `update`: changes state and
//! returns effects, no IO. A saved answer or tick re-renders the chapter so it shows
//! there too, at the same reading position.
use super::action::Action;
use super::app::App;
use super::effect::Effect;
use super::update::{open_chapter_doc, relayout};
use crate::progress::{Reflection, StudyRecords, Tick};
use ratatui_textarea::TextArea;

/// The popup open over the reader.
#[derive(Debug, Clone)]
pub enum StudyPopup {
    Prompts {
        selected: usize,
    },
    Editor {
        prompt: usize,
        editor: Box<TextArea<'static>>,
    },
    Checklist {
        selected: usize,
    },
}

/// The prompts and checklist items of a chapter, found when the course loaded.
pub type ChapterItems = crate::course::study::StudyItems;

/// The study records of the app's course, if any were made.
pub fn records<'a>(app: &'a App<'_>) -> Option<&'a StudyRecords> {
    app.store
        .progress()
        .courses
        .get(&app.course.meta.id)
        .map(|c| &c.study)
}

fn records_mut<'a>(app: &'a mut App<'_>) -> &'a mut StudyRecords {
    &mut app
        .store
        .progress_mut()
        .courses
        .entry(app.course.meta.id.clone())
        .or_default()
        .study
}

/// (ticked, total) of chapter `index`'s checklist.
pub fn checklist_done(app: &App<'_>, index: usize) -> (usize, usize) {
    let (Some(items), Some(chapter)) = (app.items.get(index), app.course.chapters.get(index))
    else {
        return (0, 0);
    };
    let ticks = records(app).and_then(|s| s.checklists.get(&chapter.id));
    let done = items
        .checklist
        .iter()
        .filter(|item| ticks.and_then(|t| t.get(&item.id)).is_some_and(|t| t.done))
        .count();
    (done, items.checklist.len())
}

/// The saved answer to a prompt of chapter `index`.
pub fn answer<'a>(app: &'a App<'_>, index: usize, prompt: &str) -> Option<&'a str> {
    let chapter = app.course.chapters.get(index)?;
    let text = records(app)?
        .reflections
        .get(&chapter.id)?
        .get(prompt)?
        .text
        .as_str();
    (!text.trim().is_empty()).then_some(text)
}

/// Whether item `id` of chapter `index`'s checklist is ticked.
pub fn ticked(app: &App<'_>, index: usize, id: &str) -> bool {
    let Some(chapter) = app.course.chapters.get(index) else {
        return false;
    };
    records(app)
        .and_then(|s| s.checklists.get(&chapter.id))
        .and_then(|t| t.get(id))
        .is_some_and(|t| t.done)
}

/// `r` and `x` in the reader: open the popup.
pub fn open(app: &mut App<'_>, action: Action) {
    app.study_popup = match action {
        Action::Reflections => Some(StudyPopup::Prompts { selected: 0 }),
        Action::Checklist => Some(StudyPopup::Checklist { selected: 0 }),
        _ => return,
    };
}

/// An action while a popup is open.
pub fn update(app: &mut App<'_>, action: Action) -> Vec<Effect> {
    let Some(index) = app.reader.as_ref().map(|r| r.chapter) else {
        app.study_popup = None;
        return Vec::new();
    };
    let items = app.items.get(index).cloned().unwrap_or_default();
    match app.study_popup.take() {
        Some(StudyPopup::Prompts { selected }) => prompts(app, index, &items, selected, action),
        Some(StudyPopup::Checklist { selected }) => checklist(app, index, &items, selected, action),
        Some(StudyPopup::Editor { prompt, editor }) => {
            edit(app, index, &items, prompt, editor, action)
        }
        None => Vec::new(),
    }
}

fn step(selected: usize, action: Action, len: usize) -> usize {
    let last = len.saturating_sub(1);
    match action {
        Action::Select(delta) => selected.saturating_add_signed(delta).min(last),
        Action::SelectFirst => 0,
        Action::SelectLast => last,
        _ => selected,
    }
}

fn prompts(
    app: &mut App<'_>,
    index: usize,
    items: &super::study::ChapterItems,
    selected: usize,
    action: Action,
) -> Vec<Effect> {
    match action {
        Action::Back | Action::Reflections => {}
        Action::Open => {
            if let Some(prompt) = items.prompts.get(selected) {
                let saved = answer(app, index, &prompt.id).unwrap_or_default();
                let lines = saved.split('\n').map(str::to_owned).collect();
                let mut editor = TextArea::new(lines);
                editor.move_cursor(ratatui_textarea::CursorMove::Bottom);
                editor.move_cursor(ratatui_textarea::CursorMove::End);
                app.study_popup = Some(StudyPopup::Editor {
                    prompt: selected,
                    editor: Box::new(editor),
                });
            }
        }
        _ => {
            let selected = step(selected, action, items.prompts.len());
            app.study_popup = Some(StudyPopup::Prompts { selected });
        }
    }
    Vec::new()
}

fn edit(
    app: &mut App<'_>,
    index: usize,
    items: &ChapterItems,
    prompt: usize,
    mut editor: Box<TextArea<'static>>,
    action: Action,
) -> Vec<Effect> {
    match action {
        Action::EditorKey(key) => {
            editor.input(key);
            app.study_popup = Some(StudyPopup::Editor { prompt, editor });
            Vec::new()
        }
        Action::EditorSave => {
            app.study_popup = Some(StudyPopup::Prompts { selected: prompt });
            let (Some(item), Some(chapter)) =
                (items.prompts.get(prompt), app.course.chapters.get(index))
            else {
                return Vec::new();
            };
            let text = editor.lines().join("\n").trim_end().to_owned();
            let updated = app.clock.now();
            records_mut(app)
                .reflections
                .entry(chapter.id.clone())
                .or_default()
                .insert(item.id.clone(), Reflection { text, updated });
            app.status = Some(super::text::REFLECTION_SAVED.to_owned());
            refreshed(app, index)
        }
        Action::Back => {
            app.study_popup = Some(StudyPopup::Prompts { selected: prompt });
            Vec::new()
        }
        _ => {
            app.study_popup = Some(StudyPopup::Editor { prompt, editor });
            Vec::new()
        }
    }
}

fn checklist(
    app: &mut App<'_>,
    index: usize,
    items: &ChapterItems,
    selected: usize,
    action: Action,
) -> Vec<Effect> {
    match action {
        Action::Back | Action::Checklist => Vec::new(),
        Action::ToggleTick | Action::Open => {
            app.study_popup = Some(StudyPopup::Checklist { selected });
            let (Some(item), Some(chapter)) = (
                items.checklist.get(selected),
                app.course.chapters.get(index),
            ) else {
                return Vec::new();
            };
            let done = !ticked(app, index, &item.id);
            let updated = app.clock.now();
            records_mut(app)
                .checklists
                .entry(chapter.id.clone())
                .or_default()
                .insert(item.id.clone(), Tick { done, updated });
            refreshed(app, index)
        }
        _ => {
            let selected = step(selected, action, items.checklist.len());
            app.study_popup = Some(StudyPopup::Checklist { selected });
            Vec::new()
        }
    }
}

/// After a change of the records: the chapter drawn again with them, where it was,
/// and the progress saved.
fn refreshed(app: &mut App<'_>, index: usize) -> Vec<Effect> {
    if let Some(slot) = app.docs.get_mut(index) {
        *slot = None;
    }
    let mut effects = Vec::new();
    if let Some(old) = app.reader.take() {
        let Some((mut reader, doc)) = open_chapter_doc(app, index, old.position()) else {
            app.reader = Some(old);
            return vec![Effect::SaveProgress];
        };
        reader.furthest = old.furthest;
        reader.finished = old.finished;
        app.reader = Some(reader);
        if app.theme.color && !doc.is_highlighted() {
            effects.push(Effect::Highlight(doc));
        }
        relayout(app);
    }
    effects.push(Effect::SaveProgress);
    effects
}
