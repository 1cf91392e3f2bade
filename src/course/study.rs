//! Study items a chapter declares in plain Markdown: reflection prompts and checklists.
//!
//! Reflection prompts are the first-level items of the list(s) right under a heading
//! titled "Reflection prompts" (any level, any case), up to the next heading; checklist
//! items are every task-list item (`- [ ]` / `- [x]`) in the chapter. Both keep the
//! 1-based source line of their item and get an id derived from their text, so that
//! answers and ticks recorded in progress survive edits elsewhere in the chapter.
//!
//! Items are found once, when the course loads, in one pass over the chapter that is
//! linear in its length (a chapter of 20,000 list items included). This module only
//! reads Markdown; it never touches progress or a terminal.
use crate::markdown::InlineText;
use crate::sanitize::strip_controls;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

/// One prompt or checklist item of a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudyItem {
    /// A slug of the text (inline HTML left out), unique within the list it came from.
    pub id: String,
    /// The item's own plain text (nested lists excluded), sanitized.
    pub text: String,
    /// 1-based line of the item's marker in the body.
    pub line: u32,
    /// 1-based line of the item's last non-blank source line, nested items included:
    /// where something can be added to the item and still belong to it.
    pub end_line: u32,
}

/// A chapter's reflection prompts and checklist items, in source order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StudyItems {
    pub prompts: Vec<StudyItem>,
    pub checklist: Vec<StudyItem>,
}

impl StudyItems {
    /// Finds both kinds of item in a chapter body.
    pub fn find(body: &str) -> Self {
        scan(body).0
    }
}

/// The study items of a chapter body and the plain text of its first level-1 heading
/// (inline markup dropped, inline HTML read by meaning, controls removed; None when
/// there is none or it is empty), found in one pass: loading a course parses each chapter once.
pub fn scan(body: &str) -> (StudyItems, Option<String>) {
    let (items, title) = collect_items(body);
    let title = title
        .map(|t| strip_controls(t.trim()).into_owned())
        .filter(|t| !t.is_empty());
    (StudyItems::from_raw(&items), title)
}

/// The study items of a chapter body whose title is known already (a book's chapter,
/// titled by SUMMARY.md). A body that cannot hold any — no task-list marker, no
/// "reflection" anywhere — is not parsed at all: a book of a hundred chapters has a
/// few with items, and parsing every one of them was most of its loading time.
pub fn scan_items(body: &str) -> StudyItems {
    if might_hold_items(body) {
        scan(body).0
    } else {
        StudyItems::default()
    }
}

/// False only when `body` surely holds neither a task-list item (`[ ]`, `[x]`, `[X]`)
/// nor a heading that reads "Reflection prompts".
fn might_hold_items(body: &str) -> bool {
    let bytes = body.as_bytes();
    let task = bytes
        .windows(3)
        .any(|w| w[0] == b'[' && w[2] == b']' && matches!(w[1], b' ' | b'\t' | b'x' | b'X'));
    task || bytes
        .windows(REFLECTION_WORD.len())
        .any(|w| w.eq_ignore_ascii_case(REFLECTION_WORD.as_bytes()))
}

/// The first word of [`REFLECTION_HEADING`], looked for before a body is parsed.
const REFLECTION_WORD: &str = "reflection";

impl StudyItems {
    fn from_raw(items: &[RawItem]) -> Self {
        let prompts = items
            .iter()
            .filter(|item| item.under_reflection_heading && item.depth == 1);
        let checklist = items.iter().filter(|item| item.is_task);
        Self {
            prompts: with_ids(prompts),
            checklist: with_ids(checklist),
        }
    }
}

/// The heading text (compared case-insensitively) that introduces reflection prompts.
const REFLECTION_HEADING: &str = "reflection prompts";
/// How many words of an item's text make up its id.
const ID_WORDS: usize = 8;

/// A list item as found by [`collect_items`].
#[derive(Default)]
struct RawItem {
    /// The words its id is made from: its text without inline HTML, as ids were made
    /// before HTML was read, so answers kept under them stay found.
    text: String,
    /// Its text as shown, inline HTML read by meaning (`Vec<u8>` stays as written).
    shown: InlineText,
    display: String,
    line: u32,
    /// 1 for an item of a top-level list, 2 for one nested in it, ...
    depth: usize,
    /// 1-based line of the item's last non-blank source line (nested items included).
    last_line: u32,
    is_task: bool,
    under_reflection_heading: bool,
}

