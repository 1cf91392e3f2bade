//! Reading `course.toml`: the course's metadata and its ordered chapter list.
//!
//! This module owns the keys course.toml may hold and the checks on its chapter list
//! (every listed chapter exists, none is listed twice). It never reads chapter files.
use super::CourseMeta;
use super::source::SourceFile;
use crate::diagnostic::{InFile, line_col};
use crate::sanitize::strip_controls;
use serde::Deserialize;
use std::collections::HashMap;
use toml::Spanned;

/// course.toml as written; every key is optional and unknown keys are typos.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawMeta {
    id: Option<String>,
    title: Option<String>,
    description: Option<String>,
    level: Option<String>,
    time_to_complete: Option<String>,
    prerequisites: Option<Vec<String>>,
    skills_gained: Option<Vec<String>>,
    success_criteria: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    chapters: Option<Spanned<Vec<Spanned<String>>>>,
}

/// Parses course.toml; on any error reports it and falls back to no metadata, so the
/// course still loads with the defaults of a folder without course.toml.
pub(crate) fn parse(file: &SourceFile, report: &mut InFile) -> RawMeta {
    toml::from_str(&file.text).unwrap_or_else(|e| {
        report.toml_error(&e, 0);
        RawMeta::default()
    })
}

impl RawMeta {
    /// The metadata shown to users, every string sanitized. `fallback_id` is the folder
    /// name; `first_title` the first chapter's title, for a course.toml without a title.
    pub fn into_meta(self, fallback_id: &str, first_title: Option<&str>) -> CourseMeta {
        let line = |s: Option<String>| s.map(|s| clean(&s)).unwrap_or_default();
        let list =
            |v: Option<Vec<String>>| v.unwrap_or_default().iter().map(|s| clean(s)).collect();
        let id = self.id.map(|s| clean(&s)).filter(|s| !s.is_empty());
        let id = id.unwrap_or_else(|| clean(fallback_id));
        let title = self.title.map(|s| clean(&s)).filter(|s| !s.is_empty());
        let title = title
            .or_else(|| first_title.map(str::to_owned))
            .unwrap_or_else(|| id.clone());
        CourseMeta {
            id,
            title,
            description: line(self.description),
            level: line(self.level),
            time_to_complete: line(self.time_to_complete),
            prerequisites: list(self.prerequisites),
            skills_gained: list(self.skills_gained),
            success_criteria: list(self.success_criteria),
            tags: list(self.tags),
        }
    }

    /// The chapter files in course order: the `chapters` list when there is one
    /// (reporting missing and repeated entries, and warning about files it leaves out),
    /// else every chapter file in file-name order.
    pub fn order<'f>(&self, files: &'f [SourceFile], report: &mut InFile) -> Vec<&'f SourceFile> {
        let Some(listed) = &self.chapters else {
            return files.iter().collect();
        };
        let by_stem: HashMap<&str, &SourceFile> =
            files.iter().map(|f| (f.stem.as_str(), f)).collect();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut ordered = Vec::new();
        for entry in listed.get_ref() {
            let id = entry.get_ref().as_str();
            let start = entry.span().start;
            if let Some(&first) = seen.get(id) {
                let (line, _) = line_col(report.text, first);
                report.error(
                    start,
                    format!(
                        "chapter `{}` is listed twice (first on line {line})",
                        clean(id)
                    ),
                );
                continue;
            }
            seen.insert(id, start);
            match by_stem.get(id) {
                Some(file) => ordered.push(*file),
                None => report.error(
                    start,
                    format!(
                        "chapter `{}` not found: no file `{}.md`",
                        clean(id),
                        clean(id)
                    ),
                ),
            }
        }
        for file in files {
            let readme = file.stem.eq_ignore_ascii_case("readme");
            if !seen.contains_key(file.stem.as_str()) && !readme {
                let message = format!(
                    "{} is not in `chapters`, so it is left out",
                    clean(&file.path)
                );
                report.warning(listed.span().start, message);
            }
        }
        ordered
    }
}

/// Metadata is printed on one line by `tutor list`: no control characters, no padding.
fn clean(text: &str) -> String {
    strip_controls(text.trim()).into_owned()
}
