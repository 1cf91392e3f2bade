//! `tutor quiz QUIZ --answers LIST`: grade a whole attempt at once, print each verdict
//! with the right answer and explanation, record the attempt, and exit 0 when it
//! reached the pass mark, 1 when not. A list that cannot be graded records nothing.
//!
//! The pieces `tutor review --answers` shares live here too: reading an answer list,
//! grading one question, and printing verdicts.
use super::output::write_failed;
use super::{AnswerArgs, Cli, Failure, Output, load_course, open_store};
use crate::markdown;
use crate::progress::Clock;
use crate::progress::review::{Answer, record_answer};
use crate::quiz::{Feedback, Question, Quiz, Response, Session};
use crate::study::{AttemptStart, attempt};
use std::fmt::Write as _;
use std::io::Write as _;

pub fn run(
    cli: &Cli,
    query: &str,
    answers: &AnswerArgs,
    out: &Output,
    clock: Clock,
) -> Result<u8, Failure> {
    let loaded = load_course(cli)?;
    let course = &loaded.course;
    let quiz = course
        .find_quiz(query)
        .map_err(|e| Failure::usage(format!("{e} (see `tutor list`)")))?;
    let Some(answers) = answers.entries()? else {
        // Without --answers the quiz is taken interactively, one question at a time.
        super::require_terminal()?;
        let index = course.quizzes.iter().position(|q| q.id == quiz.id);
        return super::run_tui(cli, course, index, clock);
    };
    let questions: Vec<&Question> = quiz.questions.iter().collect();
    let responses = parse_answers(&questions, &answers, |given| {
        format!(
            "quiz `{}` has {} questions but {given} {} given; nothing was recorded",
            quiz.id,
            quiz.questions.len(),
            answers_were(given)
        )
    })?;

    let start = AttemptStart::new(clock.now());
    let mut session = Session::new(std::sync::Arc::new(quiz.clone()));
    let mut feedback = Vec::with_capacity(responses.len());
    for response in responses {
        let given = session
            .submit_response(response)
            .map_err(|e| Failure::usage(e.to_string()))?;
        feedback.push(given.clone());
        session.next();
    }
    let score = session.score();

    let mut progress = open_store(cli);
    super::note_source(cli, &mut progress, &course.meta.id);
    let now = clock.now();
    let attempt = attempt(&session, &start, now);
    let state = progress.progress_mut();
    state.record_attempt(&course.meta.id, &quiz.id, attempt);
    let study = &mut state
        .courses
        .entry(course.meta.id.clone())
        .or_default()
        .study;
    // Every answer here is a first answer: it counts, and moves a card only if due.
    for f in &feedback {
        record_answer(study, &quiz.id, &f.question, Answer::graded(f.correct), now);
    }
    let saved = super::save(&mut progress);

    let width = usize::from(out.default_width());
    let mut text = String::new();
    for (i, (question, given)) in quiz.questions.iter().zip(&feedback).enumerate() {
        verdict(&mut text, i + 1, question, given, width, out);
    }
    let _ = writeln!(text, "{score}");
    print(&text)?;
    if !saved {
        return Ok(super::not_saved("this attempt"));
    }
    Ok(u8::from(!score.passed()))
}

/// Writes `text` to stdout; a closed pipe is not an error.
pub(super) fn print(text: &str) -> Result<(), Failure> {
    if let Err(err) = std::io::stdout().lock().write_all(text.as_bytes()) {
        write_failed(&err)?;
    }
    Ok(())
}

/// `1 answer was` / `3 answers were`, after a count.
pub(super) fn answers_were(n: usize) -> &'static str {
    if n == 1 { "answer was" } else { "answers were" }
}

/// Grades one question on its own, as the quiz would (choices in written order).
pub(super) fn grade(quiz: &Quiz, question: &Question, response: Response) -> Feedback {
    // Field by field: cloning the whole quiz would copy every question to grade one,
    // which made a review of n cards of one quiz cost n².
    let single = Quiz {
        id: quiz.id.clone(),
        title: quiz.title.clone(),
        chapter: quiz.chapter.clone(),
        mastery: quiz.mastery,
        questions: vec![question.clone()],
    };
    let mut session = Session::new(std::sync::Arc::new(single));
    match session.submit_response(response.clone()) {
        Ok(feedback) => feedback.clone(),
        // A fresh session is always asking its first question; this arm is unreachable
        // but grading by hand keeps it honest rather than panicking.
        Err(_) => Feedback {
            question: question.id.clone(),
            correct: question.is_correct(&response),
            right_answer: question.right_answer(),
            response,
            explanation: question.explanation.clone(),
            why: Vec::new(),
        },
    }
}

/// One entry per question; every entry is checked before anything is graded, so a
/// typo never records a half-wrong attempt. `mismatch` words the error for a list of
/// the wrong length, given the number of entries.
pub(super) fn parse_answers(
    questions: &[&Question],
    entries: &[String],
    mismatch: impl FnOnce(usize) -> String,
) -> Result<Vec<Response>, Failure> {
    if entries.len() != questions.len() {
        return Err(Failure::usage(mismatch(entries.len())));
    }
    questions
        .iter()
        .zip(entries)
        .enumerate()
        .map(|(i, (question, entry))| {
            question.parse_response(entry).map_err(|e| {
                Failure::usage(format!(
                    "question {} (`{}`): {e}; nothing was recorded",
                    i + 1,
                    question.id
                ))
            })
        })
        .collect()
}

/// `N. question-id — right: b`, or wrong with the right answer; then why and the
/// explanation, rendered.
pub(super) fn verdict(
    text: &mut String,
    n: usize,
    question: &Question,
    f: &Feedback,
    width: usize,
    out: &Output,
) {
    verdict_line(text, n, question, f);
    notes(text, f, width, out);
}

/// `N. question-id — right: b`, or wrong with the right answer.
pub(super) fn verdict_line(text: &mut String, n: usize, question: &Question, f: &Feedback) {
    let given = f.response.as_record();
    if f.correct {
        let _ = writeln!(text, "{n}. {} — right: {given}", question.id);
    } else {
        let _ = writeln!(
            text,
            "{n}. {} — wrong: you answered {given}, the answer is {}",
            question.id, f.right_answer
        );
    }
}

/// Why the choice given was wrong, and the explanation, rendered under the verdict.
pub(super) fn notes(text: &mut String, f: &Feedback, width: usize, out: &Output) {
    for note in f.why.iter().chain(&f.explanation) {
        indented(text, note, width, out);
    }
}

/// Renders Markdown three columns in, under its question.
fn indented(text: &mut String, markdown_text: &str, width: usize, out: &Output) {
    let lines = markdown::parse(markdown_text).layout(width.saturating_sub(3).max(20), &out.theme);
    let mut buffer = Vec::new();
    if markdown::write_ansi(&mut buffer, &lines, out.color).is_ok() {
        for line in String::from_utf8_lossy(&buffer).lines() {
            let _ = writeln!(text, "   {line}");
        }
    }
}
