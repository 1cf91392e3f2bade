//! Reading a quiz file: detecting its format and the checks both formats share.
//!
//! This module owns the quiz-level rules (chapter exists, mastery in 1..=100, unique
//! question ids, at least one question, the default title) and the small pieces both
//! format readers use. A quiz with any error is not returned: the loader leaves it out
//! and reports why.
use super::{
    ChapterRef, DEFAULT_MASTERY, MAX_CHOICES, MIN_CHOICES, Question, Quiz, cues, letter, mdbook,
    native,
};
use crate::diagnostic::{InFile, line_col};
use crate::sanitize::{strip_controls, strip_controls_keep_layout};
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use std::collections::HashMap;
use std::fmt;
use toml::Spanned;
use toml::de::DeTable;

/// The keys both formats accept at the top of a file.
pub(super) struct Header {
    pub title: Option<Spanned<String>>,
    pub chapter: Option<Spanned<String>>,
    pub mastery: Option<Spanned<i64>>,
}

/// A question and the byte offset its id is reported at.
pub(super) struct Located {
    pub question: Question,
    pub id_at: usize,
    /// Where the question's `section` key is, if it has one.
    pub section_at: Option<usize>,
    /// Whether the id is meant to name the question across the whole course: an id an
    /// mdbook-quiz file gives (mdbook-quiz keys its records by it, book-wide). A native
    /// id need only be unique in its quiz (SPEC §4), and an id made from a position
    /// (`q1`) is no one's choice.
    pub course_wide: bool,
}

/// How a course wants its quizzes read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizSettings {
    /// The language of fenced code without one in mdbook-quiz files: an mdBook's
    /// `[preprocessor.quiz] default-language`, else `rust`. The native format leaves
    /// such code unlabelled.
    pub default_language: String,
    /// Whether to judge the quizzes' form for answer cues (`tutor check` only: the
    /// warnings are shown nowhere else, so loading skips the work).
    pub judge_cues: bool,
}

impl Default for QuizSettings {
    fn default() -> Self {
        Self {
            default_language: "rust".to_owned(),
            judge_cues: false,
        }
    }
}

/// A quiz that loaded, and where its ids stand in its file.
#[derive(Debug, Clone)]
pub(crate) struct Parsed {
    pub quiz: Quiz,
    /// For each question in order, the byte offset of its id when that id is meant to
    /// be unique across the course (see [`Located::course_wide`]).
    pub id_offsets: Vec<Option<usize>>,
    /// For each question in order, the byte offset of its `section` key, if any: the
    /// heading it names is checked against the chapter where chapters are parsed.
    pub section_offsets: Vec<Option<usize>>,
}

/// What a format reader found, before the quiz-level checks.
pub(super) struct Draft {
    pub header: Header,
    pub questions: Vec<Located>,
    /// Questions the file asks (loaded or broken, but not skipped as unsupported).
    pub asked: usize,
    /// Questions of a type this program cannot ask, skipped with a warning.
    pub skipped: usize,
    /// Where to point when there is no question at all.
    pub questions_at: usize,
}

/// Parses and validates the quiz in `report.text`, whose file stem is `stem`.
pub(crate) fn parse(
    stem: &str,
    chapters: &[ChapterRef],
    settings: &QuizSettings,
    report: &mut InFile,
) -> Option<Parsed> {
    let text = report.text;
    let doc = match DeTable::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            report.toml_error(&e, 0);
            return None;
        }
    };
    let id = strip_controls(stem).into_owned();
    let draft = if is_mdbook(&doc) {
        mdbook::read(&doc, &id, settings, report)
    } else {
        native::read(doc, report)
    }?;
    let chapter = resolve_chapter(draft.header.chapter, &id, chapters, report);
    let mastery = resolve_mastery(draft.header.mastery, report);
    check_unique_ids(&draft.questions, report);
    if draft.asked == 0 {
        let message = if draft.skipped > 0 {
            "quiz has no questions left once unsupported ones are skipped"
        } else {
            "quiz has no questions: add a [[questions]] table"
        };
        report.error(draft.questions_at, message);
    }
    if report.has_errors() {
        return None;
    }
    if settings.judge_cues {
        cues::warn(&draft.questions, report);
    }
    let title = draft
        .header
        .title
        .map(|t| line(t.get_ref()))
        .filter(|t| !t.is_empty());
    let chapter_title = chapter
        .as_ref()
        .and_then(|c| chapters.iter().find(|ch| ch.id == c.as_str()));
    let title = title
        .or_else(|| chapter_title.map(|c| format!("Quiz: {}", c.title)))
        .unwrap_or_else(|| id.clone());
    let id_offsets = draft
        .questions
        .iter()
        .map(|l| l.course_wide.then_some(l.id_at))
        .collect();
    let section_offsets = draft.questions.iter().map(|l| l.section_at).collect();
    let questions = draft.questions.into_iter().map(|l| l.question).collect();
    let quiz = Quiz {
        id,
        title,
        chapter,
        mastery: mastery?,
        questions,
    };
    Some(Parsed {
        quiz,
        id_offsets,
        section_offsets,
    })
}

/// mdbook-quiz files are recognised by a `type` key in any question, which the native
/// format does not have.
fn is_mdbook(doc: &Spanned<DeTable>) -> bool {
    let Some(questions) = doc.get_ref().get("questions") else {
        return false;
    };
    let Some(array) = questions.get_ref().as_array() else {
        return false;
    };
    array.iter().any(|q| {
        q.get_ref()
            .as_table()
            .is_some_and(|t| t.get("type").is_some())
    })
}

