//! Answer cues: the ways a quiz can be passed without knowing its subject.
//!
//! This module owns the warnings `tutor check` gives when a quiz's form gives its
//! answers away (SPEC §4): the right answer is the longest choice in most
//! single-answer questions, one letter holds most of the keys, a choice says "all of
//! the above" or "none of the above", two choices of a question are the same, every
//! choice of a select-all question is right, or one letter is right in every
//! select-all question. Each is a warning, never an error: the quiz still loads, and
//! `check --strict` is how an author makes them fail. It reads the questions as the
//! learner sees them (after mdbook-quiz's shuffle), so letters are the letters shown.
use super::parse::Located;
use super::{QuestionKind, letter, normalize};
use crate::diagnostic::InFile;

/// A letter holding more than half of the keys is a cue once a quiz has this many
/// single-answer questions; with fewer, one letter being right twice is chance.
const LETTER_CUE_MIN_QUESTIONS: usize = 4;
/// The longest choice being right is a habit only over two or more single-answer
/// questions; in a quiz of one, it says nothing.
const LONGEST_CUE_MIN_QUESTIONS: usize = 2;
/// How many question ids a quiz-wide warning names before it says "and N more".
const NAMED_IDS: usize = 6;

/// A choice question as the cues read it.
struct Choice<'q> {
    located: &'q Located,
    choices: &'q [String],
    answer: &'q [usize],
}

/// Adds a warning to `report` for every cue in `questions`.
pub(super) fn warn(questions: &[Located], report: &mut InFile) {
    let choice_questions: Vec<Choice> = questions
        .iter()
        .filter_map(|located| match &located.question.kind {
            QuestionKind::Choice {
                choices, answer, ..
            } => Some(Choice {
                located,
                choices,
                answer,
            }),
            _ => None,
        })
        .collect();
    let (single, select_all): (Vec<&Choice>, Vec<&Choice>) =
        choice_questions.iter().partition(|q| is_single(q));
    longest_is_key(&single, report);
    one_letter_holds_the_keys(&single, report);
    for question in &choice_questions {
        above(question, report);
        same_choices(question, report);
    }
    for question in &select_all {
        every_choice_right(question, report);
    }
    letter_in_every_select_all_key(&select_all, report);
}

fn is_single(question: &Choice) -> bool {
    match &question.located.question.kind {
        QuestionKind::Choice { select_all, .. } => !select_all,
        _ => false,
    }
}

/// The right answer is strictly the longest choice in more than half of the
/// single-answer questions: always picking the longest would pass.
fn longest_is_key(single: &[&Choice], report: &mut InFile) {
    let longest: Vec<&Choice> = single
        .iter()
        .copied()
        .filter(|q| key_is_longest(q))
        .collect();
    if single.len() < LONGEST_CUE_MIN_QUESTIONS || longest.len() * 2 <= single.len() {
        return;
    }
    let message = format!(
        "the right answer is the longest choice in {} of {} single-answer questions ({}): \
         a learner can pass by picking the longest; make the right answers no longer than \
         the others",
        longest.len(),
        single.len(),
        ids(&longest)
    );
    report.warning(longest[0].located.id_at, message);
}

/// Whether the (one) right choice is longer, in characters, than every other choice.
fn key_is_longest(question: &Choice) -> bool {
    let [key] = question.answer else {
        return false;
    };
    let length = |text: &String| text.chars().count();
    let Some(key_length) = question.choices.get(*key).map(length) else {
        return false;
    };
    question
        .choices
        .iter()
        .enumerate()
        .all(|(i, choice)| i == *key || length(choice) < key_length)
}

/// One letter is the answer of more than half of the single-answer questions.
fn one_letter_holds_the_keys(single: &[&Choice], report: &mut InFile) {
    if single.len() < LETTER_CUE_MIN_QUESTIONS {
        return;
    }
    let mut by_letter: Vec<Vec<&Choice>> = vec![Vec::new(); super::MAX_CHOICES];
    for question in single {
        if let [key] = question.answer
            && let Some(holders) = by_letter.get_mut(*key)
        {
            holders.push(question);
        }
    }
    for (index, holders) in by_letter.iter().enumerate() {
        if holders.len() * 2 > single.len() {
            let message = format!(
                "`{}` is the right answer of {} of {} single-answer questions ({}): spread the \
                 right answers over the letters",
                letter(index),
                holders.len(),
                single.len(),
                ids(holders)
            );
            report.warning(holders[0].located.id_at, message);
        }
    }
}

