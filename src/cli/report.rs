//! `tutor progress --markdown`: a report to keep or share, in Markdown on stdout.
//!
//! It reads the course and the progress file and writes nothing back. Text taken from
//! the course or typed by the learner is put in table cells and blockquotes with the
//! characters that would break them escaped; nothing else is interpreted.
use super::output::print;
use super::{Cli, Failure, load_course, open_store};
use crate::course::Course;
use crate::progress::review::{TOP_BOX, interval};
use crate::progress::{Clock, CourseProgress};
use crate::study::{CourseStatus, review};
use jiff::civil::Date;
use std::fmt::Write as _;

pub fn run(cli: &Cli, clock: Clock) -> Result<u8, Failure> {
    let loaded = load_course(cli)?;
    let today = clock.today();
    let mut store = open_store(cli);
    for notice in store.take_notices() {
        super::warn(&notice);
    }
    let course = &loaded.course;
    let empty = CourseProgress::default();
    let mine = store
        .progress()
        .courses
        .get(&course.meta.id)
        .unwrap_or(&empty);
    let status = CourseStatus::new(course, store.progress());
    let mut text = String::new();
    let _ = writeln!(text, "# {}\n", cell(&status.title));
    let _ = writeln!(text, "Overall: **{}%** complete.\n", status.percent);
    chapters(&mut text, course, &status, mine);
    quizzes(&mut text, &status);
    review_queue(&mut text, course, mine, today);
    let days = mine.study.days.len();
    let _ = writeln!(
        text,
        "## Study days\n\n{days} day{} with study.\n",
        plural(days)
    );
    reflections(&mut text, course, mine);
    print(&crate::sanitize::for_terminal(text.trim_end()))?;
    print("\n")?;
    Ok(0)
}

fn chapters(text: &mut String, course: &Course, status: &CourseStatus, mine: &CourseProgress) {
    let _ = writeln!(text, "## Chapters\n");
    let _ = writeln!(text, "| # | Chapter | Read | Checklist |");
    let _ = writeln!(text, "|---:|---|---|---|");
    for (chapter, row) in course.chapters.iter().zip(&status.chapters) {
        let items = &chapter.study.checklist;
        let checklist = if items.is_empty() {
            "—".to_owned()
        } else {
            let ticks = mine.study.checklists.get(&chapter.id);
            let done = items
                .iter()
                .filter(|item| {
                    ticks
                        .and_then(|t| t.get(&item.id))
                        .is_some_and(|tick| tick.done)
                })
                .count();
            format!("{done}/{}", items.len())
        };
        let _ = writeln!(
            text,
            "| {} | {} (`{}`) | {} | {checklist} |",
            row.number,
            cell(&row.title),
            row.id,
            row.label()
        );
    }
    text.push('\n');
}

fn quizzes(text: &mut String, status: &CourseStatus) {
    if status.quizzes.is_empty() {
        return;
    }
    let _ = writeln!(text, "## Quizzes\n");
    let _ = writeln!(
        text,
        "| Quiz | Best score | Pass mark | Mastered | Attempts |"
    );
    let _ = writeln!(text, "|---|---|---|---|---:|");
    for quiz in &status.quizzes {
        let best = quiz
            .best
            .map_or_else(|| "—".to_owned(), |b| format!("{b}/{}", quiz.questions));
        // Attempts at the quiz: practice rounds are not attempts.
        let finished = quiz
            .attempts
            .iter()
            .filter(|a| a.finished.is_some() && !a.practice)
            .count();
        let _ = writeln!(
            text,
            "| {} (`{}`) | {best} | {} of {} ({}%) | {} | {finished} |",
            cell(&quiz.title),
            quiz.id,
            quiz.needed,
            quiz.questions,
            quiz.mastery,
            if quiz.mastered { "yes" } else { "no" }
        );
    }
    text.push('\n');
}

fn review_queue(text: &mut String, course: &Course, mine: &CourseProgress, today: Date) {
    let _ = writeln!(text, "## Review queue\n");
    let study = &mine.study;
    let mut per_box = [0usize; TOP_BOX as usize];
    for (_, card) in review::live_cards(study, course) {
        let level = usize::from(card.level.clamp(1, TOP_BOX));
        per_box[level - 1] += 1;
    }
    let cards: usize = per_box.iter().sum();
    if cards == 0 {
        let _ = writeln!(text, "The review queue is empty.\n");
        return;
    }
    let due = review::due(study, course, today).len();
    let _ = writeln!(
        text,
        "{due} of {cards} question{} due for review today.{}\n",
        plural(cards),
        review::next_due(study, course)
            .filter(|_| due == 0)
            .map_or_else(String::new, |day| format!(" Next due: {day}."))
    );
    let _ = writeln!(text, "| Box | Every | Questions |");
    let _ = writeln!(text, "|---:|---|---:|");
    for (level, count) in (1..=TOP_BOX).zip(per_box) {
        let days = interval(level);
        let _ = writeln!(text, "| {level} | {days} day{} | {count} |", plural_i(days));
    }
    text.push('\n');
}

fn reflections(text: &mut String, course: &Course, mine: &CourseProgress) {
    let mut section = String::new();
    for chapter in &course.chapters {
        let Some(answers) = mine.study.reflections.get(&chapter.id) else {
            continue;
        };
        let prompts = &chapter.study.prompts;
        let mut entries: Vec<(String, &str)> = prompts
            .iter()
            .filter_map(|p| {
                answers
                    .get(&p.id)
                    .map(|a| (p.text.clone(), a.text.as_str()))
            })
            .collect();
        // Answers to prompts since removed from the chapter are still the learner's.
        entries.extend(
            answers
                .iter()
                .filter(|(id, _)| !prompts.iter().any(|p| &p.id == *id))
                .map(|(id, a)| {
                    (
                        format!("(prompt `{id}`, no longer in the chapter)"),
                        a.text.as_str(),
                    )
                }),
        );
        entries.retain(|(_, answer)| !answer.trim().is_empty());
        if entries.is_empty() {
            continue;
        }
        let _ = writeln!(section, "### {}\n", cell(&chapter.title));
        for (prompt, answer) in entries {
            let _ = writeln!(section, "**{}**\n", cell(&prompt));
            let answer = crate::sanitize::strip_controls_keep_layout(answer);
            let lines: Vec<&str> = answer.lines().map(str::trim_end).collect();
            for (i, line) in lines.iter().enumerate() {
                if line.is_empty() {
                    section.push_str(">\n");
                } else {
                    // A hard break keeps the line break the learner typed.
                    let more = lines.get(i + 1).is_some_and(|next| !next.is_empty());
                    let brk = if more { "\\" } else { "" };
                    let _ = writeln!(section, "> {line}{brk}");
                }
            }
            section.push('\n');
        }
    }
    if !section.is_empty() {
        let _ = writeln!(text, "## Reflections\n\n{section}");
    }
}

/// Text fit for one table cell or heading: one line, pipes escaped, and `<` escaped
/// so that `Vec<u8>` is not taken for an HTML tag (and dropped) by a Markdown viewer.
fn cell(text: &str) -> String {
    crate::sanitize::strip_controls(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
        .replace('<', "\\<")
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn plural_i(n: i64) -> &'static str {
    if n == 1 { "" } else { "s" }
}
