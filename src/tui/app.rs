//! The tutor's state and its loop: draw, wait for an event or a tick, turn the event
//! into an action, update, perform the effects.
//!
//! The loop is generic over ratatui's `Backend` and over where events come from, so
//! tests drive the whole app with a `TestBackend` and a list of events. The state owns
//! the progress store but only [`super::effect`] ever asks it to touch the disk.
use super::action::Action;
use super::effect;
use super::reader::{MAX_COLUMN, Reader};
use super::review::ReviewSession;
use super::study::{ChapterItems, StudyPopup};
use super::theme::Palette;
use super::{keys, update, view};
use crate::course::Course;
use crate::markdown::Document;
use crate::progress::{Clock, ProgressStore};
use crate::theme::Theme;
use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::layout::Rect;
use std::io;
use std::sync::Arc;
use std::time::Duration;

/// Smallest terminal the screens are drawn in; below it, a one-line notice.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// How often the loop wakes with nothing to do.
pub const TICK: Duration = Duration::from_millis(250);
/// How long a changed reading position may wait before it is saved.
pub const SAVE_AFTER: Duration = Duration::from_secs(3);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Reader,
    Quiz,
    Dashboard,
}

/// An entry of the home screen's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    Chapter(usize),
    /// Index into the course's quizzes.
    Quiz(usize),
}

pub struct App<'c> {
    pub course: &'c Course,
    pub store: ProgressStore,
    pub theme: Theme,
    pub palette: Palette,
    pub clock: Clock,
    pub screen: Screen,
    /// Where `q` on the dashboard or the end of a quiz goes back to.
    pub return_to: Screen,
    pub home_items: Vec<HomeItem>,
    pub selected: usize,
    pub reader: Option<Reader>,
    /// Parsed chapters, kept so going back to one does not parse it again.
    pub docs: Vec<Option<Arc<Document>>>,
    pub help: bool,
    /// Terminal columns and rows.
    pub size: (u16, u16),
    /// A one-line message shown until the next key (store notices, "no match").
    pub status: Option<String>,
    pub quit: bool,
    /// When the reading position changed without being saved, first seen on a tick.
    pub unsaved: Option<Option<std::time::Instant>>,
    pub quiz: Option<super::quiz_runner::QuizRunner<'c>>,
    /// Where leaving the quiz goes back to.
    pub quiz_from: Screen,
    /// Each chapter's reflection prompts and checklist items.
    pub items: Vec<ChapterItems>,
    /// The study popup open over the reader.
    pub study_popup: Option<StudyPopup>,
    /// The spaced-review session the quiz screen is running, if it is one.
    pub review: Option<ReviewSession>,
}

impl<'c> App<'c> {
    pub fn new(course: &'c Course, store: ProgressStore, theme: Theme, clock: Clock) -> Self {
        let home_items = home_items(course);
        let mut app = Self {
            course,
            store,
            palette: Palette::new(&theme),
            theme,
            clock,
            screen: Screen::Home,
            return_to: Screen::Home,
            home_items,
            selected: 0,
            reader: None,
            docs: vec![None; course.chapters.len()],
            help: false,
            size: (0, 0),
            status: None,
            quit: false,
            unsaved: None,
            quiz: None,
            quiz_from: Screen::Home,
            items: course.chapters.iter().map(|c| c.study.clone()).collect(),
            study_popup: None,
            review: None,
        };
        app.take_notices();
        app
    }

    /// Moves the store's notices to the status line, each shown once.
    pub fn take_notices(&mut self) {
        let notices = self.store.take_notices();
        if !notices.is_empty() {
            self.status = Some(notices.join(" · "));
        }
    }

    pub fn too_small(&self) -> bool {
        self.size.0 < MIN_WIDTH || self.size.1 < MIN_HEIGHT
    }

    /// Opens quiz `index` of the course (for `tutor quiz QUIZ`).
    pub fn open_quiz(&mut self, index: usize) {
        for effect in super::quiz::open(self, index) {
            effect::perform(self, effect);
        }
    }

    /// Applies an action and performs what it asks for.
    pub fn apply(&mut self, action: Action) {
        for effect in update::update(self, action) {
            effect::perform(self, effect);
        }
    }
}

/// Chapters in course order, each followed by its quizzes; then the course's own.
fn home_items(course: &Course) -> Vec<HomeItem> {
    let mut items = Vec::new();
    for (i, chapter) in course.chapters.iter().enumerate() {
        items.push(HomeItem::Chapter(i));
        for (q, quiz) in course.quizzes.iter().enumerate() {
            if quiz.chapter.as_deref() == Some(chapter.id.as_str()) {
                items.push(HomeItem::Quiz(q));
            }
        }
    }
    for (q, quiz) in course.quizzes.iter().enumerate() {
        let attached = quiz
            .chapter
            .as_deref()
            .is_some_and(|c| course.chapters.iter().any(|ch| ch.id == c));
        if !attached {
            items.push(HomeItem::Quiz(q));
        }
    }
    items
}

/// The reader's text area inside a screen of `area`: below the header, above the
/// footer, a column's margin each side, at most [`MAX_COLUMN`] wide and centred.
pub fn reading_area(area: Rect) -> Rect {
    let max = u16::try_from(MAX_COLUMN).unwrap_or(u16::MAX);
    let width = area.width.saturating_sub(2).clamp(1, max).min(area.width);
    let x = area.x + (area.width - width) / 2;
    Rect::new(x, area.y + 1, width, area.height.saturating_sub(2))
}

/// Where the loop gets events from: the terminal, or a script in tests.
pub trait EventSource {
    /// The next event, or None when `timeout` passed without one.
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<Event>>;
}

/// Events from the real terminal.
#[derive(Debug, Default)]
pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        if crossterm::event::poll(timeout)? {
            crossterm::event::read().map(Some)
        } else {
            Ok(None)
        }
    }
}

/// Runs the tutor until the user quits or the events run out.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App<'_>,
    events: &mut impl EventSource,
) -> io::Result<()> {
    let mut last_tick = std::time::Instant::now();
    loop {
        let size = terminal
            .size()
            .map_err(|e| io::Error::other(e.to_string()))?;
        if (size.width, size.height) != app.size {
            app.apply(Action::Resize(size.width, size.height));
        }
        terminal
            .draw(|frame| view::draw(frame, app))
            .map_err(|e| io::Error::other(e.to_string()))?;
        if app.quit {
            return Ok(());
        }
        let event = events.next_event(TICK.saturating_sub(last_tick.elapsed()))?;
        if let Some(action) = event.and_then(|e| keys::action_for(app, &e)) {
            app.apply(action);
        }
        if last_tick.elapsed() >= TICK {
            last_tick = std::time::Instant::now();
            app.apply(Action::Tick(last_tick));
        }
    }
}
