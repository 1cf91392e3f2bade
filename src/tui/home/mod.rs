//! The home screen: the course, one row per chapter with how far it was read, its
//! checklist and its quiz, the quizzes that need a row of their own, and the selection
//! `Enter` opens. A book's chapters are laid out as its SUMMARY.md has them: part
//! titles as headings, section numbers, nesting, and drafts that are shown but never
//! selected.
//!
//! It owns its selection, the number being typed, how much of the course's description
//! it shows, and its view model (the course status and each row's figures), which the
//! app refreshes when the progress changes, so drawing a frame computes nothing.
mod cells;
mod columns;
mod items;
mod layout;
mod view;

pub use cells::{Cell, RowCells};
pub use layout::HomeLayout;
pub use view::HomeView;

use crate::course::Course;
use crate::progress::Progress;
use crate::study::CourseStatus;
use crate::study::review::QueueSummary;
use jiff::civil::Date;

/// An entry of the home screen's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    Chapter(usize),
    /// A quiz with a row of its own (index into the course's quizzes): a chapter's
    /// second and later quizzes, under it, or a quiz of the whole course. A chapter's
    /// first quiz is on the chapter's row.
    Quiz(usize),
    /// A book's part title, at this index of the course's outline: a heading, never
    /// selected.
    Part(usize),
    /// A book's draft (or unreadable) chapter, at this index of the course's outline:
    /// shown, never selected.
    Draft(usize),
    /// A book's separator: a blank row.
    Separator,
    /// The heading over the quizzes that belong to no chapter.
    CourseQuizzes,
}

impl HomeItem {
    /// Whether the selection may rest on this entry (it opens something).
    pub fn selectable(self) -> bool {
        matches!(self, HomeItem::Chapter(_) | HomeItem::Quiz(_))
    }
}

/// How much of the course's description home shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// One line: from the second visit on.
    Folded,
    /// The first visit: as much as leaves room for every row of the list.
    Fit,
    /// All of it (`i`), the list scrolling in what is left.
    Full,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeAction {
    /// Move the selection by this many entries.
    Select(isize),
    First,
    Last,
    Open,
    Continue,
    Review,
    /// The selected chapter's quiz, or the selected quiz.
    TakeQuiz,
    /// A digit typed: chapters are reached by their number, `1` then `0` for 10.
    Digit(u8),
    /// `i`: the course's description in full, or folded again.
    ToggleAbout,
    /// `Esc`: drops the number being typed or folds the description; home is never
    /// left by it.
    Escape,
    /// A click on the entry at this index: selects it, or opens it when it is
    /// selected already (so a double click opens).
    Click(usize),
}

/// What the home screen asks of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeEvent {
    OpenChapter(usize),
    OpenQuiz(usize),
    /// The chapter read last, at its saved position.
    Continue,
    /// The questions due for review.
    Review,
    /// A word for the status line.
    Notice(&'static str),
}

#[derive(Debug, Clone)]
pub struct Home {
    items: Vec<HomeItem>,
    selected: usize,
    status: CourseStatus,
    /// Each chapter's quiz shown on its row (index into the course's quizzes).
    chapter_quiz: Vec<Option<usize>>,
    /// Chapter numbers as typed (`7`, `12`) and the chapter each reaches.
    numbers: Vec<(String, usize)>,
    /// The figures of each row, by item.
    cells: Vec<RowCells>,
    queue: QueueSummary,
    about: About,
    /// The digits typed so far, while more may follow.
    pending: Option<String>,
}

impl Home {
    /// Home over `course`; `first_visit` shows as much of the course's description as
    /// fits, later visits fold it to one line.
    pub fn new(course: &Course, first_visit: bool) -> Self {
        let items = items::items(course);
        let selected = items.iter().position(|i| i.selectable()).unwrap_or(0);
        let mut home = Self {
            chapter_quiz: items::chapter_quizzes(course),
            numbers: items::numbers(course),
            items,
            selected,
            status: CourseStatus::new(course, &Progress::default()),
            cells: Vec::new(),
            queue: QueueSummary::default(),
            about: if first_visit {
                About::Fit
            } else {
                About::Folded
            },
            pending: None,
        };
        home.cells = cells::cells(&home, course, None);
        home
    }

    /// Brings the view model up to date with the progress.
    pub fn refresh(&mut self, course: &Course, progress: &Progress, today: Date) {
        self.status = CourseStatus::new(course, progress);
        let records = progress.courses.get(&course.meta.id).map(|c| &c.study);
        self.queue = records.map_or_else(QueueSummary::default, |study| {
            crate::study::review::summary(study, course, today)
        });
        self.cells = cells::cells(self, course, records);
    }

