//! `tutor list`: the course's chapters in order, each with its quizzes and where the
//! learner stands in them. A book's are listed as SUMMARY.md has them: parts as
//! headings, section numbers, nesting, drafts and chapters that could not be read.
//!
//! Every line fits the width (80 columns, or the terminal or `--width` when narrower):
//! an id the title already says is left out (the number finds the chapter), others
//! are shortened, never below the prefix that still finds them; wordings get shorter
//! before titles are cut.
use super::fit::{cut, first_fitting, shorten_id, title_says_id, unique_prefix};
use super::output::write_failed;
use super::{Cli, Failure, open_store};
use crate::course::{Course, Loaded, OutlineItem};
use crate::study::{CourseStatus, QuizStatus};
use std::fmt::Write as _;
use std::io::Write as _;
use unicode_width::UnicodeWidthStr;

pub fn run(cli: &Cli, loaded: &Loaded, width: usize) -> Result<u8, Failure> {
    let mut store = open_store(cli);
    for notice in store.take_notices() {
        super::warn(&notice);
    }
    let status = CourseStatus::new(&loaded.course, store.progress());
    let text = render(&loaded.course, &status, width);
    // Ids and titles were sanitized when the course loaded; this keeps it so for
    // whatever else the listing comes to show.
    let text = crate::sanitize::for_terminal(&text);
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(0),
        Err(err) => write_failed(&err),
    }
}

/// The listing as plain text, every line at most `width` columns (wordings are
/// made to fit down to 40). Titles come from the course and were
/// sanitized when it loaded, so they are safe to print as they are.
pub fn render(course: &Course, status: &CourseStatus, width: usize) -> String {
    let meta = &course.meta;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{}",
        cut(
            &format!("{} — {}% complete", meta.title, status.percent),
            width
        )
    );
    let facts: Vec<&str> = [meta.level.as_str(), meta.time_to_complete.as_str()]
        .into_iter()
        .filter(|f| !f.is_empty())
        .collect();
    if !facts.is_empty() {
        let _ = writeln!(s, "{}", cut(&facts.join(" · "), width));
    }
    let _ = writeln!(s);
    let quiz_ids: Vec<&str> = course.quizzes.iter().map(|q| q.id.as_str()).collect();
    let lister = Lister {
        course,
        status,
        width,
        quiz_ids: &quiz_ids,
    };
    if course.is_book() {
        lister.book_rows(&mut s);
    } else {
        lister.chapter_rows(&mut s);
    }
    let general: Vec<&QuizStatus> = status
        .quizzes
        .iter()
        .filter(|q| q.chapter.is_none())
        .collect();
    if !general.is_empty() {
        let _ = writeln!(s, "\nCourse quizzes");
        for quiz in general {
            let _ = writeln!(
                s,
                "   {}",
                lister.quiz_line(quiz, None, width.saturating_sub(3))
            );
        }
    }
    if !course.chapters.is_empty() {
        let hint = first_fitting(
            [
                "Read chapter N with `tutor read N`, take its quiz with `tutor quiz N`.".to_owned(),
                "`tutor read N` reads chapter N, `tutor quiz N` its quiz.".to_owned(),
                "tutor read N · tutor quiz N".to_owned(),
            ],
            width,
        );
        let _ = writeln!(s, "\n{hint}");
    }
    s
}

/// One chapter's row before it is laid out: its number column, status, nesting,
/// title, and the id to show (none when the title says it or there is none).
struct Row {
    number: String,
    label: String,
    depth: u8,
    title: String,
    id: Option<String>,
}

struct Lister<'a> {
    course: &'a Course,
    status: &'a CourseStatus,
    width: usize,
    quiz_ids: &'a [&'a str],
}

