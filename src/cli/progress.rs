//! `tutor progress`: what has been read and mastered, for people or (`--json`) scripts.
use super::output::write_failed;
use super::{Cli, Failure, load_course, open_store};
use crate::study::CourseStatus;
use crate::study::prune::{Removed, prune_vanished_chapters};
use std::fmt::Write as _;
use std::io::Write as _;

pub fn run(cli: &Cli, json: bool) -> Result<u8, Failure> {
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
        render(&status)
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

fn render(status: &CourseStatus) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}% complete\n", status.title, status.percent);
    let _ = writeln!(s, "Chapters");
    for chapter in &status.chapters {
        let _ = writeln!(
            s,
            "  {:>2}  {:<10}  {}",
            chapter.number,
            chapter.label(),
            chapter.title
        );
    }
    if !status.quizzes.is_empty() {
        let _ = writeln!(s, "\nQuizzes");
    }
    for quiz in &status.quizzes {
        let _ = writeln!(
            s,
            "  {}: {} — {} question{}, need {} ({}%)",
            quiz.id,
            quiz.label(),
            quiz.questions,
            if quiz.questions == 1 { "" } else { "s" },
            quiz.needed,
            quiz.mastery
        );
        for attempt in &quiz.attempts {
            let when = attempt.started.strftime("%Y-%m-%d %H:%M:%S UTC");
            match attempt.finished {
                Some(_) if attempt.practice => {
                    let _ = writeln!(
                        s,
                        "      {when}  practice: {}/{} missed questions right (not a score)",
                        attempt.correct, attempt.total
                    );
                }
                None if attempt.practice || attempt.abandoned => {
                    let what = if attempt.abandoned {
                        "abandoned"
                    } else {
                        "practice, left"
                    };
                    let _ = writeln!(s, "      {when}  {what}, {} answered", attempt.answered);
                }
                Some(_) => {
                    let verdict = if attempt.passed {
                        "passed"
                    } else {
                        "below the mark"
                    };
                    let _ = writeln!(
                        s,
                        "      {when}  {}/{}  {verdict}",
                        attempt.correct, attempt.total
                    );
                }
                None => {
                    let _ = writeln!(s, "      {when}  unfinished, {} answered", attempt.answered);
                }
            }
        }
    }
    s
}
