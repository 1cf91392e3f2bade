//! The app: which screen is in front, the overlays over it, and the routing between
//! them. Input becomes an action through the keymap of the mode in front; the action
//! goes to the screen or overlay that owns it; what that reports back becomes changes
//! of the progress and [`Effect`]s.
//!
//! The app never draws and never touches the disk itself: [`super::view`] draws it,
//! [`super::effect`] performs its effects. It says when a frame is due ([`App::take_redraw`])
//! and when it next has something to do on its own ([`App::deadline`]), so the loop
//! sleeps while nothing happens.
mod chapters;
mod ending;
mod events;
mod links;
mod sections;

use super::action::{Action, ListAction};
use super::dashboard::{Dashboard, Facts};
use super::draw::{MIN_HEIGHT, MIN_WIDTH, reading_area, reading_column};
use super::effect::{self, Effect};
use super::home::Home;
use super::input::{Input, Waker};
use super::keymap::{self, Mode};
use super::overlay::Overlay;
use super::quiz::QuizScreen;
use super::reader::{Bookmark, Reader, ReaderAction};
use super::theme::Palette;
use crate::course::Course;
use crate::markdown::Document;
use crate::progress::{Clock, ProgressStore};
use crate::theme::Theme;
use ratatui::layout::Rect;
use std::sync::Arc;
use std::time::Duration;

/// How long a changed reading position may wait before it is saved.
pub const SAVE_AFTER: Duration = Duration::from_secs(3);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Reader,
    Quiz,
    Dashboard,
}

// Four flags that do not make a state machine: two one-shot requests to the loop
// (quit, suspend), how the session was opened (a quiz from the shell) and the dirty bit.
#[allow(clippy::struct_excessive_bools)]
pub struct App<'c> {
    course: &'c Course,
    store: ProgressStore,
    theme: Theme,
    palette: Palette,
    clock: Clock,
    /// Terminal columns and rows.
    size: (u16, u16),
    screen: Screen,
    /// Where leaving the dashboard goes back to.
    dashboard_from: Screen,
    /// Where leaving the quiz goes back to.
    quiz_from: Screen,
    /// The quiz was opened from the command line (`tutor quiz QUIZ`): leaving it
    /// leaves the program.
    quiz_alone: bool,
    /// The reader is showing a section a quiz's result led to; `q` goes back there.
    visit: Option<sections::SectionVisit>,
    home: Home,
    dashboard: Dashboard,
    reader: Option<Reader>,
    /// Where followed links were followed from, the last on top.
    trail: Vec<Bookmark>,
    quiz: Option<QuizScreen>,
    /// Open over the screen, the top one in front.
    overlays: Vec<Overlay>,
    /// Parsed chapters, kept so going back to one does not parse it again.
    docs: Vec<Option<Arc<Document>>>,
    /// A one-line message shown until the next key (store notices, "no match").
    status: Option<String>,
    quit: bool,
    /// The learner asked to suspend (`Ctrl-z`): the loop hands the terminal back.
    suspend: bool,
    /// When a reading position changed but not yet saved is due to be saved.
    save_due: Option<std::time::Instant>,
    redraw: bool,
    waker: Option<Waker>,
}

impl<'c> App<'c> {
    pub fn new(course: &'c Course, store: ProgressStore, theme: Theme, clock: Clock) -> Self {
        let first_visit = store
            .progress()
            .courses
            .get(&course.meta.id)
            .is_none_or(|c| c.about_seen.is_none());
        let mut app = Self {
            course,
            store,
            palette: Palette::new(&theme),
            theme,
            clock,
            size: (0, 0),
            screen: Screen::Home,
            dashboard_from: Screen::Home,
            quiz_from: Screen::Home,
            quiz_alone: false,
            visit: None,
            home: Home::new(course, first_visit),
            dashboard: Dashboard::default(),
            reader: None,
            trail: Vec::new(),
            quiz: None,
            overlays: Vec::new(),
            docs: vec![None; course.chapters.len()],
            status: None,
            quit: false,
            suspend: false,
            save_due: None,
            redraw: true,
            waker: None,
        };
        app.progress_changed();
        // What the store found on opening (a file moved aside, a newer version, no
        // data folder) is the first thing the learner reads.
        app.take_notices();
        app
    }

