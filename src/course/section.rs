//! Which section of its chapter a quiz question is about, so that a missed question
//! can send the learner back to re-read it.
//!
//! A native question may name the heading in its `section` key (the heading's text or
//! its anchor); otherwise the section is the heading whose words the question's
//! prompt and explanation share most. This module owns both rules and the check that
//! a `section` names a heading that exists. It only reads text: no terminal, no IO.
use super::source::SourceFile;
use super::{Chapter, Course};
use crate::diagnostic::Diagnostics;
use crate::quiz::{Parsed, Question, Quiz};
use std::collections::{BTreeSet, HashMap};

/// A heading of a chapter, as far as matching goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heading<'a> {
    pub level: u8,
    pub text: &'a str,
    /// Its anchor: the `{#id}` written, else the id mdBook makes from its text.
    pub anchor: &'a str,
}

/// Where a question sends the learner: a heading of a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Index of the chapter in the course.
    pub chapter: usize,
    /// The heading's anchor, as [`crate::markdown::Document::heading_index`] takes it.
    pub anchor: String,
    /// The heading's text, to show.
    pub title: String,
    /// The chapter's title, to show.
    pub chapter_title: String,
}

/// The heading `name` names: its anchor (a leading `#` allowed), else its text,
/// compared ignoring case and runs of spaces. The first one wins when two match.
pub fn named(headings: &[Heading<'_>], name: &str) -> Option<usize> {
    let name = name.trim();
    let anchor = name.strip_prefix('#').unwrap_or(name);
    if let Some(at) = headings.iter().position(|h| h.anchor == anchor) {
        return Some(at);
    }
    let wanted = folded(name);
    headings.iter().position(|h| folded(h.text) == wanted)
}

/// The heading whose text shares the most words with `text`, stop words aside (the
/// earliest of those that tie); None when no heading shares a word. A chapter's
/// title (a level-1 heading) names the whole chapter, so it is a candidate only in a
/// chapter without deeper headings.
pub fn nearest(headings: &[Heading<'_>], text: &str) -> Option<usize> {
    let words = words(text);
    let deeper = headings.iter().any(|h| h.level > 1);
    let mut best: Option<(usize, usize)> = None;
    for (at, heading) in headings.iter().enumerate() {
        if deeper && heading.level == 1 {
            continue;
        }
        let shared = self::words(heading.text).intersection(&words).count();
        if shared > 0 && best.is_none_or(|(_, most)| shared > most) {
            best = Some((at, shared));
        }
    }
    best.map(|(at, _)| at)
}

/// The section a question is about among `headings`: the one its `section` key
/// names, else the nearest by words (see [`nearest`]).
pub fn of_question(headings: &[Heading<'_>], question: &Question) -> Option<usize> {
    if let Some(name) = &question.section
        && let Some(at) = named(headings, name)
    {
        return Some(at);
    }
    let mut text = question.prompt.clone();
    if let Some(explanation) = &question.explanation {
        text.push('\n');
        text.push_str(explanation);
    }
    nearest(headings, &text)
}

/// Text with runs of whitespace made one space, in lower case.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The words of `text` that say something, each cut to its stem (see [`stem`]):
/// lower case, letters and digits only, stop words and lone numbers left out.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 1 && w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// A word cut so that its forms meet: the plural made singular (`caches` → `cache`,
/// `strategies` → `strategy`), then `-ing`, `-ed` and a final `e` cut from longer
/// words (`scaling` and `scale` → `scal`, `queued` and `queue` → `queu`). Crude, but
/// it only has to make a question and a heading meet.
fn stem(word: &str) -> String {
    let word = singular(word);
    let long = word.chars().count() > 5;
    let cut = match (word.strip_suffix("ing"), word.strip_suffix("ed")) {
        (Some(stem), _) if long => stem,
        (_, Some(stem)) if long => stem,
        _ => word.as_str(),
    };
    cut.strip_suffix('e')
        .filter(|stem| stem.chars().count() >= 3)
        .unwrap_or(cut)
        .to_owned()
}

fn singular(word: &str) -> String {
    let long = word.chars().count() > 4;
    if long && let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    let keeps_s = ["ss", "us", "is"].iter().any(|end| word.ends_with(end));
    match word.strip_suffix('s') {
        Some(stem) if word.chars().count() > 3 && !keeps_s => stem.to_owned(),
        _ => word.to_owned(),
    }
}

/// Words too common to tell one section from another, quiz phrasing included.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "about", "above", "after", "again", "all", "also", "an", "and", "answer", "any",
    "apply", "are", "as", "at", "be", "because", "been", "before", "being", "best",
    "between", "both", "but", "by", "can", "choose", "could", "did", "do", "does",
    "each", "even", "every", "few", "first", "following", "for", "from", "had", "has",
    "have", "he", "her", "here", "his", "how", "if", "in", "into", "is", "it", "its",
    "just", "least", "like", "main", "mainly", "many", "may", "might", "more", "most",
    "much", "must", "no", "not", "of", "on", "one", "only", "or", "other", "our", "own",
    "per", "question", "same", "select", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
    "through", "to", "too", "true", "two", "us", "use", "used", "very", "via", "was",
    "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
    "would", "yes", "you", "your",
];

/// The sections of a course's questions, each chapter's headings read once.
#[derive(Debug)]
pub struct Sections<'c> {
    course: &'c Course,
    /// Chapter index → (level, text, anchor) of its headings.
    headings: HashMap<usize, Vec<(u8, String, String)>>,
}

impl<'c> Sections<'c> {
    pub fn new(course: &'c Course) -> Self {
        Self {
            course,
            headings: HashMap::new(),
        }
    }

    /// The section of chapter `chapter_id` that `question` is about, if the chapter
    /// exists and one of its headings fits.
    pub fn of(&mut self, chapter_id: &str, question: &Question) -> Option<Section> {
        let index = self
            .course
            .chapters
            .iter()
            .position(|c| c.id == chapter_id)?;
        let listed = borrowed(self.headings_of(index));
        let at = of_question(&listed, question)?;
        let heading = listed.get(at)?;
        Some(Section {
            chapter: index,
            anchor: heading.anchor.to_owned(),
            title: heading.text.to_owned(),
            chapter_title: self.course.chapters.get(index)?.title.clone(),
        })
    }

    /// The section of every question of `quiz`, in order; none for a quiz that
    /// belongs to no chapter.
    pub fn of_quiz(&mut self, quiz: &Quiz) -> Vec<Option<Section>> {
        quiz.questions
            .iter()
            .map(|q| quiz.chapter.as_deref().and_then(|c| self.of(c, q)))
            .collect()
    }

    fn headings_of(&mut self, index: usize) -> &[(u8, String, String)] {
        let course = self.course;
        self.headings.entry(index).or_insert_with(|| {
            course
                .chapters
                .get(index)
                .map_or_else(Vec::new, chapter_headings)
        })
    }
}

/// The headings of a chapter as (level, text, anchor).
/// Headings as the matchers read them, borrowed from the owned list kept per chapter.
fn borrowed(headings: &[(u8, String, String)]) -> Vec<Heading<'_>> {
    headings
        .iter()
        .map(|(level, text, anchor)| Heading {
            level: *level,
            text,
            anchor,
        })
        .collect()
}

