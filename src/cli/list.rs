//! `tutor list`: the course's chapters in order, each with its quizzes and where the
//! learner stands in them. A book's are listed as SUMMARY.md has them: parts as
//! headings, section numbers, nesting, drafts and chapters that could not be read.
use super::output::write_failed;
use super::{Cli, Failure, open_store};
use crate::course::{Course, Loaded, OutlineItem};
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
    // Ids and titles were sanitized when the course loaded; this keeps it so for
    // whatever else the listing comes to show.
    let text = crate::sanitize::for_terminal(&text);
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
    if course.is_book() {
        book_rows(course, status, &mut s);
    } else {
        chapter_rows(course, status, &mut s);
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

/// A course's chapters, numbered in course order, each followed by its quizzes.
fn chapter_rows(course: &Course, status: &CourseStatus, s: &mut String) {
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
        quiz_rows(status, &chapter.id, indent, s);
    }
}

/// The quizzes of one chapter, each on a line indented by `indent`.
fn quiz_rows(status: &CourseStatus, chapter: &str, indent: usize, s: &mut String) {
    for quiz in status
        .quizzes
        .iter()
        .filter(|q| q.chapter.as_deref() == Some(chapter))
    {
        let _ = writeln!(s, "{:indent$}{}", "", quiz_line(quiz));
    }
}

/// A book's table of contents: each part's title on a line of its own after a blank
/// one, a blank line for a separator, and a row per chapter with its section number,
/// id, status and title (indented two spaces per level of nesting), its quizzes under
/// it. A draft, or a chapter that could not be read, has `—` for an id.
fn book_rows(course: &Course, status: &CourseStatus, s: &mut String) {
    const NO_ID: &str = "—";
    let outline = course.outline();
    let row = |item: &OutlineItem| -> Option<(String, String, String, u8, String)> {
        match item {
            OutlineItem::Chapter(i) => {
                let chapter = course.chapters.get(*i)?;
                let label = status
                    .chapters
                    .get(*i)
                    .map(crate::study::ChapterStatus::label)
                    .unwrap_or_default();
                Some((
                    chapter.number.clone().unwrap_or_default(),
                    chapter.id.clone(),
                    label,
                    chapter.depth,
                    chapter.title.clone(),
                ))
            }
            OutlineItem::Draft {
                title,
                number,
                depth,
                missing,
            } => Some((
                number.clone().unwrap_or_default(),
                NO_ID.to_owned(),
                if *missing { "missing" } else { "draft" }.to_owned(),
                *depth,
                title.clone(),
            )),
            OutlineItem::Part(_) | OutlineItem::Separator => None,
        }
    };
    let rows: Vec<_> = outline.iter().filter_map(row).collect();
    let number_width = rows.iter().map(|r| r.0.width()).max().unwrap_or(0);
    let id_width = rows.iter().map(|r| r.1.width()).max().unwrap_or(0);
    let label_width = rows.iter().map(|r| r.2.width()).max().unwrap_or(0);
    let blank_line = |s: &mut String| {
        if !s.ends_with("\n\n") {
            s.push('\n');
        }
    };
    for item in outline.iter() {
        match item {
            OutlineItem::Part(title) => {
                blank_line(s);
                let _ = writeln!(s, "{title}");
            }
            OutlineItem::Separator => blank_line(s),
            OutlineItem::Chapter(_) | OutlineItem::Draft { .. } => {
                let Some((number, id, label, depth, title)) = row(item) else {
                    continue;
                };
                let _ = writeln!(
                    s,
                    "{number}{}  {id}{}  {label}{}  {:indent$}{title}",
                    " ".repeat(number_width - number.width()),
                    " ".repeat(id_width - id.width()),
                    " ".repeat(label_width - label.width()),
                    "",
                    indent = 2 * usize::from(depth),
                );
                if let OutlineItem::Chapter(i) = item
                    && let Some(chapter) = course.chapters.get(*i)
                {
                    quiz_rows(status, &chapter.id, number_width + 2, s);
                }
            }
        }
    }
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