    /// Records where the course was loaded from (`origin`: its canonical folder, or
    /// `builtin`) when its progress names no source yet, so that the next save keeps
    /// it; when the progress names another folder, the warning that the two share one
    /// record joins the notices on the status line, as the command line prints it.
    pub fn note_source(&mut self, origin: &str) {
        let progress = self.store.progress_mut();
        if let Some(warning) =
            crate::study::source::note_source(progress, &self.course.meta.id, origin)
        {
            self.notify(warning);
        }
    }

    /// Lets highlighting threads wake the loop when they finish.
    pub fn set_waker(&mut self, waker: Option<Waker>) {
        self.waker = waker;
    }

    pub fn course(&self) -> &'c Course {
        self.course
    }

    pub fn store(&self) -> &ProgressStore {
        &self.store
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn palette(&self) -> &Palette {
        &self.palette
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn home(&self) -> &Home {
        &self.home
    }

    pub fn dashboard(&self) -> &Dashboard {
        &self.dashboard
    }

    pub fn reader(&self) -> Option<&Reader> {
        self.reader.as_ref()
    }

    pub fn quiz(&self) -> Option<&QuizScreen> {
        self.quiz.as_ref()
    }

    pub fn overlays(&self) -> &[Overlay] {
        &self.overlays
    }

    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    pub fn has_quit(&self) -> bool {
        self.quit
    }

    /// Whether the learner asked to suspend the tutor (`Ctrl-z`); asking clears it.
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend)
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// What keys mean now: the top overlay's mode, else the screen's.
    pub fn mode(&self) -> Mode {
        if let Some(overlay) = self.overlays.last() {
            return overlay.mode();
        }
        match self.screen {
            Screen::Home => Mode::Home,
            Screen::Reader => Mode::Reader,
            Screen::Quiz => self.quiz.as_ref().map_or(Mode::Home, QuizScreen::mode),
            Screen::Dashboard => Mode::Dashboard,
        }
    }

    /// Whether something changed since the last frame; asking clears it.
    pub fn take_redraw(&mut self) -> bool {
        std::mem::take(&mut self.redraw)
    }

    /// When the app next has something to do with no input: save a reading position
    /// left unsaved. None when there is nothing to wait for.
    pub fn deadline(&self) -> Option<std::time::Instant> {
        self.save_due
    }

    /// Does what was due by `now`.
    pub fn on_deadline(&mut self, now: std::time::Instant) {
        if self.save_due.is_some_and(|due| due <= now) {
            let effects = self.record_reading();
            self.perform(effects);
        }
    }

    /// Handles one input from the terminal (or a script).
    pub fn handle(&mut self, input: Input) {
        match input {
            Input::Key(key) => {
                if let Some(action) = keymap::lookup(self.mode(), key) {
                    self.apply(action);
                }
            }
            Input::Wheel(lines) => match self.mode() {
                Mode::Reader => self.apply(Action::Reader(ReaderAction::Scroll(lines))),
                Mode::QuizFeedback | Mode::QuizResult | Mode::QuizDetail | Mode::ReviewResult => {
                    self.apply(Action::Quiz(super::quiz::QuizAction::Scroll(lines)));
                }
                Mode::Home => self.apply(Action::Home(super::home::HomeAction::Select(
                    lines.signum(),
                ))),
                Mode::Help => self.apply(Action::List(ListAction::Move(lines))),
                Mode::Outline | Mode::Reflections | Mode::Checklist => {
                    self.apply(Action::List(ListAction::Move(lines.signum())));
                }
                Mode::Dashboard => self.apply(Action::Board(
                    super::dashboard::DashboardAction::Scroll(lines),
                )),
                _ => {}
            },
            Input::Click(x, y) => {
                if self.mode() == Mode::Home && !self.too_small() {
                    let (cols, rows) = self.size;
                    let view = super::home::HomeView {
                        home: &self.home,
                        course: self.course,
                        palette: &self.palette,
                        notice: self.status.as_deref(),
                    };
                    if let Some(index) = view.item_at(Rect::new(0, 0, cols, rows), x, y) {
                        self.apply(Action::Home(super::home::HomeAction::Click(index)));
                    }
                }
            }
            Input::Resize(cols, rows) => self.resize(cols, rows),
            Input::Highlighted => self.highlighted(),
        }
    }

    /// Applies an action and performs what it asks for.
    pub fn apply(&mut self, action: Action) {
        self.redraw = true;
        self.status = None;
        self.note_home_seen();
        let effects = self.route(action);
        self.perform(effects);
    }

    /// Opens quiz `index` of the course; leaving it goes to the home screen.
    pub fn open_quiz(&mut self, index: usize) {
        let effects = self.start_quiz(index);
        self.perform(effects);
    }

    /// Opens quiz `index` of the course for `tutor quiz QUIZ`: leaving it (`q`, or
    /// `q`/`Esc` on its result) leaves the program, back to the shell.
    pub fn open_quiz_from_shell(&mut self, index: usize) {
        self.open_quiz(index);
        self.quiz_alone = self.quiz.is_some();
    }

    /// Saves what was read: for the end of the program, however it ends.
    pub fn finish(&mut self) {
        // Nothing is drawn any more, so the last save may wait for another tutor's
        // lock; one that gave up earlier is made now.
        self.store.set_lock_wait(crate::progress::store::LOCK_WAIT);
        self.note_home_seen();
        let effects = self.leave();
        self.perform(effects);
        if self.store.has_unsaved() {
            self.store.save();
        }
    }

    /// Records, once, that home has shown the course's description: from the next
    /// visit on it is folded. Called when home was in front as the learner acted or
    /// left, so a tutor opened straight on a quiz has not shown it yet.
    fn note_home_seen(&mut self) {
        if self.screen != Screen::Home {
            return;
        }
        let now = self.clock.now();
        let seen = &mut self.course_records().about_seen;
        if seen.is_none() {
            // Saved with the next save (at the latest, on leaving).
            *seen = Some(now);
        }
    }

    fn perform(&mut self, effects: Vec<Effect>) {
        let saved = effects.contains(&Effect::Save);
        for effect in effects {
            if let Some(input) = effect::perform(effect, &mut self.store, self.waker.as_ref()) {
                self.handle(input);
            }
        }
        if saved {
            self.take_notices();
        }
    }

    /// Moves the store's notices to the status line, each shown once.
    fn take_notices(&mut self) {
        let notices = self.store.take_notices();
        if !notices.is_empty() {
            self.status = Some(notices.join(" · "));
            self.redraw = true;
        }
    }

    /// Adds a message to the status line, after any not yet read.
    fn notify(&mut self, notice: String) {
        self.status = Some(match self.status.take() {
            Some(shown) => format!("{shown} · {notice}"),
            None => notice,
        });
        self.redraw = true;
    }

    /// The terminal's size changed: lay out again what depends on it, and note what
    /// the reader now shows (a taller window shows more lines).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.lay_out(cols, rows);
        self.reader_moved();
    }

    /// When the reader is in front, adds what it shows to the lines seen; the save
    /// follows as for any move.
    fn reader_moved(&mut self) {
        if self.screen != Screen::Reader || self.too_small() {
            return;
        }
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        let moved = reader.moved();
        let effects = self.reader_events(vec![moved]);
        self.perform(effects);
    }

    /// Lays out again for a terminal of `cols` × `rows` what depends on its size.
    pub(super) fn lay_out(&mut self, cols: u16, rows: u16) {
        self.size = (cols, rows);
        self.redraw = true;
        if self.too_small() {
            return;
        }
        let area = Rect::new(0, 0, cols, rows);
        let text = reading_area(area);
        if let Some(reader) = &mut self.reader {
            reader.relayout(
                usize::from(text.width),
                usize::from(text.height),
                &self.theme,
            );
        }
        if let Some(quiz) = &mut self.quiz {
            quiz.resize(quiz_width(self.size), &self.theme);
            quiz.set_rows(rows);
        }
        self.refresh_dashboard();
    }

    /// Builds the dashboard's lines again when it is in front.
    fn refresh_dashboard(&mut self) {
        if self.screen != Screen::Dashboard || self.too_small() {
            return;
        }
        let facts = Facts {
            status: self.home.status(),
            queue: self.home.queue(),
            today: self.clock.today(),
            palette: &self.palette,
        };
        self.dashboard.refresh(&facts, self.size);
    }

    /// A document finished highlighting: the reader lays it out again in colour.
    fn highlighted(&mut self) {
        let ready = self
            .reader
            .as_ref()
            .is_some_and(|r| self.theme.color && !r.highlighted && r.doc.is_highlighted());
        if ready {
            let (cols, rows) = self.size;
            self.resize(cols, rows);
        }
    }

    /// Brings the view models that show the progress up to date.
    fn progress_changed(&mut self) {
        self.home
            .refresh(self.course, self.store.progress(), self.clock.today());
        self.refresh_reader_cards();
        self.refresh_dashboard();
    }
}

/// The quiz screen's reading column width for a terminal of `size`.
fn quiz_width((cols, rows): (u16, u16)) -> usize {
    usize::from(reading_column(Rect::new(0, 0, cols, rows)).width)
}
