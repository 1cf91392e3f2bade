//! `tutor list`: the course's chapters in order, each with its quizzes.
use super::output::write_failed;
use super::{Failure, Output};
use crate::course::{Course, Loaded};
use crate::quiz::Quiz;
use std::fmt::Write as _;
use std::io::Write as _;
use unicode_width::UnicodeWidthStr;

pub fn run(loaded: &Loaded, _out: &Output) -> Result<u8, Failure> {
    let text = render(&loaded.course);
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(0),
        Err(err) => write_failed(&err),
    }
}

/// The listing as plain text. Titles come from the course and were sanitized when it
/// loaded, so they are safe to print as they are.
pub fn render(course: &Course) -> String {
    let meta = &course.meta;
    let mut s = String::new();
    let _ = writeln!(s, "{}", meta.title);
    let facts: Vec<&str> = [meta.level.as_str(), meta.time_to_complete.as_str()]
        .into_iter()
        .filter(|f| !f.is_empty())
        .collect();
    if !facts.is_empty() {
        let _ = writeln!(s, "{}", facts.join(" · "));
    }
    let _ = writeln!(s);

    let id_width = course
        .chapters
        .iter()
        .map(|c| c.id.width())
        .max()
        .unwrap_or(0)
        .max(7);
    let number_width = course.chapters.len().to_string().len();
    for (i, chapter) in course.chapters.iter().enumerate() {
        let _ = writeln!(
            s,
            "{:>nw$}  {}{}  {}",
            i + 1,
            chapter.id,
            " ".repeat(id_width - chapter.id.width()),
            chapter.title,
            nw = number_width
        );
        for quiz in course.quizzes_for(&chapter.id) {
            let _ = writeln!(
                s,
                "{:nw$}  {}",
                "",
                quiz_line(quiz),
                nw = number_width + id_width + 2
            );
        }
    }
    let general: Vec<&Quiz> = course
        .quizzes
        .iter()
        .filter(|q| q.chapter.is_none())
        .collect();
    if !general.is_empty() {
        let _ = writeln!(s, "\nCourse quizzes");
        for quiz in general {
            let _ = writeln!(s, "   {}", quiz_line(quiz));
        }
    }
    s
}

fn quiz_line(quiz: &Quiz) -> String {
    let total = quiz.questions.len();
    format!(
        "quiz {}: {} — {} question{}, need {} of {} ({}%)",
        quiz.id,
        quiz.title,
        total,
        if total == 1 { "" } else { "s" },
        quiz.needed(),
        total,
        quiz.mastery
    )
}
