//! `tutor review [--answers LIST]`: the spaced-review queue of the current course.
//!
//! Without `--answers` it lists the questions due today; with it, it grades one entry
//! per due question exactly as `tutor quiz --answers` does, moves the cards between
//! Leitner boxes, saves, and says where each card went and when it comes back. A review
//! is not a quiz attempt: it prints no score or pass mark and never changes scores or
//! mastery. A list that cannot be graded records nothing (exit 2).
use super::output::print;
use super::quiz::{answers_were, grade, parse_answers};
use super::sheet::{Sheet, code};
use super::verdict::{notes, quotes, verdict_line};
use super::{AnswerArgs, Cli, Failure, Output, load_course, open_store};
use crate::progress::clock::utc_date;
use crate::progress::review::{Answer, card_key, record_answer};
use crate::progress::{Clock, CourseProgress, StudyRecords};
use crate::quiz::{Question, Quiz};
use crate::study::review;
use std::fmt::Write as _;

pub fn run(
    cli: &Cli,
    answers: &AnswerArgs,
    width: Option<u16>,
    out: &Output,
    clock: Clock,
) -> Result<u8, Failure> {
    let loaded = load_course(cli)?;
    let course = &loaded.course;
    // Read first: an unreadable answers file is an error even when nothing is due.
    let answers = answers.entries()?;
    let now = clock.now();
    let mut store = open_store(cli);
    for notice in store.take_notices() {
        super::warn(&notice);
    }
    // Recorded in memory either way; only a review that saves writes it.
    super::note_source(cli, &mut store, &course.meta.id);
    let empty = CourseProgress::default();
    let study = &store
        .progress()
        .courses
        .get(&course.meta.id)
        .unwrap_or(&empty)
        .study;
    let due = review::due(study, course, utc_date(now));
    if due.is_empty() {
        let text = match review::next_due(study, course) {
            Some(day) => format!("Nothing is due for review (next: {day}).\n"),
            None => "The review queue is empty.\n".to_owned(),
        };
        print(&text)?;
        return Ok(0);
    }
    let width = out.width(width);
    let Some(answers) = answers else {
        listing(study, &due, width, out).print(out.color)?;
        return Ok(0);
    };

    let questions: Vec<&Question> = due.iter().map(|(_, q)| *q).collect();
    // A review's questions come from many quizzes: they are numbered in its own order.
    let labels: Vec<String> = (1..=due.len()).map(|n| n.to_string()).collect();
    let responses = parse_answers(&questions, &labels, &answers, |given| {
        format!(
            "{} question{} due for review but {given} {} given; nothing was recorded \
             (see `tutor review`)",
            due.len(),
            if due.len() == 1 { " is" } else { "s are" },
            answers_were(given)
        )
    })?;
    let feedback: Vec<_> = due
        .iter()
        .zip(responses)
        .map(|((quiz, question), response)| grade(quiz, question, response))
        .collect();

    let state = store.progress_mut();
    let study = &mut state
        .courses
        .entry(course.meta.id.clone())
        .or_default()
        .study;
    let outcomes: Vec<_> = due
        .iter()
        .zip(&feedback)
        .map(|((quiz, _), f)| {
            record_answer(study, &quiz.id, &f.question, Answer::graded(f.correct), now)
        })
        .collect();
    let next = review::next_due(study, course);
    let saved = super::save(&mut store);

    let mut text = String::new();
    for ((((_, question), given), outcome), label) in
        due.iter().zip(&feedback).zip(&outcomes).zip(&labels)
    {
        verdict_line(&mut text, label, question, given);
        // Where the card went comes first: the explanation below may be long.
        if let Some(outcome) = outcome {
            let _ = writeln!(text, "   {outcome}");
        }
        quotes(&mut text, question, given, width);
        notes(&mut text, question, given, width, out);
    }
    let next = next.map_or_else(|| "nothing".to_owned(), |d| d.to_string());
    let _ = writeln!(
        text,
        "Reviewed {} question{}. Next due: {next}.",
        due.len(),
        if due.len() == 1 { "" } else { "s" }
    );
    print(&text)?;
    if !saved {
        return Ok(super::not_saved("this review"));
    }
    Ok(0)
}

/// The due questions as a sheet to answer: each numbered in the order `--answers`
/// takes them, with its choices, the quiz it comes from and its box; then how to
/// answer them.
fn listing<'t>(
    study: &StudyRecords,
    due: &[(&Quiz, &Question)],
    width: usize,
    out: &'t Output,
) -> Sheet<'t> {
    let labels: Vec<String> = (1..=due.len()).map(|n| n.to_string()).collect();
    let mut sheet = Sheet::new(width, &out.theme, labels.iter().map(String::as_str));
    sheet.note(
        &format!(
            "{} question{} due for review:",
            due.len(),
            if due.len() == 1 { " is" } else { "s are" }
        ),
        0,
    );
    sheet.blank();
    for ((quiz, question), label) in due.iter().zip(&labels) {
        let level = study
            .review
            .get(&card_key(&quiz.id, &question.id))
            .map_or(1, |c| c.level);
        // Each card stands alone: a multipart question shows its shared text.
        sheet.question(label, question, true);
        let indent = sheet.indent();
        sheet.note(&format!("from quiz {} · box {level}", quiz.id), indent);
        sheet.blank();
    }
    sheet.markdown(
        &format!(
            "Answer them in this order with {} (one entry per question, comma-separated, \
             as for {}), or press `v` on the home screen of the interactive tutor.",
            code("tutor review --answers LIST"),
            code("tutor quiz --answers")
        ),
        0,
    );
    sheet
}
