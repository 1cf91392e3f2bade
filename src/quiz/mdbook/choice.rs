//! mdbook-quiz `MultipleChoice` questions: the answer (or answers, for select-all)
//! placed among the distractors — at `answerIndex`, sorted, or shuffled with a fixed
//! seed so letters never change between runs.
use super::{Place, RawCommon, common, deserialize, question};
use crate::diagnostic::InFile;
use crate::quiz::QuestionKind;
use crate::quiz::parse::{Located, OneOrMany, check_choice_count};
use crate::quiz::shuffle::{fnv1a, shuffle};
use serde::Deserialize;
use serde::de::IgnoredAny;
use std::collections::BTreeMap;
use toml::Spanned;
use toml::de::DeValue;

// Unknown keys are let through here and warned about in `keys`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct MultipleChoice {
    #[serde(rename = "type")]
    _kind: IgnoredAny,
    id: Option<Spanned<String>>,
    prompt: ChoicePrompt,
    answer: ChoiceAnswer,
    context: Option<String>,
    multipart: Option<Spanned<String>>,
    prompt_explanation: Option<bool>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ChoicePrompt {
    prompt: String,
    distractors: Spanned<Vec<String>>,
    answer_index: Option<Spanned<i64>>,
    sort_answers: Option<bool>,
}

#[derive(Deserialize)]
struct ChoiceAnswer {
    answer: Spanned<OneOrMany>,
}

pub(super) fn multiple_choice(
    entry: &Spanned<DeValue>,
    place: &Place,
    report: &mut InFile,
) -> Option<Located> {
    let raw: MultipleChoice = deserialize(entry, report)?;
    let common = common(
        RawCommon {
            id: raw.id,
            context: raw.context,
            multipart: raw.multipart,
            prompt_explanation: raw.prompt_explanation,
        },
        place,
        report,
    );
    let (answers, select_all) = answers(raw.answer.answer, place, report)?;
    let prompt = raw.prompt;
    let distractors: Vec<String> = prompt
        .distractors
        .get_ref()
        .iter()
        .map(|d| place.markdown(d))
        .collect();
    let total = answers.len() + distractors.len();
    if !check_choice_count(total, prompt.distractors.span().start, report) {
        return None;
    }
    let seed = fnv1a(&[place.quiz_id, common.as_ref().map_or("", |c| c.id.as_str())]);
    let (choices, answer) = arrange(answers, distractors, &prompt, seed, report)?;
    let kind = QuestionKind::Choice {
        choices,
        answer,
        select_all,
        why: BTreeMap::new(),
    };
    Some(question(common?, place.markdown(&prompt.prompt), kind))
}

/// Orders the choices as mdbook-quiz does: the answers at `answerIndex` when given
/// (it wins over `sortAnswers`, as upstream checks it first), else sorted when
/// `sortAnswers`, else shuffled with the question's fixed seed. Returns the choices and
/// the sorted indices of the right ones.
fn arrange(
    answers: Vec<String>,
    distractors: Vec<String>,
    prompt: &ChoicePrompt,
    seed: u64,
    report: &mut InFile,
) -> Option<(Vec<String>, Vec<usize>)> {
    let mut items: Vec<(String, bool)> = answers.into_iter().map(|a| (a, true)).collect();
    let wrong = distractors.into_iter().map(|d| (d, false));
    if let Some(index) = &prompt.answer_index {
        // The answers go exactly where the author put them; distractors keep their order.
        let wrong: Vec<_> = wrong.collect();
        let max = wrong.len();
        let Some(position) = usize::try_from(*index.get_ref()).ok().filter(|&i| i <= max) else {
            let message = format!(
                "answerIndex must be from 0 to {max}, found {}",
                index.get_ref()
            );
            report.error(index.span().start, message);
            return None;
        };
        let (before, after) = wrong.split_at(position);
        items = [before, &items, after].concat();
    } else if prompt.sort_answers == Some(true) {
        items.extend(wrong);
        items.sort_by(|a, b| a.0.cmp(&b.0));
    } else {
        items.extend(wrong);
        shuffle(&mut items, seed);
    }
    let answer = items
        .iter()
        .enumerate()
        .filter(|(_, (_, right))| *right)
        .map(|(i, _)| i);
    let answer = answer.collect();
    Some((items.into_iter().map(|(text, _)| text).collect(), answer))
}

/// The right answers' texts and whether the question is select-all.
fn answers(
    raw: Spanned<OneOrMany>,
    place: &Place,
    report: &mut InFile,
) -> Option<(Vec<String>, bool)> {
    let at = raw.span().start;
    match raw.into_inner() {
        OneOrMany::One(text) => Some((vec![place.markdown(&text)], false)),
        OneOrMany::Many(items) if items.is_empty() => {
            report.error(at, "select-all answer is empty: list at least one answer");
            None
        }
        OneOrMany::Many(items) => {
            let mut texts: Vec<String> = Vec::new();
            for item in &items {
                let text = place.markdown(item.get_ref());
                if texts.contains(&text) {
                    report.error(item.span().start, "this answer is listed twice");
                    return None;
                }
                texts.push(text);
            }
            Some((texts, true))
        }
    }
}
