//! `tutor progress`: what has been read and mastered, for people or (`--json`) scripts.
use super::fit::{cut, first_fitting, shorten_id, unique_prefix};
use super::output::write_failed;
use super::{Cli, Failure, load_course, open_store};
use crate::study::prune::{Removed, prune_vanished_chapters};
use crate::study::{AttemptSummary, CourseStatus, QuizStatus};
use std::fmt::Write as _;
use std::io::Write as _;
use unicode_width::UnicodeWidthStr;

pub fn run(cli: &Cli, json: bool, width: usize) -> Result<u8, Failure> {
    let loaded = load_course(cli)?;
    let mut store = open_store(cli);
    for notice in store.take_notices() {
        super::warn(&notice);
    }
    let status = CourseStatus::new(&loaded.course, store.progress());
    let text = if json {
        let mut text = serde_json::to_string_pretty(&status)
            .map_err(|e| Failure::usage(format!("cannot write JSON: {e}")))?;
        text.push('\n');
        text
    } else {
        let ids: Vec<&str> = loaded
            .course
            .quizzes
            .iter()
            .map(|q| q.id.as_str())
            .collect();
        render(&status, &ids, width)
    };
    // JSON escapes C0 controls itself but passes bidi controls through as they are.
    let text = crate::sanitize::for_terminal(&text);
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(0),
        Err(err) => write_failed(&err),
    }
}

/// `tutor progress --prune`: removes the records of this course that its course no
/// longer has a place for — review cards of vanished questions, reflections and
/// checklist ticks of vanished chapters — and lists each. Other courses' records are
/// never touched.
pub fn prune(cli: &Cli) -> Result<u8, Failure> {
    let loaded = load_course(cli)?;
    let course = &loaded.course;
    let mut store = open_store(cli);
    let mut cards = Vec::new();
    let mut chapters = Removed::default();
    let saved = store.save_tidied(|progress| {
        if let Some(mine) = progress.courses.get_mut(&course.meta.id) {
            cards = crate::study::review::prune(&mut mine.study, course);
            chapters = prune_vanished_chapters(&mut mine.study, course);
        }
    });
    for notice in store.take_notices() {
        super::warn(&notice);
    }
    if !saved {
        return Err(Failure::usage(
            "nothing was removed: the progress file could not be written",
        ));
    }
    let clean = |s: &str| crate::sanitize::strip_controls(s).into_owned();
    let id = clean(&course.meta.id);
    let mut text = String::new();
    for key in &cards {
        let _ = writeln!(text, "removed review card {}", clean(key));
    }
    for key in &chapters.reflections {
        let _ = writeln!(text, "removed reflection {}", clean(key));
    }
    for key in &chapters.checklist_items {
        let _ = writeln!(text, "removed checklist item {}", clean(key));
    }
    let _ = writeln!(
        text,
        "{} of questions no longer in {id} removed",
        count(cards.len(), "review card")
    );
    let _ = writeln!(
        text,
        "{} and {} of chapters no longer in {id} removed",
        count(chapters.reflections.len(), "reflection"),
        count(chapters.checklist_items.len(), "checklist item")
    );
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(0),
        Err(err) => write_failed(&err),
    }
}

/// `1 review card`, `2 review cards`.
fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// What has been read and mastered, every line at most `width` columns: titles are
/// cut, quiz ids shortened to a prefix that still finds them, and attempts worded
/// shorter when room is short.
fn render(status: &CourseStatus, quiz_ids: &[&str], width: usize) -> String {
    let mut s = String::new();
    let head = format!("{} — {}% complete", status.title, status.percent);
    let _ = writeln!(s, "{}\n", cut(&head, width));
    let _ = writeln!(s, "Chapters");
    let number_width = status.chapters.len().to_string().len().max(2);
    let label_width = status
        .chapters
        .iter()
        .map(|c| c.label().width())
        .max()
        .unwrap_or(0);
    for chapter in &status.chapters {
        let head = format!(
            "  {:>number_width$}  {:<label_width$}  ",
            chapter.number,
            chapter.label(),
        );
        let room = width.saturating_sub(head.width());
        let _ = writeln!(s, "{head}{}", cut(&chapter.title, room));
    }
    if !status.quizzes.is_empty() {
        let _ = writeln!(s, "\nQuizzes");
    }
    for quiz in &status.quizzes {
        let _ = writeln!(
            s,
            "  {}",
            quiz_line(quiz, quiz_ids, width.saturating_sub(2))
        );
        for attempt in &quiz.attempts {
            let _ = writeln!(s, "{}", attempt_line(attempt, width));
        }
    }
    s
}

/// `ID: mastered (best 4/5) — 5 questions, need 4 (80%)`, or shorter.
fn quiz_line(quiz: &QuizStatus, quiz_ids: &[&str], width: usize) -> String {
    let label = quiz.label();
    let facts = format!(
        "{} question{}, need {} ({}%)",
        quiz.questions,
        if quiz.questions == 1 { "" } else { "s" },
        quiz.needed,
        quiz.mastery
    );
    let wordings = |id: &str| [format!("{id}: {label} — {facts}"), format!("{id}: {label}")];
    if let Some(fits) = wordings(&quiz.id).iter().find(|w| w.width() <= width) {
        return fits.clone();
    }
    let keep = unique_prefix(&quiz.id, quiz_ids.iter().copied());
    let room = width.saturating_sub(label.width() + 2);
    first_fitting(wordings(&shorten_id(&quiz.id, keep, room)), width)
}

/// One attempt under its quiz: when, and how it went, in the longest wording that fits.
fn attempt_line(attempt: &AttemptSummary, width: usize) -> String {
    let whens = [
        attempt
            .started
            .strftime("%Y-%m-%d %H:%M:%S UTC")
            .to_string(),
        attempt.started.strftime("%Y-%m-%d %H:%M").to_string(),
        attempt.started.strftime("%Y-%m-%d").to_string(),
    ];
    let (long, short) = match attempt.finished {
        Some(_) if attempt.practice => (
            format!(
                "practice: {}/{} missed questions right (not a score)",
                attempt.correct, attempt.total
            ),
            format!("practice: {}/{} right", attempt.correct, attempt.total),
        ),
        None if attempt.practice || attempt.abandoned => {
            let what = if attempt.abandoned {
                "abandoned"
            } else {
                "practice, left"
            };
            (
                format!("{what}, {} answered", attempt.answered),
                what.to_owned(),
            )
        }
        Some(_) => {
            let verdict = if attempt.passed {
                "passed"
            } else {
                "below the mark"
            };
            let line = format!("{}/{}  {verdict}", attempt.correct, attempt.total);
            (line.clone(), line)
        }
        None => (
            format!("unfinished, {} answered", attempt.answered),
            "unfinished".to_owned(),
        ),
    };
    let wordings = [
        format!("      {}  {long}", whens[0]),
        format!("      {}  {long}", whens[1]),
        format!("      {}  {short}", whens[1]),
        format!("    {}  {short}", whens[2]),
    ];
    first_fitting(wordings, width)
}
