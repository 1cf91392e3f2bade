//! Chapters in the app: opening one at its saved position (parsed once, then kept),
//! recording how far it was read, and showing it again after the learner's own
//! records in it changed. Part of the routing; no IO here.
use super::{App, Screen};
use crate::course::study::{StudyItem, StudyItems};
use crate::progress::{CourseProgress, StudyRecords};
use crate::tui::effect::Effect;
use crate::tui::reader::Reader;
use crate::tui::study::Row;
use crate::tui::study::augment::{ChapterStudy, augment};
use crate::tui::text;
use std::sync::Arc;

impl App<'_> {
    /// The progress of the app's course, made if there is none yet.
    pub(super) fn course_records(&mut self) -> &mut CourseProgress {
        self.store
            .progress_mut()
            .courses
            .entry(self.course.meta.id.clone())
            .or_default()
    }

    /// The progress of the app's course, if any was made.
    pub(super) fn records(&self) -> Option<&CourseProgress> {
        self.store.progress().courses.get(&self.course.meta.id)
    }

    /// The study records of the app's course, if any were made.
    pub(super) fn study_records(&self) -> Option<&StudyRecords> {
        self.records().map(|c| &c.study)
    }

    /// Opens chapter `index` at its saved position, saving where the reader was first.
    pub(super) fn open_chapter(&mut self, index: usize) -> Vec<Effect> {
        if self.reader.is_some() {
            self.record_reading();
        }
        let Some(chapter) = self.course.chapters.get(index) else {
            return Vec::new();
        };
        let saved = self
            .records()
            .and_then(|c| c.chapters.get(&chapter.id))
            .cloned()
            .unwrap_or_default();
        let mut effects = Vec::new();
        let Some(mut reader) = self.reader_for(index, saved.position, &mut effects) else {
            return effects;
        };
        reader.seen = saved.seen_of(chapter.line_count());
        self.reader = Some(reader);
        self.overlays.clear();
        self.screen = Screen::Reader;
        self.home.select_chapter(index);
        let (cols, rows) = self.size;
        self.lay_out(cols, rows);
        let now = self.clock.now();
        let chapter_id = chapter.id.clone();
        let course = self.course_records();
        course.last_chapter = chapter_id;
        course.last_opened = Some(now);
        if let Some(reader) = &mut self.reader {
            reader.note_seen();
        }
        effects.extend(self.record_reading());
        effects
    }

    /// A reader for chapter `index` at source line `position`, over the chapter with
    /// the learner's study records written in (parsed on first use, then kept). Asks
    /// for highlighting when the document has none yet.
    fn reader_for(
        &mut self,
        index: usize,
        position: u32,
        effects: &mut Vec<Effect>,
    ) -> Option<Reader> {
        let chapter = self.course.chapters.get(index)?;
        let study = self
            .study_records()
            .map(|study| ChapterStudy::of(study, &chapter.id))
            .unwrap_or_default();
        let body = augment(&chapter.body, &chapter.study, study);
        let cards = self.quiz_cards(index);
        let ending = self.ending(index);
        let course = self.course;
        let slot = self.docs.get_mut(index)?;
        let doc = Arc::clone(
            slot.get_or_insert_with(|| Arc::new(course.parse_chapter(chapter, &body.text))),
        );
        if self.theme.color && !doc.is_highlighted() {
            effects.push(Effect::Highlight(Arc::clone(&doc)));
        }
        Some(
            Reader::new(index, doc, position)
                .with_origin(&body.origin, chapter.line_count())
                .with_cards(cards)
                .with_ending(ending),
        )
    }

    /// Copies the reader's position and the lines it has shown into the progress, and
    /// asks for a save.
    pub(super) fn record_reading(&mut self) -> Vec<Effect> {
        self.save_due = None;
        let Some(reader) = &self.reader else {
            return Vec::new();
        };
        let Some(chapter) = self.course.chapters.get(reader.chapter) else {
            return Vec::new();
        };
        let (position, seen, lines) =
            (reader.position(), reader.seen.clone(), chapter.line_count());
        let now = self.clock.now();
        let chapter_id = chapter.id.clone();
        let record = self
            .course_records()
            .chapters
            .entry(chapter_id)
            .or_default();
        record.position = position;
        record.record_seen(&seen, lines);
        record.updated = Some(now);
        self.progress_changed();
        vec![Effect::Save]
    }

    /// What leaving the program saves.
    pub(super) fn leave(&mut self) -> Vec<Effect> {
        if self.reader.is_some() {
            self.record_reading()
        } else {
            vec![Effect::Save]
        }
    }

    /// `c`: the chapter opened last, at its saved position.
    pub(super) fn continue_reading(&mut self) -> Vec<Effect> {
        let last = self
            .records()
            .map(|c| c.last_chapter.clone())
            .unwrap_or_default();
        let Some(index) = self.course.chapters.iter().position(|c| c.id == last) else {
            self.status = Some(text::NOTHING_TO_CONTINUE.to_owned());
            return Vec::new();
        };
        self.open_chapter(index)
    }

    /// `[` and `]`: the chapter before or after the one being read.
    pub(super) fn step_chapter(&mut self, delta: isize) -> Vec<Effect> {
        let Some(current) = self.reader.as_ref().map(|r| r.chapter) else {
            return Vec::new();
        };
        match current.checked_add_signed(delta) {
            Some(index) if index < self.course.chapters.len() => self.open_chapter(index),
            _ => {
                let message = if delta < 0 {
                    text::NO_PREVIOUS_CHAPTER
                } else {
                    text::NO_NEXT_CHAPTER
                };
                self.status = Some(message.to_owned());
                Vec::new()
            }
        }
    }

    /// `t`: the quiz of the chapter being read.
    pub(super) fn take_chapter_quiz(&mut self) -> Vec<Effect> {
        let Some(chapter) = self
            .reader
            .as_ref()
            .and_then(|r| self.course.chapters.get(r.chapter))
        else {
            return Vec::new();
        };
        let found = self
            .course
            .quizzes
            .iter()
            .position(|q| q.chapter.as_deref() == Some(chapter.id.as_str()));
        let Some(index) = found else {
            self.status = Some(text::NO_QUIZ.to_owned());
            return Vec::new();
        };
        let mut effects = self.record_reading();
        effects.extend(self.start_quiz(index));
        effects
    }

    /// Rows of a study popup for the chapter being read.
    pub(super) fn study_rows(
        &self,
        rows: fn(&StudyItems, Option<&StudyRecords>, &str) -> Vec<Row>,
    ) -> Vec<Row> {
        let Some(index) = self.reader.as_ref().map(|r| r.chapter) else {
            return Vec::new();
        };
        self.course
            .chapters
            .get(index)
            .map_or_else(Vec::new, |c| rows(&c.study, self.study_records(), &c.id))
    }

    /// (chapter id, item id) of entry `at` of a list of the chapter being read.
    pub(super) fn study_item(
        &self,
        at: usize,
        list: fn(&StudyItems) -> &Vec<StudyItem>,
    ) -> Option<(String, String)> {
        let index = self.reader.as_ref()?.chapter;
        let chapter = self.course.chapters.get(index)?;
        let item = list(&chapter.study).get(at)?;
        Some((chapter.id.clone(), item.id.clone()))
    }

    /// After a study record changed: the chapter shown again with it, where it was,
    /// and the progress saved.
    pub(super) fn study_changed(&mut self) -> Vec<Effect> {
        self.progress_changed();
        let mut effects = Vec::new();
        if let Some(old) = self.reader.take() {
            let index = old.chapter;
            if let Some(slot) = self.docs.get_mut(index) {
                *slot = None;
            }
            match self.reader_for(index, old.position(), &mut effects) {
                Some(mut reader) => {
                    reader.seen = old.seen;
                    reader.open_folds = old.open_folds;
                    reader.focus = old.focus;
                    self.reader = Some(reader);
                }
                None => self.reader = Some(old),
            }
            let (cols, rows) = self.size;
            self.lay_out(cols, rows);
        }
        effects.push(Effect::Save);
        effects
    }
}
