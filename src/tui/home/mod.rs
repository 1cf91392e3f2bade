//! The home screen: the course, its chapters and quizzes with the learner's progress
//! in each, and the selection `Enter` opens. A book's chapters are laid out as its
//! SUMMARY.md has them: part titles as headings, section numbers, nesting, and drafts
//! that are shown but never selected.
//!
//! It owns its selection and its view model — the course status, each chapter's
//! checklist count and the number of cards due — which the app refreshes when the
//! progress changes, so drawing a frame computes nothing.
mod view;

pub use view::HomeView;

use crate::course::{Course, OutlineItem};
use crate::progress::Progress;
use crate::study::CourseStatus;
use jiff::civil::Date;

/// An entry of the home screen's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeItem {
    Chapter(usize),
    /// Index into the course's quizzes.
    Quiz(usize),
    /// A book's part title, at this index of the course's outline: a heading, never
    /// selected.
    Part(usize),
    /// A book's draft (or unreadable) chapter, at this index of the course's outline:
    /// shown, never selected.
    Draft(usize),
    /// A book's separator: a blank row.
    Separator,
}

impl HomeItem {
    /// Whether the selection may rest on this entry (it opens something).
    pub fn selectable(self) -> bool {
        matches!(self, HomeItem::Chapter(_) | HomeItem::Quiz(_))
    }
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
}

#[derive(Debug, Clone)]
pub struct Home {
    items: Vec<HomeItem>,
    selected: usize,
    status: CourseStatus,
    /// (ticked, total) of each chapter's checklist.
    checklists: Vec<(usize, usize)>,
    /// Questions due for review today.
    due: usize,
}

impl Home {
    pub fn new(course: &Course) -> Self {
        let items = items(course);
        let selected = items.iter().position(|i| i.selectable()).unwrap_or(0);
        Self {
            items,
            selected,
            status: CourseStatus::new(course, &Progress::default()),
            checklists: Vec::new(),
            due: 0,
        }
    }

    /// Brings the view model up to date with the progress.
    pub fn refresh(&mut self, course: &Course, progress: &Progress, today: Date) {
        self.status = CourseStatus::new(course, progress);
        let records = progress.courses.get(&course.meta.id).map(|c| &c.study);
        self.checklists = course
            .chapters
            .iter()
            .map(|chapter| {
                let items = &chapter.study.checklist;
                let ticks = records.and_then(|s| s.checklists.get(&chapter.id));
                let done = items
                    .iter()
                    .filter(|item| ticks.and_then(|t| t.get(&item.id)).is_some_and(|t| t.done))
                    .count();
                (done, items.len())
            })
            .collect();
        self.due = records.map_or(0, |study| {
            crate::study::review::due(study, course, today).len()
        });
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

    /// Questions due for review today.
    pub fn due(&self) -> usize {
        self.due
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

    pub fn update(&mut self, action: HomeAction) -> Option<HomeEvent> {
        let selectable: Vec<usize> = (0..self.items.len())
            .filter(|&i| self.items[i].selectable())
            .collect();
        match action {
            HomeAction::Select(delta) => {
                // Move by `delta` selectable entries, stopping at either end.
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
            HomeAction::First => self.selected = selectable.first().copied().unwrap_or(0),
            HomeAction::Last => self.selected = selectable.last().copied().unwrap_or(0),
            HomeAction::Open => {
                return self.items.get(self.selected).and_then(|item| match item {
                    HomeItem::Chapter(i) => Some(HomeEvent::OpenChapter(*i)),
                    HomeItem::Quiz(q) => Some(HomeEvent::OpenQuiz(*q)),
                    HomeItem::Part(_) | HomeItem::Draft(_) | HomeItem::Separator => None,
                });
            }
            HomeAction::Continue => return Some(HomeEvent::Continue),
            HomeAction::Review => return Some(HomeEvent::Review),
        }
        None
    }
}

/// The course's outline — chapters in course order, each followed by its quizzes, and
/// a book's parts, drafts and separators where SUMMARY.md has them — then the
/// course's own quizzes.
fn items(course: &Course) -> Vec<HomeItem> {
    let mut items = Vec::new();
    for (at, entry) in course.outline().iter().enumerate() {
        let i = match entry {
            OutlineItem::Chapter(i) => *i,
            OutlineItem::Part(_) => {
                items.push(HomeItem::Part(at));
                continue;
            }
            OutlineItem::Draft { .. } => {
                items.push(HomeItem::Draft(at));
                continue;
            }
            OutlineItem::Separator => {
                items.push(HomeItem::Separator);
                continue;
            }
        };
        let Some(chapter) = course.chapters.get(i) else {
            continue;
        };
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
