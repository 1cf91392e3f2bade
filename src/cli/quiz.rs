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
use crate::quiz::render::{self, headline};
use crate::quiz::{Feedback, Question, QuestionKind, Quiz, Response, Session, labels};
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
    let labels = labels(&quiz.questions);
    let responses = parse_answers(&questions, &labels, &answers, |given| {
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
    for ((question, given), label) in quiz.questions.iter().zip(&feedback).zip(&labels) {
        verdict(&mut text, label, question, given, width, out);
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
/// typo never records a half-wrong attempt. `labels` are the questions' numbers as
/// shown; `mismatch` words the error for a list of the wrong length, given the number
/// of entries.
pub(super) fn parse_answers(
    questions: &[&Question],
    labels: &[String],
    entries: &[String],
    mismatch: impl FnOnce(usize) -> String,
) -> Result<Vec<Response>, Failure> {
    if entries.len() != questions.len() {
        return Err(Failure::usage(mismatch(entries.len())));
    }
    questions
        .iter()
        .zip(entries)
        .zip(labels)
        .map(|((question, entry), label)| {
            question.parse_response(entry).map_err(|e| {
                Failure::usage(format!(
                    "question {label} ({}): {e}; nothing was recorded",
                    headline(question, HEADLINE)
                ))
            })
        })
        .collect()
}

/// The most columns a question's headline takes in a verdict or an error.
const HEADLINE: usize = 50;

/// `N. prompt… — right: b`, or wrong with the right answer; then why and the
/// explanation, rendered.
pub(super) fn verdict(
    text: &mut String,
    label: &str,
    question: &Question,
    f: &Feedback,
    width: usize,
    out: &Output,
) {
    verdict_line(text, label, question, f);
    notes(text, question, f, width, out);
}

/// `N. prompt… — right: b`, or wrong with the right answer: the question by its
/// number (`1a` in a multipart group) and the start of its prompt, which say more to a
/// learner than its id (mdbook-quiz ids are UUIDs).
pub(super) fn verdict_line(text: &mut String, label: &str, question: &Question, f: &Feedback) {
    let given = f.response.as_record();
    let title = headline(question, HEADLINE);
    if f.correct {
        // A right `n` still learns where the error is.
        let line = match question.kind {
            QuestionKind::Tracing {
                does_compile: false,
                line_number: Some(line),
                ..
            } => format!(" (the error is at line {line})"),
            _ => String::new(),
        };
        let _ = writeln!(text, "{label}. {title} — right: {given}{line}");
    } else {
        let _ = writeln!(
            text,
            "{label}. {title} — wrong: you answered {given}, the answer is {}",
            f.right_answer
        );
    }
}

/// Why the choice given was wrong, what a tracing program prints, and the
/// explanation, rendered under the verdict.
pub(super) fn notes(
    text: &mut String,
    question: &Question,
    f: &Feedback,
    width: usize,
    out: &Output,
) {
    if let QuestionKind::Tracing {
        does_compile: true,
        stdout,
        ..
    } = &question.kind
        && !f.correct
    {
        let _ = writeln!(text, "   The program prints:");
        for line in crate::sanitize::strip_controls_keep_layout(stdout.trim()).lines() {
            let _ = writeln!(text, "   │ {line}");
        }
    }
    for note in f.why.iter().chain(&f.explanation) {
        indented(text, note, width, out);
    }
}

/// Renders Markdown three columns in, under its question.
fn indented(text: &mut String, markdown_text: &str, width: usize, out: &Output) {
    // Quiz Markdown: mdbook-quiz's highlight marks in code are applied, never shown.
    let lines = render::layout(markdown_text, width.saturating_sub(3).max(20), &out.theme);
    let mut buffer = Vec::new();
    if markdown::write_ansi(&mut buffer, &lines, out.color).is_ok() {
        for line in String::from_utf8_lossy(&buffer).lines() {
            let _ = writeln!(text, "   {line}");
        }
    }
}