/// "All of the above", "none of the above" and their kin: the choice points at the
/// others instead of saying something, and test-takers learn its odds.
fn above(question: &Choice, report: &mut InFile) {
    for (index, choice) in question.choices.iter().enumerate() {
        if let Some(phrase) = above_phrase(choice) {
            let message = format!(
                "question `{}`: choice {}) says \"{phrase}\", which gives answers away; write \
                 a choice that stands on its own",
                question.located.question.id,
                letter(index)
            );
            report.warning(question.located.id_at, message);
        }
    }
}

/// The "… of the above" phrase a choice uses, if any, ignoring case and Markdown
/// emphasis.
fn above_phrase(choice: &str) -> Option<&'static str> {
    const PHRASES: [&str; 6] = [
        "all of the above",
        "none of the above",
        "all the above",
        "none of these",
        "both of the above",
        "neither of the above",
    ];
    let words: Vec<String> = choice
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let text = words.join(" ");
    PHRASES.into_iter().find(|phrase| {
        text == *phrase
            || text.starts_with(&format!("{phrase} "))
            || text.ends_with(&format!(" {phrase}"))
            || text.contains(&format!(" {phrase} "))
    })
}

/// Two choices of one question that read the same once case, spacing and accents
/// are set aside.
fn same_choices(question: &Choice, report: &mut InFile) {
    let normalized: Vec<String> = question.choices.iter().map(|c| normalize(c)).collect();
    for (second, text) in normalized.iter().enumerate() {
        if let Some(first) = normalized[..second].iter().position(|t| t == text) {
            let message = format!(
                "question `{}`: choices {}) and {}) are the same",
                question.located.question.id,
                letter(first),
                letter(second)
            );
            report.warning(question.located.id_at, message);
        }
    }
}

/// A select-all question whose every choice is right: ticking everything passes it.
fn every_choice_right(question: &Choice, report: &mut InFile) {
    if question.choices.len() >= 2 && question.answer.len() == question.choices.len() {
        let message = format!(
            "question `{}`: every choice is right, so ticking them all passes it; add a \
             choice that is wrong",
            question.located.question.id
        );
        report.warning(question.located.id_at, message);
    }
}

/// One letter that is right in every select-all question of the quiz (two or more of
/// them): ticking it is always safe. Questions whose every choice is right have a
/// warning of their own and are left out, so one cue is not reported twice.
fn letter_in_every_select_all_key(select_all: &[&Choice], report: &mut InFile) {
    let select_all: Vec<&Choice> = select_all
        .iter()
        .copied()
        .filter(|q| q.answer.len() < q.choices.len())
        .collect();
    let Some((first, rest)) = select_all.split_first() else {
        return;
    };
    if rest.is_empty() {
        return;
    }
    for key in first.answer {
        if rest.iter().all(|q| q.answer.contains(key)) {
            let message = format!(
                "`{}` is right in every select-all question ({}): ticking it is always safe; \
                 make it wrong in some of them",
                letter(*key),
                ids(&select_all)
            );
            report.warning(first.located.id_at, message);
        }
    }
}

/// The ids of `questions`, quoted, the first few only.
fn ids(questions: &[&Choice]) -> String {
    let mut named: Vec<String> = questions
        .iter()
        .take(NAMED_IDS)
        .map(|q| format!("`{}`", q.located.question.id))
        .collect();
    if questions.len() > NAMED_IDS {
        named.push(format!("and {} more", questions.len() - NAMED_IDS));
    }
    named.join(", ")
}

#[cfg(test)]
mod tests {
    use super::above_phrase;

    #[test]
    fn above_phrases_are_found_whatever_their_case_and_emphasis() {
        assert_eq!(above_phrase("All of the above"), Some("all of the above"));
        assert_eq!(
            above_phrase("*None of the above.*"),
            Some("none of the above")
        );
        assert_eq!(
            above_phrase("Both a) and b), i.e. all the above"),
            Some("all the above")
        );
        assert_eq!(above_phrase("None of these"), Some("none of these"));
    }

    #[test]
    fn words_that_merely_contain_the_phrase_are_not_cues() {
        assert_eq!(above_phrase("Overall of the above-average cases"), None);
        assert_eq!(above_phrase("The value stored above the limit"), None);
        assert_eq!(
            above_phrase("Nonetheless, all of them abovementioned"),
            None
        );
    }
}
