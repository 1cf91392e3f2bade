//! `tutor quiz QUIZ --answers LIST`: grade a whole attempt at once, print each verdict
//! with the right answer and explanation, record the attempt, and exit 0 when it
//! reached the pass mark, 1 when not. A list that cannot be graded records nothing.
use super::output::write_failed;
use super::{Cli, Failure, Output, load_course, open_store};
use crate::markdown;
use crate::progress::{Attempt, Clock, GivenAnswer, SystemClock};
use crate::quiz::{Feedback, Question, Quiz, Response, Session};
use std::fmt::Write as _;
use std::io::Write as _;

pub fn run(cli: &Cli, query: &str, answers: Option<&str>, out: &Output) -> Result<u8, Failure> {
    let loaded = load_course(cli)?;
    let course = &loaded.course;
    let quiz = course
        .find_quiz(query)
        .map_err(|e| Failure::usage(format!("{e} (see `tutor list`)")))?;
    let Some(answers) = answers else {
        // Without --answers the quiz is taken interactively, one question at a time.
        super::require_terminal()?;
        let index = course.quizzes.iter().position(|q| q.id == quiz.id);
        return super::run_tui(cli, course, index);
    };
    let responses = parse_answers(quiz, answers)?;

    let clock = SystemClock;
    let started = clock.now();
    let mut session = Session::new(quiz);
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
    let attempt = Attempt {
        id: format!("{}-{}", started.compact(), std::process::id()),
        started: started.rfc3339(),
        finished: clock.now().rfc3339(),
        answers: feedback
            .iter()
            .map(|f| GivenAnswer {
                question: f.question.clone(),
                given: f.response.as_record(),
                correct: f.correct,
            })
            .collect(),
        correct: count(score.correct),
        total: count(score.total),
        needed: count(score.needed()),
        passed: score.passed(),
    };
    progress
        .progress_mut()
        .record_attempt(&course.meta.id, &quiz.id, attempt);
    progress.save();
    for notice in progress.take_notices() {
        eprintln!("warning: {notice}");
    }

    let width = usize::from(out.default_width());
    let mut text = String::new();
    for (i, (question, given)) in quiz.questions.iter().zip(&feedback).enumerate() {
        verdict(&mut text, i + 1, question, given, width, out);
    }
    let _ = writeln!(text, "{score}");
    if let Err(err) = std::io::stdout().lock().write_all(text.as_bytes()) {
        write_failed(&err)?;
    }
    Ok(u8::from(!score.passed()))
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One entry per question, comma-separated; every entry is checked before anything is
/// graded, so a typo never records a half-wrong attempt.
fn parse_answers(quiz: &Quiz, list: &str) -> Result<Vec<Response>, Failure> {
    let entries: Vec<&str> = list.split(',').collect();
    if entries.len() != quiz.questions.len() {
        return Err(Failure::usage(format!(
            "quiz `{}` has {} questions but {} answer{} given; nothing was recorded",
            quiz.id,
            quiz.questions.len(),
            entries.len(),
            if entries.len() == 1 { " was" } else { "s were" }
        )));
    }
    quiz.questions
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

fn verdict(
    text: &mut String,
    n: usize,
    question: &Question,
    f: &Feedback,
    width: usize,
    out: &Output,
) {
    let mark = if f.correct { "right" } else { "wrong" };
    let given = f.response.as_record();
    if f.correct {
        let _ = writeln!(text, "{n}. {} — {mark}: {given}", question.id);
    } else {
        let _ = writeln!(
            text,
            "{n}. {} — {mark}: you answered {given}, the answer is {}",
            question.id, f.right_answer
        );
    }
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
