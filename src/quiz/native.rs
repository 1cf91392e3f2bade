//! The native quiz format (SPEC §4): `[[questions]]` with lettered `choices`, an
//! `answer` letter (or array of letters for select-all) and optional `why` feedback.
//!
//! This module owns the checks that are particular to this format: answer and `why`
//! letters must name choices, a select-all answer lists each letter once and at least
//! one. Every problem is reported at the key or value it concerns. A question's
//! `section` names a heading of the quiz's chapter; whether it has one is checked
//! where chapters are known (`tutor check`), not here.
use super::parse::{
    Draft, Header, Located, OneOrMany, check_choice_count, choices_phrase, line, markdown,
};
use super::{Question, QuestionKind, letter, letter_index};
use crate::diagnostic::InFile;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;
use toml::de::{DeTable, Deserializer};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NativeFile {
    title: Option<Spanned<String>>,
    chapter: Option<Spanned<String>>,
    mastery: Option<Spanned<i64>>,
    questions: Option<Spanned<Vec<Spanned<NativeQuestion>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NativeQuestion {
    id: Spanned<String>,
    prompt: String,
    choices: Spanned<Vec<String>>,
    answer: Spanned<OneOrMany>,
    explanation: Option<String>,
    why: Option<BTreeMap<Spanned<String>, String>>,
    /// The heading of the chapter the question is about; `tutor check` makes sure the
    /// chapter has it (see `crate::course::section`).
    section: Option<Spanned<String>>,
}

pub(super) fn read(doc: Spanned<DeTable>, report: &mut InFile) -> Option<Draft> {
    let file = NativeFile::deserialize(Deserializer::from(doc))
        .map_err(|e| report.toml_error(&e, 0))
        .ok()?;
    let header = Header {
        title: file.title,
        chapter: file.chapter,
        mastery: file.mastery,
    };
    let (questions_at, raw) = file
        .questions
        .map_or((0, Vec::new()), |q| (q.span().start, q.into_inner()));
    let asked = raw.len();
    let questions = raw
        .into_iter()
        .filter_map(|q| question(q.into_inner(), report))
        .collect();
    Some(Draft {
        header,
        questions,
        asked,
        skipped: 0,
        questions_at,
    })
}

fn question(raw: NativeQuestion, report: &mut InFile) -> Option<Located> {
    let id = line(raw.id.get_ref());
    let id_at = raw.id.span().start;
    if id.is_empty() {
        report.error(id_at, "question id is empty");
    }
    let count = raw.choices.get_ref().len();
    // With the wrong number of choices every letter check would only add noise.
    if !check_choice_count(count, raw.choices.span().start, report) {
        return None;
    }
    let (answer, select_all) = answer(raw.answer, count, report)?;
    let why = why(raw.why.unwrap_or_default(), count, &answer, report)?;
    let section_at = raw.section.as_ref().map(|s| s.span().start);
    let section = raw
        .section
        .map(|s| line(s.get_ref()))
        .filter(|s| !s.is_empty());
    let kind = QuestionKind::Choice {
        choices: raw.choices.get_ref().iter().map(|c| markdown(c)).collect(),
        answer,
        select_all,
        why,
    };
    (!id.is_empty()).then(|| Located {
        question: Question {
            id,
            prompt: markdown(&raw.prompt),
            context: None,
            group: None,
            kind,
            explanation: raw.explanation.as_deref().map(markdown),
            prompt_explanation: false,
            section,
        },
        id_at,
        section_at,
        course_wide: false,
    })
}

/// The index a one-letter string names among `count` choices.
fn choice(text: &str, count: usize) -> Option<usize> {
    let mut chars = text.trim().chars();
    let index = letter_index(chars.next()?)?;
    (chars.next().is_none() && index < count).then_some(index)
}

/// The sorted right indices and whether the question is select-all.
fn answer(
    raw: Spanned<OneOrMany>,
    count: usize,
    report: &mut InFile,
) -> Option<(Vec<usize>, bool)> {
    let at = raw.span().start;
    let not_a_choice = |text: &str| {
        format!(
            "answer `{}` is not one of {}",
            line(text),
            choices_phrase(count)
        )
    };
    match raw.into_inner() {
        OneOrMany::One(text) => {
            let index = choice(&text, count);
            if index.is_none() {
                report.error(at, not_a_choice(&text));
            }
            index.map(|i| (vec![i], false))
        }
        OneOrMany::Many(items) if items.is_empty() => {
            report.error(at, "select-all answer is empty: list at least one letter");
            None
        }
        OneOrMany::Many(items) => {
            let mut indices = Vec::new();
            let mut ok = true;
            for item in items {
                match choice(item.get_ref(), count) {
                    Some(index) if indices.contains(&index) => {
                        let message =
                            format!("letter `{}` is listed twice in the answer", letter(index));
                        report.error(item.span().start, message);
                        ok = false;
                    }
                    Some(index) => indices.push(index),
                    None => {
                        report.error(item.span().start, not_a_choice(item.get_ref()));
                        ok = false;
                    }
                }
            }
            indices.sort_unstable();
            ok.then_some((indices, true))
        }
    }
}

/// Feedback per wrong choice; a key must be a choice letter and not a right answer.
fn why(
    raw: BTreeMap<Spanned<String>, String>,
    count: usize,
    answer: &[usize],
    report: &mut InFile,
) -> Option<BTreeMap<usize, String>> {
    let mut why = BTreeMap::new();
    let mut ok = true;
    for (key, text) in raw {
        let at = key.span().start;
        match choice(key.get_ref(), count) {
            Some(index) if answer.contains(&index) => {
                let message = format!(
                    "`why` is for wrong choices, but `{}` is a right answer",
                    letter(index)
                );
                report.error(at, message);
                ok = false;
            }
            Some(index) => {
                why.insert(index, markdown(&text));
            }
            None => {
                let message = format!(
                    "`why` key `{}` is not one of {}",
                    line(key.get_ref()),
                    choices_phrase(count)
                );
                report.error(at, message);
                ok = false;
            }
        }
    }
    ok.then_some(why)
}
