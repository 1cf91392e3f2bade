//! `tutor quiz QUIZ`: the quiz in the TUI; with `--print` (or without a terminal) its
//! questions printed to answer; with `--answers LIST`, a whole attempt graded at once:
//! each verdict printed with the right answer and explanation, the attempt recorded,
//! and exit 0 when it reached the pass mark, 1 when not. A list that cannot be graded
//! records nothing.
//!
//! The pieces `tutor review --answers` shares live here too: reading an answer list
//! and grading one question.
use super::output::print;
use super::sheet::{Sheet, code};
use super::verdict::{HEADLINE, verdict};
use super::{AnswerArgs, Cli, Failure, Output, load_course, open_store};
use crate::course::Course;
use crate::progress::Clock;
use crate::progress::review::{Answer, record_answer};
use crate::quiz::render::headline;
use crate::quiz::{Feedback, Question, Quiz, Response, Session, labels};
use crate::study::{AttemptStart, attempt};
use std::fmt::Write as _;
use std::io::IsTerminal;

/// What `tutor quiz` was asked to do besides naming the quiz.
pub struct QuizArgs<'a> {
    pub answers: &'a AnswerArgs,
    pub print: bool,
    pub width: Option<u16>,
}

pub fn run(
    cli: &Cli,
    query: &str,
    args: &QuizArgs<'_>,
    out: &Output,
    clock: Clock,
) -> Result<u8, Failure> {
    let loaded = load_course(cli)?;
    let course = &loaded.course;
    let quiz = course
        .find_quiz(query)
        .map_err(|e| super::names::quiz_failure(course, query, &e))?;
    let width = out.width(args.width);
    let Some(answers) = args.answers.entries()? else {
        let terminal = std::io::stdin().is_terminal() && out.is_terminal();
        if args.print || !terminal {
            return print_quiz(quiz, width, out);
        }
        // With a terminal, the quiz is taken interactively, one question at a time.
        return open_in_tui(cli, course, quiz, clock);
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

fn open_in_tui(cli: &Cli, course: &Course, quiz: &Quiz, clock: Clock) -> Result<u8, Failure> {
    let index = course.quizzes.iter().position(|q| q.id == quiz.id);
    super::run_tui(cli, course, index, clock)
}

/// The quiz's questions to answer: title, pass mark, each question numbered with its
/// choices, and how to hand the answers in. No answer, why or explanation.
fn print_quiz(quiz: &Quiz, width: usize, out: &Output) -> Result<u8, Failure> {
    let labels = labels(&quiz.questions);
    let mut sheet = Sheet::new(width, &out.theme, labels.iter().map(String::as_str));
    sheet.quiz_head(quiz);
    let mut context = None;
    for (question, label) in quiz.questions.iter().zip(&labels) {
        // A multipart group's shared text is shown once, above its first part.
        let new_context = question.context.is_some() && question.context != context;
        sheet.question(label, question, new_context);
        sheet.blank();
        context.clone_from(&question.context);
    }
    sheet.markdown(
        &format!(
            "Answer with {}: one entry per question, in this order, comma-separated \
             (`\\,` is a comma inside an entry).",
            code(&format!("tutor quiz {} --answers LIST", quiz.id))
        ),
        0,
    );
    sheet.print(out.color)?;
    Ok(0)
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
