//! A chapter as the reader shows it: its Markdown with the learner's own study records
//! written in — each saved reflection as a quoted paragraph under its prompt, and each
//! checklist item ticked or not as last recorded.
//!
//! The result is Markdown again, so the one renderer draws it and reports where its
//! blocks start; `origin` maps its lines back to the chapter's own, so a saved
//! reading position never depends on what the learner wrote. Pure text work, no IO:
//! the chapter's items were found when the course loaded, so nothing is parsed here.
use crate::course::study::StudyItems;
use crate::progress::{Reflection, StudyRecords, Tick};
use std::collections::BTreeMap;

/// What the learner recorded for one chapter.
#[derive(Debug, Clone, Copy, Default)]
pub struct ChapterStudy<'a> {
    pub reflections: Option<&'a BTreeMap<String, Reflection>>,
    pub checklist: Option<&'a BTreeMap<String, Tick>>,
}

impl<'a> ChapterStudy<'a> {
    pub fn of(study: &'a StudyRecords, chapter: &str) -> Self {
        Self {
            reflections: study.reflections.get(chapter),
            checklist: study.checklists.get(chapter),
        }
    }
}

/// The chapter body with the study records in it, and the chapter line each of its
/// lines comes from (1-based; index 0 is line 1).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StudyBody {
    pub text: String,
    pub origin: Vec<u32>,
}

/// The body with the learner's answers and ticks written in.
pub fn with_study(body: &str, items: &StudyItems, study: ChapterStudy<'_>) -> String {
    augment(body, items, study).text
}

/// [`with_study`] and the line map back to `body`, whose study items are `items`.
pub fn augment(body: &str, items: &StudyItems, study: ChapterStudy<'_>) -> StudyBody {
    let ticks = ticks_by_line(items, study);
    let answers = answers_after_line(body, items, study);
    let mut out = StudyBody::default();
    for (index, line) in body.split('\n').enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        if !out.text.is_empty() || index > 0 {
            out.text.push('\n');
        }
        match ticks.get(&number) {
            Some(&done) => out.text.push_str(&set_marker(line, done)),
            None => out.text.push_str(line),
        }
        out.origin.push(number);
        if let Some((indent, answer)) = answers.get(&number) {
            for quoted in quote(indent, answer) {
                out.text.push('\n');
                out.text.push_str(&quoted);
                out.origin.push(number);
            }
        }
    }
    out
}

/// Source line of each checklist item → whether it is ticked, for recorded items.
fn ticks_by_line(items: &StudyItems, study: ChapterStudy<'_>) -> BTreeMap<u32, bool> {
    let Some(ticks) = study.checklist else {
        return BTreeMap::new();
    };
    items
        .checklist
        .iter()
        .filter_map(|item| ticks.get(&item.id).map(|t| (item.line, t.done)))
        .collect()
}

/// Last line of each answered prompt → (the item's content indent, the answer).
fn answers_after_line<'s>(
    body: &str,
    items: &StudyItems,
    study: ChapterStudy<'s>,
) -> BTreeMap<u32, (String, &'s str)> {
    let Some(reflections) = study.reflections else {
        return BTreeMap::new();
    };
    let lines: Vec<&str> = body.split('\n').collect();
    items
        .prompts
        .iter()
        .filter_map(|prompt| {
            let answer = reflections.get(&prompt.id)?.text.as_str();
            if answer.trim().is_empty() {
                return None;
            }
            let start = lines.get(usize::try_from(prompt.line).ok()?.checked_sub(1)?)?;
            Some((prompt.end_line, (content_indent(start), answer)))
        })
        .collect()
}

/// Spaces as wide as a list item's marker line up to its text: what keeps a following
/// line inside the item.
fn content_indent(line: &str) -> String {
    let lead = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[lead..];
    let marker = rest
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_digit())
        .map_or(rest.len(), |(i, c)| {
            if matches!(c, '-' | '*' | '+' | '.' | ')') {
                i + 1
            } else {
                i
            }
        });
    let after = &rest[marker..];
    let gap = (after.len() - after.trim_start_matches(' ').len()).clamp(1, 4);
    " ".repeat(lead + marker + gap)
}

/// The answer as block-quote lines indented into the item. Every ASCII punctuation
/// mark is escaped, so what the learner typed shows as typed and can never open a
/// heading, a list or a code block inside the chapter; a line followed by another
/// ends in a hard break, so the answer keeps the line breaks it was typed with.
fn quote(indent: &str, answer: &str) -> Vec<String> {
    let answer = crate::sanitize::strip_controls_keep_layout(answer);
    let lines: Vec<&str> = answer.trim().lines().map(str::trim_end).collect();
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let label = if i == 0 {
                format!("*{}* ", crate::tui::text::YOUR_ANSWER)
            } else {
                String::new()
            };
            let more = lines.get(i + 1).is_some_and(|next| !next.is_empty());
            let brk = if more && !line.is_empty() { "\\" } else { "" };
            format!("{indent}> {label}{}{brk}", escape(line))
        })
        .collect()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(if c == '\t' { ' ' } else { c });
    }
    out
}

/// The line with its task marker set to `[x]` or `[ ]`.
fn set_marker(line: &str, done: bool) -> String {
    let wanted = if done { "[x]" } else { "[ ]" };
    match ["[ ]", "[x]", "[X]"]
        .iter()
        .filter_map(|m| line.find(m))
        .min()
    {
        Some(at) => format!("{}{wanted}{}", &line[..at], &line[at + 3..]),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "# T\n\n## Reflection prompts\n\n1. Why?\n   - hint\n2. How?\n\n## Tasks\n\n- [ ] one\n- [x] two\n";

    fn tick(done: bool) -> Tick {
        Tick {
            done,
            updated: "2026-01-01T00:00:00Z".parse().expect("a valid instant"),
            ..Tick::default()
        }
    }

    #[test]
    fn answers_go_under_their_prompt_and_ticks_are_rewritten() {
        let reflections = BTreeMap::from([(
            "why".to_owned(),
            Reflection {
                text: "Because # of *this*\nand that".into(),
                updated: jiff::Timestamp::UNIX_EPOCH,
                ..Reflection::default()
            },
        )]);
        let checklist = BTreeMap::from([
            ("one".to_owned(), tick(true)),
            ("two".to_owned(), tick(false)),
        ]);
        let study = ChapterStudy {
            reflections: Some(&reflections),
            checklist: Some(&checklist),
        };
        let out = augment(BODY, &StudyItems::find(BODY), study);
        let expected = "# T\n\n## Reflection prompts\n\n1. Why?\n   - hint\n   > *Your answer:* Because \\# of \\*this\\*\\\n   > and that\n2. How?\n\n## Tasks\n\n- [x] one\n- [ ] two\n";
        assert_eq!(out.text, expected);
        assert_eq!(
            out.origin,
            [1, 2, 3, 4, 5, 6, 6, 6, 7, 8, 9, 10, 11, 12, 13]
        );
        assert_eq!(
            StudyItems::find(&out.text).prompts.len(),
            2,
            "still two prompts"
        );
    }

    #[test]
    fn nothing_recorded_changes_nothing() {
        let out = augment(BODY, &StudyItems::find(BODY), ChapterStudy::default());
        assert_eq!(out.text, BODY);
        assert_eq!(out.origin.len(), BODY.split('\n').count());
    }

    #[test]
    fn indents_follow_the_marker() {
        assert_eq!(content_indent("1. x"), "   ");
        assert_eq!(content_indent("10) x"), "    ");
        assert_eq!(content_indent("  - x"), "    ");
    }
}
