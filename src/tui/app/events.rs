//! Routing: each action to the screen or overlay that owns it, and what they report
//! back into changes of the progress and effects. The only functions that see the
//! whole app; everything they call sees just its own state.
use super::{App, Screen, quiz_width};
use crate::progress::review::{Answer, record_answer};
use crate::tui::action::{Action, ListAction, PromptAction};
use crate::tui::effect::Effect;
use crate::tui::home::HomeEvent;
use crate::tui::overlay::{Overlay, Picked, Picker};
use crate::tui::quiz::{QuizEvent, QuizKind, QuizRunner, QuizScreen, ReviewSession};
use crate::tui::reader::ReaderEvent;
use crate::tui::study::{self, AnswerEditor, EditorEvent};
use crate::tui::text;
use std::sync::Arc;

impl App<'_> {
    pub(super) fn route(&mut self, action: Action) -> Vec<Effect> {
        match action {
            Action::Quit => {
                self.quit = true;
                return self.leave();
            }
            Action::Help => {
                let under = self.mode();
                self.overlays.push(Overlay::Help { under, scroll: 0 });
            }
            Action::Back if !self.overlays.is_empty() => {
                self.overlays.pop();
            }
            Action::Back => {
                if self.screen == Screen::Dashboard {
                    self.screen = self.dashboard_from;
                }
            }
            Action::Dashboard if self.screen == Screen::Dashboard => {
                self.screen = self.dashboard_from;
            }
            Action::Dashboard => {
                let effects = if self.screen == Screen::Reader {
                    self.record_reading()
                } else {
                    Vec::new()
                };
                self.home.left();
                self.dashboard_from = self.screen;
                self.screen = Screen::Dashboard;
                self.dashboard.to_top();
                self.refresh_dashboard();
                return effects;
            }
            Action::Board(action) => self.dashboard.update(action),
            Action::Suspend => {
                self.suspend = true;
                // Saved first: a suspended tutor may never be continued.
                return self.leave();
            }
            Action::Home(action) => {
                if let Some(event) = self.home.update(action) {
                    return self.home_event(event);
                }
            }
            Action::Reader(action) => {
                let Some(reader) = self.reader.as_mut() else {
                    self.screen = Screen::Home;
                    return Vec::new();
                };
                let events = reader.update(action, &self.theme);
                return self.reader_events(events);
            }
            Action::Quiz(action) => {
                let Some(quiz) = self.quiz.as_mut() else {
                    self.screen = self.quiz_from;
                    return Vec::new();
                };
                let events = quiz.update(action, &self.clock, &self.theme);
                return self.quiz_events(events);
            }
            Action::List(action) => return self.list(action),
            Action::Prompt(action) => return self.prompt(action),
            Action::Editor(action) => return self.edit(action),
        }
        Vec::new()
    }

    fn home_event(&mut self, event: HomeEvent) -> Vec<Effect> {
        match event {
            HomeEvent::OpenChapter(index) => self.open_chapter(index),
            HomeEvent::OpenQuiz(index) => self.start_quiz(index),
            HomeEvent::Continue => self.continue_reading(),
            HomeEvent::Review => self.start_review(),
            HomeEvent::Notice(message) => {
                self.status = Some(message.to_owned());
                Vec::new()
            }
        }
    }

    pub(super) fn reader_events(&mut self, events: Vec<ReaderEvent>) -> Vec<Effect> {
        let mut effects = Vec::new();
        for event in events {
            match event {
                ReaderEvent::Moved { at_once: true } => effects.extend(self.record_reading()),
                ReaderEvent::Moved { at_once: false } => {
                    if self.save_due.is_none() {
                        self.save_due = Some(std::time::Instant::now() + super::SAVE_AFTER);
                    }
                }
                ReaderEvent::Step(delta) => effects.extend(self.step_chapter(delta)),
                ReaderEvent::TakeQuiz => effects.extend(self.take_chapter_quiz()),
                ReaderEvent::OpenSearch => self.overlays.push(Overlay::Search(String::new())),
                ReaderEvent::OpenOutline(here) => {
                    let rows = self.reader.as_ref().map_or_else(Vec::new, |r| {
                        r.outline.iter().map(study::Row::plain).collect()
                    });
                    self.overlays
                        .push(Overlay::Outline(Picker::new(rows, here)));
                }
                ReaderEvent::OpenReflections => {
                    let rows = self.study_rows(study::prompt_rows);
                    self.overlays
                        .push(Overlay::Reflections(Picker::new(rows, 0)));
                }
                ReaderEvent::OpenChecklist => {
                    let rows = self.study_rows(study::checklist_rows);
                    self.overlays.push(Overlay::Checklist(Picker::new(rows, 0)));
                }
                ReaderEvent::Follow(target) => effects.extend(self.follow(&target)),
                ReaderEvent::OpenQuiz(src) => effects.extend(self.take_placed_quiz(&src)),
                // Back through the links followed, then to the result a section was
                // opened from.
                ReaderEvent::Return if self.trail.is_empty() && self.visiting() => {
                    effects.extend(self.back_to_result());
                }
                ReaderEvent::Return => effects.extend(self.go_back()),
                ReaderEvent::Status(message) => self.status = Some(message),
                ReaderEvent::Back if self.visiting() => effects.extend(self.back_to_result()),
                ReaderEvent::Back => {
                    // Links followed are for going back while reading, not later.
                    self.trail.clear();
                    effects.extend(self.record_reading());
                    self.screen = Screen::Home;
                }
            }
        }
        effects
    }

    fn quiz_events(&mut self, events: Vec<QuizEvent>) -> Vec<Effect> {
        let mut effects = Vec::new();
        for event in events {
            match event {
                QuizEvent::Answered {
                    quiz,
                    question,
                    correct,
                    practice,
                } => {
                    let now = self.clock.now();
                    let answer = Answer { correct, practice };
                    let study = &mut self.course_records().study;
                    let outcome = record_answer(study, &quiz, &question, answer, now);
                    // A review's result says where each card went.
                    let review = self.quiz.as_mut().and_then(QuizScreen::review_mut);
                    if let (Some(review), Some(outcome)) = (review, outcome) {
                        review.card_moved(&quiz, &question, outcome);
                    }
                    effects.push(Effect::Save);
                }
                QuizEvent::SaveAttempt { quiz, attempt } => {
                    let course = self.course.meta.id.clone();
                    self.store
                        .progress_mut()
                        .record_attempt(&course, &quiz, attempt);
                    effects.push(Effect::Save);
                }
                QuizEvent::Abandon { quiz, attempt } => {
                    let attempts = self
                        .course_records()
                        .quizzes
                        .get_mut(&quiz)
                        .map(|q| &mut q.attempts);
                    if let Some(saved) =
                        attempts.and_then(|a| a.iter_mut().find(|a| a.id == attempt))
                    {
                        saved.abandoned = true;
                    }
                    effects.push(Effect::Save);
                }
                QuizEvent::OpenSection(section) => effects.extend(self.open_section(&section)),
                QuizEvent::Close if self.quiz_alone => {
                    // Opened from the shell: back there.
                    self.quit = true;
                    effects.extend(self.leave());
                }
                QuizEvent::Close => {
                    self.quiz = None;
                    self.visit = None;
                    self.screen = self.quiz_from;
                }
            }
        }
        if !effects.is_empty() {
            effects.dedup();
            self.progress_changed();
        }
        effects
    }

    /// Opens quiz `index` of the course; leaving it returns to the current screen.
    pub(super) fn start_quiz(&mut self, index: usize) -> Vec<Effect> {
        let Some(quiz) = self.course.quizzes.get(index) else {
            return Vec::new();
        };
        let runner = QuizRunner::new(Arc::new(quiz.clone()), QuizKind::Course, &self.clock);
        // An attempt left half-way (with something answered) is offered first.
        let open = self
            .records()
            .and_then(|c| c.quizzes.get(&quiz.id))
            .and_then(|q| {
                q.attempts
                    .iter()
                    .rev()
                    .find(|a| a.is_open() && !a.answers.is_empty())
            })
            .cloned();
        self.show_quiz(runner);
        if let Some(open) = open {
            self.quiz = self.quiz.take().map(|screen| screen.offering(open));
        }
        Vec::new()
    }

    /// `v`: a review of the questions due, or word that none are.
    fn start_review(&mut self) -> Vec<Effect> {
        let today = self.clock.today();
        let started = self
            .study_records()
            .and_then(|study| ReviewSession::start(self.course, study, today));
        let Some((quiz, session)) = started else {
            self.status = Some(text::NOTHING_DUE.to_owned());
            return Vec::new();
        };
        let runner = QuizRunner::new(quiz, QuizKind::Review(session), &self.clock);
        self.show_quiz(runner);
        Vec::new()
    }

    fn show_quiz(&mut self, runner: QuizRunner) {
        let sections = self.quiz_sections(&runner);
        let mut screen = QuizScreen::new(runner, quiz_width(self.size), &self.theme);
        screen.set_rows(self.size.1);
        self.quiz = Some(screen.with_sections(sections));
        // A quiz opened now is the learner's own, and leads no section visit back.
        self.quiz_alone = false;
        self.visit = None;
        if self.screen != Screen::Quiz {
            self.quiz_from = self.screen;
        }
        self.overlays.clear();
        self.screen = Screen::Quiz;
    }

    /// Keys of the outline and the study lists.
    fn list(&mut self, action: ListAction) -> Vec<Effect> {
        if let Some(Overlay::Help { under, scroll }) = self.overlays.last_mut() {
            *scroll = crate::tui::help::scrolled(*scroll, action, *under, self.size);
            return Vec::new();
        }
        let picked = match self.overlays.last_mut() {
            Some(
                Overlay::Outline(list) | Overlay::Reflections(list) | Overlay::Checklist(list),
            ) => list.update(action),
            _ => return Vec::new(),
        };
        let Some(picked) = picked else {
            return Vec::new();
        };
        let top = self.overlays.last().map(Overlay::mode);
        if picked == Picked::Close {
            self.overlays.pop();
            return Vec::new();
        }
        match (top, picked) {
            (Some(crate::tui::keymap::Mode::Outline), Picked::Open(heading)) => {
                self.overlays.pop();
                let Some(reader) = self.reader.as_mut() else {
                    return Vec::new();
                };
                reader.jump_to_heading(heading);
                let moved = reader.moved();
                self.reader_events(vec![moved])
            }
            (Some(crate::tui::keymap::Mode::Reflections), Picked::Open(prompt)) => {
                self.open_editor(prompt);
                Vec::new()
            }
            (Some(crate::tui::keymap::Mode::Checklist), Picked::Toggle(item)) => self.tick(item),
            _ => Vec::new(),
        }
    }

    /// Keys of the search prompt.
    fn prompt(&mut self, action: PromptAction) -> Vec<Effect> {
        let Some(Overlay::Search(typed)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        match action {
            PromptAction::Type(c) => typed.push(c),
            PromptAction::Backspace => {
                // As in less: backspace on an empty prompt closes it.
                if typed.pop().is_none() {
                    self.overlays.pop();
                }
            }
            PromptAction::Cancel => {
                self.overlays.pop();
            }
            PromptAction::Submit => {
                let typed = std::mem::take(typed);
                self.overlays.pop();
                if let Some(reader) = self.reader.as_mut() {
                    let events = reader.submit_search(typed);
                    return self.reader_events(events);
                }
            }
        }
        Vec::new()
    }

    fn open_editor(&mut self, prompt: usize) {
        let Some(index) = self.reader.as_ref().map(|r| r.chapter) else {
            return;
        };
        let Some(chapter) = self.course.chapters.get(index) else {
            return;
        };
        let Some(item) = chapter.study.prompts.get(prompt) else {
            return;
        };
        let saved = study::answer(self.study_records(), &chapter.id, &item.id).unwrap_or_default();
        let editor = AnswerEditor::new(prompt, &item.text, saved);
        self.overlays.push(Overlay::Editor(editor));
    }

    /// Keys of the reflection editor.
    fn edit(&mut self, action: crate::tui::action::EditorAction) -> Vec<Effect> {
        let Some(Overlay::Editor(editor)) = self.overlays.last_mut() else {
            return Vec::new();
        };
        let prompt = editor.prompt;
        match editor.update(action) {
            None => Vec::new(),
            Some(EditorEvent::Cancel) => {
                self.overlays.pop();
                Vec::new()
            }
            Some(EditorEvent::Save(answer)) => {
                self.overlays.pop();
                let Some((chapter, id)) = self.study_item(prompt, |items| &items.prompts) else {
                    return Vec::new();
                };
                let now = self.clock.now();
                study::save_answer(&mut self.course_records().study, &chapter, &id, answer, now);
                self.status = Some(text::REFLECTION_SAVED.to_owned());
                let rows = self.study_rows(study::prompt_rows);
                if let Some(Overlay::Reflections(list)) = self.overlays.last_mut() {
                    list.rows = rows;
                }
                self.study_changed()
            }
        }
    }

    /// Ticks or unticks checklist item `item` of the chapter being read.
    fn tick(&mut self, item: usize) -> Vec<Effect> {
        let Some((chapter, id)) = self.study_item(item, |items| &items.checklist) else {
            return Vec::new();
        };
        let now = self.clock.now();
        study::toggle_tick(&mut self.course_records().study, &chapter, &id, now);
        let rows = self.study_rows(study::checklist_rows);
        if let Some(Overlay::Checklist(list)) = self.overlays.last_mut() {
            list.rows = rows;
        }
        self.study_changed()
    }
}