/// The chapter a quiz belongs to: the one it names (which must exist), else the
/// chapter sharing its id (mdbook-quiz's habit), else none.
fn resolve_chapter(
    named: Option<Spanned<String>>,
    quiz_id: &str,
    chapters: &[ChapterRef],
    report: &mut InFile,
) -> Option<String> {
    let Some(named) = named else {
        return chapters
            .iter()
            .find(|c| c.id == quiz_id)
            .map(|c| c.id.to_owned());
    };
    let wanted = line(named.get_ref());
    if chapters.iter().any(|c| c.id == wanted) {
        return Some(wanted);
    }
    let message = if chapters.is_empty() {
        format!("unknown chapter `{wanted}`: the course has no chapters")
    } else if chapters.len() <= LIST_ALL_CHAPTERS {
        let ids: Vec<&str> = chapters.iter().map(|c| c.id).collect();
        format!(
            "unknown chapter `{wanted}`, expected one of: {}",
            ids.join(", ")
        )
    } else {
        // Naming every chapter in every such error made a course of n chapters and n
        // broken quizzes n² long to report; a few close names say as much.
        let close = close_matches(&wanted, chapters);
        let count = chapters.len();
        if close.is_empty() {
            format!(
                "unknown chapter `{wanted}`: none of the {count} chapters is named like it \
                 (`tutor list` shows them)"
            )
        } else {
            format!(
                "unknown chapter `{wanted}`, did you mean: {}? (one of {count} chapters)",
                close.join(", ")
            )
        }
    };
    report.error(named.span().start, message);
    None
}

/// A course with at most this many chapters has them all named in an unknown chapter
/// error; a larger one names only close matches.
const LIST_ALL_CHAPTERS: usize = 5;
/// How many close matches an unknown chapter error names at most.
const CLOSE_MATCHES: usize = 3;

/// The chapter ids most like `wanted`: sharing a long start or end with it (a typo
/// late or early in the name, a number prefix left off). The measure is cheap, one
/// comparison that stops at the first difference per chapter, so n quizzes naming
/// unknown chapters of n cost n² short comparisons at worst, not n² edit distances.
fn close_matches<'c>(wanted: &str, chapters: &[ChapterRef<'c>]) -> Vec<&'c str> {
    let wanted_len = wanted.chars().count();
    let needed = 3.max(wanted_len.div_ceil(2));
    // The best few so far, best first, ties in course order: kept small rather than
    // sorting every candidate, since many ids may share a start with `wanted`.
    let mut best: Vec<(usize, &str)> = Vec::with_capacity(CLOSE_MATCHES + 1);
    for chapter in chapters {
        let id = chapter.id;
        let start = common_len(wanted.chars(), id.chars());
        let end = common_len(wanted.chars().rev(), id.chars().rev());
        let score = start.max(end);
        if score < needed {
            continue;
        }
        let at = best.partition_point(|(s, _)| *s >= score);
        if at < CLOSE_MATCHES {
            best.insert(at, (score, id));
            best.truncate(CLOSE_MATCHES);
        }
    }
    best.into_iter().map(|(_, id)| id).collect()
}

/// How many characters two sequences share before they first differ, ignoring case.
fn common_len(a: impl Iterator<Item = char>, b: impl Iterator<Item = char>) -> usize {
    a.zip(b)
        .take_while(|(x, y)| x.eq_ignore_ascii_case(y))
        .count()
}

fn resolve_mastery(mastery: Option<Spanned<i64>>, report: &mut InFile) -> Option<u8> {
    let Some(mastery) = mastery else {
        return Some(DEFAULT_MASTERY);
    };
    if let Ok(percent @ 1..=100) = u8::try_from(*mastery.get_ref()) {
        return Some(percent);
    }
    let message = format!(
        "mastery must be from 1 to 100 (percent), found {}",
        mastery.get_ref()
    );
    report.error(mastery.span().start, message);
    None
}

fn check_unique_ids(questions: &[Located], report: &mut InFile) {
    let mut first_at: HashMap<&str, usize> = HashMap::new();
    for located in questions {
        let id = located.question.id.as_str();
        match first_at.get(id) {
            Some(&first) => {
                let (line, _) = line_col(report.text, first);
                let message = format!("duplicate question id `{id}` (first used on line {line})");
                report.error(located.id_at, message);
            }
            None => {
                first_at.insert(id, located.id_at);
            }
        }
    }
}

/// Checks the number of choices, reporting at `at` when it is out of range.
pub(super) fn check_choice_count(count: usize, at: usize, report: &mut InFile) -> bool {
    if (MIN_CHOICES..=MAX_CHOICES).contains(&count) {
        return true;
    }
    let message =
        format!("a question needs {MIN_CHOICES} to {MAX_CHOICES} choices (a to h), found {count}");
    report.error(at, message);
    false
}

/// "the 4 choices (a to d)", for messages about letters.
pub(super) fn choices_phrase(count: usize) -> String {
    format!(
        "the {count} choices (a to {})",
        letter(count.saturating_sub(1))
    )
}

/// Markdown from a course: controls removed, line breaks and tabs kept.
pub(super) fn markdown(text: &str) -> String {
    strip_controls_keep_layout(text).into_owned()
}

/// A one-line string from a course (title, id, short answer): controls removed, trimmed.
pub(super) fn line(text: &str) -> String {
    strip_controls(text.trim()).into_owned()
}

/// An `answer` that is one string or an array of them (select-all). Written by hand
/// because serde's untagged enums lose the element spans that errors point at.
pub(super) enum OneOrMany {
    One(String),
    Many(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OneOrManyVisitor)
    }
}

struct OneOrManyVisitor;

impl<'de> Visitor<'de> for OneOrManyVisitor {
    type Value = OneOrMany;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string or an array of strings")
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<OneOrMany, E> {
        Ok(OneOrMany::One(value.to_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(OneOrMany::Many(items))
    }
}

#[cfg(test)]
mod tests;