/// As the renderer reads chapters, so a heading's `{#id .class}` is no part of its
/// title here either.
fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Every list item of the body, in source order of their start, and the shown text
/// of the first level-1 heading.
fn collect_items(body: &str) -> (Vec<RawItem>, Option<String>) {
    let lines = LineIndex::new(body);
    let mut done: Vec<RawItem> = Vec::new();
    let mut open: Vec<RawItem> = Vec::new();
    let mut heading: Option<RawItem> = None;
    let mut in_reflections = false;
    let mut title: Option<String> = None;
    let mut in_h1 = false;
    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                in_h1 = level == HeadingLevel::H1;
                heading = Some(RawItem::default());
            }
            Event::End(TagEnd::Heading(_)) => {
                let text = heading.take().unwrap_or_default();
                if std::mem::take(&mut in_h1) && title.is_none() {
                    title = Some(text.shown.finish());
                }
                in_reflections = normalize(&text.text).eq_ignore_ascii_case(REFLECTION_HEADING);
            }
            Event::Start(Tag::Item) => open.push(RawItem {
                line: lines.line_of(range.start),
                depth: open.len() + 1,
                under_reflection_heading: in_reflections,
                ..RawItem::default()
            }),
            Event::End(TagEnd::Item) => {
                if let Some(mut item) = open.pop() {
                    item.text = normalize(&item.text);
                    item.display = normalize(&std::mem::take(&mut item.shown).finish());
                    let end = body
                        .get(..range.end)
                        .map_or(range.end, |s| s.trim_end().len());
                    item.last_line = lines.line_of(end.saturating_sub(1)).max(item.line);
                    done.push(item);
                }
            }
            Event::TaskListMarker(_) => {
                if let Some(item) = open.last_mut() {
                    item.is_task = true;
                }
            }
            Event::Text(text) | Event::Code(text) | Event::InlineMath(text) => {
                push_text(&mut heading, &mut open, &text);
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut heading, &mut open, " "),
            Event::InlineHtml(html) => {
                if let Some(item) = heading.as_mut().or(open.last_mut()) {
                    item.shown.push_html(&html);
                }
            }
            _ => {}
        }
    }
    // Nested items end before their parent; source order is what callers expect.
    done.sort_by_key(|item| item.line);
    (done, title)
}

fn push_text(heading: &mut Option<RawItem>, open: &mut [RawItem], text: &str) {
    if let Some(item) = heading.as_mut().or(open.last_mut()) {
        item.text.push_str(text);
        item.shown.push_text(text);
    }
}

/// Sanitized text with runs of whitespace collapsed to one space.
fn normalize(text: &str) -> String {
    strip_controls(&text.replace(['\n', '\t', '\r'], " "))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The start of every line, so that an offset's line is a binary search away rather
/// than a count from the top of the body (which made many items quadratic).
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(body: &str) -> Self {
        let starts = std::iter::once(0).chain(body.match_indices('\n').map(|(i, _)| i + 1));
        Self(starts.collect())
    }

    /// The 1-based line holding byte `offset`.
    fn line_of(&self, offset: usize) -> u32 {
        u32::try_from(self.0.partition_point(|&start| start <= offset)).unwrap_or(u32::MAX)
    }
}

/// Gives each item a slug id, suffixing repeats with "-2", "-3", ... Each slug
/// remembers the last suffix it handed out, so a thousand equal items do not each
/// try every suffix before theirs.
fn with_ids<'a>(items: impl Iterator<Item = &'a RawItem>) -> Vec<StudyItem> {
    let mut used = HashSet::new();
    let mut last_suffix: HashMap<String, u32> = HashMap::new();
    items
        .map(|item| {
            let base = slug(&item.text);
            let mut id = base.clone();
            let n = last_suffix.entry(base.clone()).or_insert(1);
            while !used.insert(id.clone()) {
                *n += 1;
                id = format!("{base}-{n}");
            }
            StudyItem {
                id,
                text: item.display.clone(),
                line: item.line,
                end_line: item.last_line,
            }
        })
        .collect()
}

/// Lowercase ASCII alphanumerics of the first few words, joined with '-'.
pub fn slug(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .take(ID_WORDS)
        .map(|word| {
            word.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect();
    if words.is_empty() {
        "item".to_owned()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests;
