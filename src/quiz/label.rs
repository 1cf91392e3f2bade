//! Question numbers as a learner sees them: `1`, `2`, ... and, for the questions of an
//! mdbook-quiz `multipart` group, one number with a letter each: `3a`, `3b`.
//!
//! Pure: it reads the questions' `group` keys and nothing else. A group is a run of
//! questions in a row with the same key; the same key again later starts a new number.
use super::{Question, letter};

/// The label of every question, in order.
pub fn labels(questions: &[Question]) -> Vec<String> {
    let mut out = Vec::with_capacity(questions.len());
    let mut number = 0;
    let mut part = 0;
    let mut previous: Option<&str> = None;
    for question in questions {
        let group = question.group.as_deref();
        let continues = group.is_some() && group == previous;
        if continues {
            part += 1;
        } else {
            number += 1;
            part = 0;
        }
        out.push(match group {
            Some(_) => format!("{number}{}", letter(part)),
            None => number.to_string(),
        });
        previous = group;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::{QuestionKind, ResponseFormat};

    fn question(group: Option<&str>) -> Question {
        Question {
            id: String::new(),
            prompt: String::new(),
            context: None,
            group: group.map(str::to_owned),
            kind: QuestionKind::ShortAnswer {
                answer: "x".to_owned(),
                alternatives: Vec::new(),
                response: ResponseFormat::Short,
            },
            explanation: None,
            prompt_explanation: false,
            section: None,
        }
    }

    #[test]
    fn a_group_shares_one_number_with_a_letter_each() {
        let questions = [
            question(None),
            question(Some("p")),
            question(Some("p")),
            question(Some("q")),
            question(None),
            question(Some("p")),
        ];
        assert_eq!(labels(&questions), ["1", "2a", "2b", "3a", "4", "5a"]);
    }

    #[test]
    fn without_groups_labels_are_positions() {
        assert_eq!(labels(&[question(None), question(None)]), ["1", "2"]);
        assert!(labels(&[]).is_empty());
    }
}
