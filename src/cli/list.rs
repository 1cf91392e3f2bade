//! `tutor list`: the course's chapters in order, each with its quizzes and where the
//! learner stands in them.
use super::output::write_failed;
use super::{Cli, Failure, open_store};
use crate::course::{Course, Loaded};
use crate::study::{CourseStatus, QuizStatus};
use std::fmt::Write as _;
use std::io::Write as _;
use unicode_width::UnicodeWidthStr;

pub fn run(cli: &Cli, loaded: &Loaded) -> Result<u8, Failure> {
    let mut store = open_store(cli);
    for notice in store.take_notices() {
        super::warn(&notice);
    }
    let status = CourseStatus::new(&loaded.course, store.progress());
    let text = render(&loaded.course, &status);
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(0),
        Err(err) => write_failed(&err),
    }
}

/// The listing as plain text. Titles come from the course and were sanitized when it
/// loaded, so they are safe to print as they are.
pub fn render(course: &Course, status: &CourseStatus) -> String {
    let meta = &course.meta;
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}% complete", meta.title, status.percent);
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
        .unwrap_or(0);
    let label_width = status
        .chapters
        .iter()
        .map(|c| c.label().len())
        .max()
        .unwrap_or(0);
    let number_width = course.chapters.len().to_string().len();
    // Quizzes sit under their chapter's id, short enough for an 80-column terminal.
    let indent = number_width + 2;
    for chapter in &status.chapters {
        let label = chapter.label();
        let _ = writeln!(
            s,
            "{:>number_width$}  {}{}  {label:<label_width$}  {}",
            chapter.number,
            chapter.id,
            " ".repeat(id_width - chapter.id.width()),
            chapter.title,
        );
        for quiz in status
            .quizzes
            .iter()
            .filter(|q| q.chapter.as_deref() == Some(&chapter.id))
        {
            let _ = writeln!(s, "{:indent$}{}", "", quiz_line(quiz));
        }
    }
    let general: Vec<&QuizStatus> = status
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

fn quiz_line(quiz: &QuizStatus) -> String {
    format!(
        "quiz {}: {} question{}, need {} of {} ({}%) — {}",
        quiz.id,
        quiz.questions,
        if quiz.questions == 1 { "" } else { "s" },
        quiz.needed,
        quiz.questions,
        quiz.mastery,
        quiz.label()
    )
}
