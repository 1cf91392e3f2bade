//! The figures on each row of the home screen — how far a chapter was read, its
//! checklist, its quiz's mastery — worked out when the progress changes, so that a
//! frame only lays them out.
use super::{Home, HomeItem};
use crate::course::Course;
use crate::progress::StudyRecords;
use crate::study::QuizStatus;
use crate::tui::text;

/// How a figure reads: done, under way, or not begun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Done,
    Begun,
    None,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
}

/// The figures of one row, each in its column; None leaves the column blank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowCells {
    /// `42% read`.
    pub read: Option<Cell>,
    /// `3/9 tasks`.
    pub tasks: Option<Cell>,
    /// `✓ mastered`, `best 5/8`, `not taken`.
    pub quiz: Option<Cell>,
}

/// The figures of every entry of `home`'s list, in order.
pub(super) fn cells(home: &Home, course: &Course, study: Option<&StudyRecords>) -> Vec<RowCells> {
    home.items()
        .iter()
        .map(|item| match *item {
            HomeItem::Chapter(i) => chapter(home, course, study, i),
            HomeItem::Quiz(q) => RowCells {
                quiz: quiz_cell(home, course, q),
                ..RowCells::default()
            },
            _ => RowCells::default(),
        })
        .collect()
}

fn chapter(home: &Home, course: &Course, study: Option<&StudyRecords>, i: usize) -> RowCells {
    let read = home.status().chapters.get(i).map(|c| Cell {
        text: text::home_read(c.percent),
        tone: if c.finished {
            Tone::Done
        } else if c.seen_lines > 0 {
            Tone::Begun
        } else {
            Tone::None
        },
    });
    let tasks = course.chapters.get(i).and_then(|chapter| {
        let items = &chapter.study.checklist;
        if items.is_empty() {
            return None;
        }
        let ticks = study.and_then(|s| s.checklists.get(&chapter.id));
        let done = items
            .iter()
            .filter(|item| ticks.and_then(|t| t.get(&item.id)).is_some_and(|t| t.done))
            .count();
        Some(Cell {
            text: text::home_tasks(done, items.len()),
            tone: match done {
                0 => Tone::None,
                n if n == items.len() => Tone::Done,
                _ => Tone::Begun,
            },
        })
    });
    RowCells {
        read,
        tasks,
        quiz: home
            .chapter_quiz(i)
            .and_then(|q| quiz_cell(home, course, q)),
    }
}

fn quiz_cell(home: &Home, course: &Course, q: usize) -> Option<Cell> {
    let quiz = course.quizzes.get(q)?;
    let status = home.status().quiz(&quiz.id)?;
    Some(mastery(status))
}

/// A quiz's standing in a few words.
fn mastery(quiz: &QuizStatus) -> Cell {
    let (text, tone) = match (quiz.mastered, quiz.best) {
        (true, _) => (text::HOME_MASTERED.to_owned(), Tone::Done),
        (false, Some(best)) => (text::home_best(best, quiz.questions), Tone::Begun),
        _ if quiz.attempts.is_empty() => (text::HOME_NOT_TAKEN.to_owned(), Tone::None),
        _ => (text::HOME_UNFINISHED.to_owned(), Tone::Begun),
    };
    Cell { text, tone }
}