fn chapter_headings(chapter: &Chapter) -> Vec<(u8, String, String)> {
    let doc = crate::markdown::parse(&chapter.body);
    doc.headings()
        .into_iter()
        .zip(doc.heading_ids())
        .map(|((level, text), anchor)| (level, text, anchor))
        .collect()
}

/// How many headings an error about a `section` lists before it stops.
const LISTED: usize = 8;

/// Reports every `section` key that names no heading of its quiz's chapter, at the
/// key, with the headings it could name. For `tutor check`: the headings of each
/// chapter concerned are parsed once.
pub(crate) fn check(
    parsed: &[(&SourceFile, Parsed)],
    chapters: &[Chapter],
    diagnostics: &mut Diagnostics,
) {
    let mut cache: HashMap<usize, Vec<(u8, String, String)>> = HashMap::new();
    for (file, parsed) in parsed {
        let quiz = &parsed.quiz;
        let chapter = quiz
            .chapter
            .as_deref()
            .and_then(|id| chapters.iter().position(|c| c.id == id));
        for (question, at) in quiz.questions.iter().zip(&parsed.section_offsets) {
            let (Some(name), Some(at)) = (&question.section, *at) else {
                continue;
            };
            let mut report = diagnostics.in_file(&file.path, &file.text);
            let Some(index) = chapter else {
                let message = format!(
                    "`section` `{name}` names a heading, but quiz `{}` belongs to no chapter",
                    quiz.id
                );
                report.error(at, message);
                continue;
            };
            let headings = cache
                .entry(index)
                .or_insert_with(|| chapter_headings(&chapters[index]));
            let listed = borrowed(headings);
            if named(&listed, name).is_none() {
                report.error(at, no_such_heading(name, &chapters[index].id, &listed));
            }
        }
    }
}

fn no_such_heading(name: &str, chapter: &str, headings: &[Heading<'_>]) -> String {
    if headings.is_empty() {
        return format!(
            "`section` `{name}` is not a heading of chapter `{chapter}`, which has none"
        );
    }
    let mut some: Vec<String> = headings
        .iter()
        .take(LISTED)
        .map(|h| format!("`{}`", h.anchor))
        .collect();
    if headings.len() > LISTED {
        some.push(format!("… ({} in all)", headings.len()));
    }
    format!(
        "`section` `{name}` is not a heading of chapter `{chapter}`: name a heading by its text \
         or its anchor ({})",
        some.join(", ")
    )
}

#[cfg(test)]
mod tests;
