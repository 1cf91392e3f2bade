//! The home screen's list, worked out once from the course: which rows it has, which
//! quiz sits on each chapter's row, and which number reaches which chapter.
use super::HomeItem;
use crate::course::{Course, OutlineItem};

/// The quiz on each chapter's row: the one named after the chapter (mdbook-quiz's
/// habit) if it has one, else its first in course order.
pub(super) fn chapter_quizzes(course: &Course) -> Vec<Option<usize>> {
    course
        .chapters
        .iter()
        .map(|chapter| {
            let mine = || {
                course
                    .quizzes
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.chapter.as_deref() == Some(chapter.id.as_str()))
            };
            mine()
                .find(|(_, q)| q.id == chapter.id)
                .or_else(|| mine().next())
                .map(|(at, _)| at)
        })
        .collect()
}

/// The course's outline — chapters in course order, each followed by the quizzes of
/// it that are not on its row, and a book's parts, drafts and separators where
/// SUMMARY.md has them — then the quizzes of the whole course under their heading.
pub(super) fn items(course: &Course) -> Vec<HomeItem> {
    let on_row = chapter_quizzes(course);
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
        let row = on_row.get(i).copied().flatten();
        for (q, quiz) in course.quizzes.iter().enumerate() {
            if quiz.chapter.as_deref() == Some(chapter.id.as_str()) && Some(q) != row {
                items.push(HomeItem::Quiz(q));
            }
        }
    }
    let mut heading = false;
    for (q, quiz) in course.quizzes.iter().enumerate() {
        let attached = quiz
            .chapter
            .as_deref()
            .is_some_and(|c| course.chapters.iter().any(|ch| ch.id == c));
        if !attached {
            if !heading {
                items.push(HomeItem::CourseQuizzes);
                heading = true;
            }
            items.push(HomeItem::Quiz(q));
        }
    }
    items
}

/// The numbers that reach chapters, as typed: each chapter's place in reading order
/// (1-based), and in a book a top-level section number first (`tutor read 5` is
/// section 5 when the book has one, as on the command line).
pub(super) fn numbers(course: &Course) -> Vec<(String, usize)> {
    let mut numbers: Vec<(String, usize)> = Vec::new();
    if course.is_book() {
        for (i, chapter) in course.chapters.iter().enumerate() {
            let Some(number) = chapter.number.as_deref() else {
                continue;
            };
            let number = number.trim_end_matches('.');
            if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
                numbers.push((number.trim_start_matches('0').to_owned(), i));
            }
        }
    }
    for i in 0..course.chapters.len() {
        let place = (i + 1).to_string();
        if !numbers.iter().any(|(n, _)| *n == place) {
            numbers.push((place, i));
        }
    }
    numbers
}