impl Lister<'_> {
    /// A course's chapters, numbered in course order, each followed by its quizzes.
    fn chapter_rows(&self, s: &mut String) {
        let number_width = self.course.chapters.len().to_string().len();
        let rows: Vec<Row> = self
            .status
            .chapters
            .iter()
            .map(|chapter| Row {
                number: format!("{:>number_width$}", chapter.number),
                label: chapter.label(),
                depth: 0,
                title: chapter.title.clone(),
                id: (!title_says_id(&chapter.title, &chapter.id)).then(|| chapter.id.clone()),
            })
            .collect();
        let label_width = rows.iter().map(|r| r.label.width()).max().unwrap_or(0);
        for (row, chapter) in rows.iter().zip(&self.status.chapters) {
            let _ = writeln!(s, "{}", self.row_line(row, label_width));
            self.quiz_rows(&chapter.id, &chapter.title, number_width + 2, s);
        }
    }

    /// A book's table of contents: each part's title on a line of its own after a
    /// blank one, a blank line for a separator, and a row per chapter with its section
    /// number, status and title (indented two spaces per level of nesting), its
    /// quizzes under it. A draft, or a chapter that could not be read, has no id.
    fn book_rows(&self, s: &mut String) {
        let outline = self.course.outline();
        let row = |item: &OutlineItem| -> Option<(Row, Option<usize>)> {
            match item {
                OutlineItem::Chapter(i) => {
                    let chapter = self.course.chapters.get(*i)?;
                    let label = self
                        .status
                        .chapters
                        .get(*i)
                        .map(crate::study::ChapterStatus::label)
                        .unwrap_or_default();
                    let said = title_says_id(&chapter.title, &chapter.id);
                    Some((
                        Row {
                            number: chapter.number.clone().unwrap_or_default(),
                            label,
                            depth: chapter.depth,
                            title: chapter.title.clone(),
                            id: (!said).then(|| chapter.id.clone()),
                        },
                        Some(*i),
                    ))
                }
                OutlineItem::Draft {
                    title,
                    number,
                    depth,
                    missing,
                } => Some((
                    Row {
                        number: number.clone().unwrap_or_default(),
                        label: if *missing { "missing" } else { "draft" }.to_owned(),
                        depth: *depth,
                        title: title.clone(),
                        id: None,
                    },
                    None,
                )),
                OutlineItem::Part(_) | OutlineItem::Separator => None,
            }
        };
        let rows: Vec<_> = outline.iter().filter_map(row).collect();
        let number_width = rows.iter().map(|r| r.0.number.width()).max().unwrap_or(0);
        let label_width = rows.iter().map(|r| r.0.label.width()).max().unwrap_or(0);
        let blank_line = |s: &mut String| {
            if !s.ends_with("\n\n") {
                s.push('\n');
            }
        };
        let mut rows = rows.into_iter();
        for item in outline.iter() {
            match item {
                OutlineItem::Part(title) => {
                    blank_line(s);
                    let _ = writeln!(s, "{}", cut(title, self.width));
                }
                OutlineItem::Separator => blank_line(s),
                OutlineItem::Chapter(_) | OutlineItem::Draft { .. } => {
                    let Some((mut row, chapter)) = rows.next() else {
                        continue;
                    };
                    row.number = format!("{:<number_width$}", row.number);
                    let _ = writeln!(s, "{}", self.row_line(&row, label_width));
                    if let Some(chapter) = chapter.and_then(|i| self.course.chapters.get(i)) {
                        self.quiz_rows(&chapter.id, &chapter.title, number_width + 2, s);
                    }
                }
            }
        }
    }

    /// `NN  status  title  (id)`, fitted: the id is left out first when the number
    /// finds the chapter, else shortened; then the title is cut.
    fn row_line(&self, row: &Row, label_width: usize) -> String {
        let head = format!(
            "{}  {}{}  {}",
            row.number,
            row.label,
            " ".repeat(label_width - row.label.width().min(label_width)),
            "  ".repeat(usize::from(row.depth))
        );
        let room = self.width.saturating_sub(head.width());
        let Some(id) = row.id.as_deref() else {
            return format!("{head}{}", cut(&row.title, room));
        };
        let full = format!("{}  ({id})", row.title);
        if full.width() <= room {
            return format!("{head}{full}");
        }
        // A number finds the chapter as well as its id does: the title comes first.
        if !row.number.trim().is_empty() {
            return format!("{head}{}", cut(&row.title, room));
        }
        let ids = self.course.chapters.iter().map(|c| c.id.as_str());
        let keep = unique_prefix(id, ids);
        // The id gets what the title leaves, down to its unique prefix.
        let id_room = room.saturating_sub(row.title.width() + 4).max(keep + 1);
        let short = shorten_id(id, keep, id_room);
        let title = cut(&row.title, room.saturating_sub(short.width() + 4));
        format!("{head}{title}  ({short})")
    }

    /// The quizzes of one chapter, each on a line indented by `indent`.
    fn quiz_rows(&self, chapter: &str, title: &str, indent: usize, s: &mut String) {
        for quiz in self
            .status
            .quizzes
            .iter()
            .filter(|q| q.chapter.as_deref() == Some(chapter))
        {
            let line = self.quiz_line(
                quiz,
                Some((chapter, title)),
                self.width.saturating_sub(indent),
            );
            let _ = writeln!(s, "{:indent$}{line}", "");
        }
    }

    /// `quiz ID: 5 questions, need 4 of 5 (80%) — not taken`, shorter when it must
    /// be. The id is left out when the quiz is its chapter's namesake (`tutor quiz N`
    /// finds it), and shortened to a prefix that still finds it when room is short.
    fn quiz_line(&self, quiz: &QuizStatus, chapter: Option<(&str, &str)>, width: usize) -> String {
        let namesake =
            chapter.is_some_and(|(id, title)| quiz.id == id || title_says_id(title, &quiz.id));
        let plural = if quiz.questions == 1 { "" } else { "s" };
        let need = format!(
            "need {} of {} ({}%)",
            quiz.needed, quiz.questions, quiz.mastery
        );
        let label = quiz.label();
        let wordings = |name: &str| {
            [
                format!(
                    "{name}: {} question{plural}, {need} — {label}",
                    quiz.questions
                ),
                format!("{name}: {need} — {label}"),
                format!(
                    "{name}: need {} of {} — {label}",
                    quiz.needed, quiz.questions
                ),
                format!("{name}: {label}"),
            ]
        };
        if namesake {
            return first_fitting(wordings("quiz"), width);
        }
        let full = wordings(&format!("quiz {}", quiz.id));
        if let Some(fits) = full.iter().find(|w| w.width() <= width) {
            return fits.clone();
        }
        let keep = unique_prefix(&quiz.id, self.quiz_ids.iter().copied());
        let room = width.saturating_sub(format!("quiz : {label}").width());
        let name = format!("quiz {}", shorten_id(&quiz.id, keep, room));
        first_fitting(wordings(&name), width)
    }
}