    pub fn status(&self) -> &CourseStatus {
        &self.status
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn items(&self) -> &[HomeItem] {
        &self.items
    }

    /// The figures of the row of entry `index`.
    pub fn cells(&self, index: usize) -> Option<&RowCells> {
        self.cells.get(index)
    }

    /// Questions due for review today.
    pub fn due(&self) -> usize {
        self.queue.due
    }

    /// The review queue in figures.
    pub fn queue(&self) -> &QueueSummary {
        &self.queue
    }

    pub fn about(&self) -> About {
        self.about
    }

    /// The digits typed so far when more may follow.
    pub fn pending(&self) -> Option<&str> {
        self.pending.as_deref()
    }

    /// The quiz on chapter `index`'s row.
    pub fn chapter_quiz(&self, index: usize) -> Option<usize> {
        self.chapter_quiz.get(index).copied().flatten()
    }

    /// Selects the entry of chapter `index`, so going back home lands on it.
    pub fn select_chapter(&mut self, index: usize) {
        if let Some(at) = self
            .items
            .iter()
            .position(|i| *i == HomeItem::Chapter(index))
        {
            self.selected = at;
        }
    }

    /// Home was left for another screen: the description has been seen.
    pub fn left(&mut self) {
        self.about = About::Folded;
    }

    pub fn update(&mut self, action: HomeAction) -> Option<HomeEvent> {
        // A number being typed ends with any key but another digit.
        let pending = self.pending.take();
        match action {
            HomeAction::Select(delta) => self.step(delta),
            HomeAction::First => {
                let first = self.selectable().next();
                self.selected = first.unwrap_or(0);
            }
            HomeAction::Last => {
                let last = self.selectable().last();
                self.selected = last.unwrap_or(0);
            }
            HomeAction::Open => return self.open(),
            HomeAction::Continue => return Some(self.leaving(HomeEvent::Continue)),
            HomeAction::Review => return Some(self.leaving(HomeEvent::Review)),
            HomeAction::TakeQuiz => return self.take_quiz(),
            HomeAction::Digit(digit) => return self.digit(pending, digit),
            HomeAction::ToggleAbout => {
                self.about = match self.about {
                    About::Full => About::Folded,
                    About::Folded | About::Fit => About::Full,
                };
            }
            HomeAction::Escape => {
                if pending.is_none() {
                    if self.about == About::Full {
                        self.about = About::Folded;
                    } else {
                        return Some(HomeEvent::Notice(crate::tui::text::HOME_ESC));
                    }
                }
            }
            HomeAction::Click(index) => {
                if self.items.get(index).is_some_and(|i| i.selectable()) {
                    if index == self.selected {
                        return self.open();
                    }
                    self.selected = index;
                }
            }
        }
        None
    }

    /// Indices of the entries the selection may rest on.
    fn selectable(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.items.len()).filter(|&i| self.items[i].selectable())
    }

    /// Moves by `delta` selectable entries, stopping at either end.
    fn step(&mut self, delta: isize) {
        let selectable: Vec<usize> = self.selectable().collect();
        let at = selectable
            .iter()
            .position(|&i| i >= self.selected)
            .unwrap_or(0);
        let last = selectable.len().saturating_sub(1);
        let to = at.saturating_add_signed(delta).min(last);
        if let Some(&i) = selectable.get(to) {
            self.selected = i;
        }
    }

    fn leaving(&mut self, event: HomeEvent) -> HomeEvent {
        self.left();
        event
    }

    fn open(&mut self) -> Option<HomeEvent> {
        match self.items.get(self.selected)? {
            HomeItem::Chapter(i) => Some(self.leaving(HomeEvent::OpenChapter(*i))),
            HomeItem::Quiz(q) => Some(self.leaving(HomeEvent::OpenQuiz(*q))),
            _ => None,
        }
    }

    fn take_quiz(&mut self) -> Option<HomeEvent> {
        match self.items.get(self.selected)? {
            HomeItem::Chapter(i) => match self.chapter_quiz(*i) {
                Some(q) => Some(self.leaving(HomeEvent::OpenQuiz(q))),
                None => Some(HomeEvent::Notice(crate::tui::text::NO_QUIZ)),
            },
            HomeItem::Quiz(q) => Some(self.leaving(HomeEvent::OpenQuiz(*q))),
            _ => None,
        }
    }

    /// A digit: it extends the number typed so far when some chapter's number starts
    /// with the two, else it starts a new one. The chapter of the number is selected
    /// at once; the number stays open while a longer one could still follow.
    fn digit(&mut self, pending: Option<String>, digit: u8) -> Option<HomeEvent> {
        let digit = char::from(b'0' + digit.min(9));
        let starts = |typed: &str| self.numbers.iter().any(|(n, _)| n.starts_with(typed));
        let typed = match pending {
            Some(mut typed) => {
                typed.push(digit);
                if starts(&typed) {
                    typed
                } else {
                    digit.to_string()
                }
            }
            None => digit.to_string(),
        };
        let chapter = self
            .numbers
            .iter()
            .find(|(n, _)| *n == typed)
            .map(|&(_, i)| i);
        if let Some(chapter) = chapter {
            self.select_chapter(chapter);
        }
        let longer = self
            .numbers
            .iter()
            .any(|(n, _)| n.len() > typed.len() && n.starts_with(&typed));
        if longer {
            self.pending = Some(typed);
            None
        } else if chapter.is_none() {
            Some(HomeEvent::Notice(crate::tui::text::HOME_NO_SUCH_NUMBER))
        } else {
            None
        }
    }
}
