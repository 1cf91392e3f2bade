//! `book.toml`: the little of an mdBook's configuration tutor uses — the book's title,
//! description, authors and language, where its chapters are (`[book] src`), the
//! default language of its quizzes (`[preprocessor.quiz] default-language`) and the
//! prefixes that hide lines of code per language (`[output.html.code.hidelines]`).
//!
//! This module owns reading that file and the rule that `src` stays inside the book.
//! mdBook has many more keys, and preprocessors and renderers add their own tables:
//! everything it does not use is ignored, never an error. Every string kept is
//! sanitized. It never reads a file itself.
use super::files::normal;
use crate::diagnostic::InFile;
use crate::sanitize::strip_controls;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The name of an mdBook's configuration file, at the top of the book's folder.
pub const BOOK_TOML: &str = "book.toml";
/// Where the chapters are when `[book] src` does not say.
pub const DEFAULT_SRC: &str = "src";

/// What tutor keeps of `book.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookConfig {
    pub title: Option<String>,
    pub description: Option<String>,
    pub authors: Vec<String>,
    pub language: Option<String>,
    /// The folder of the chapters and `SUMMARY.md`, relative to the book's folder and
    /// inside it (`.` and `..` resolved).
    pub src: PathBuf,
    /// `[preprocessor.quiz] default-language`: the language of quiz code blocks that
    /// name none.
    pub quiz_default_language: Option<String>,
    /// `[output.html.code.hidelines]`: for a language, the prefix that marks the lines
    /// of its code blocks hidden from readers (Rust's `#` is built in).
    pub hidelines: BTreeMap<String, String>,
}

impl Default for BookConfig {
    fn default() -> Self {
        Self {
            title: None,
            description: None,
            authors: Vec::new(),
            language: None,
            src: PathBuf::from(DEFAULT_SRC),
            quiz_default_language: None,
            hidelines: BTreeMap::new(),
        }
    }
}

/// The parts of book.toml read; serde skips every other key and table.
#[derive(Debug, Default, Deserialize)]
struct Raw {
    #[serde(default)]
    book: RawBook,
    #[serde(default)]
    preprocessor: RawPreprocessors,
    #[serde(default)]
    output: RawOutputs,
}

#[derive(Debug, Default, Deserialize)]
struct RawBook {
    title: Option<String>,
    description: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    language: Option<String>,
    src: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
struct RawPreprocessors {
    quiz: Option<RawQuiz>,
}

#[derive(Debug, Default, Deserialize)]
struct RawQuiz {
    #[serde(rename = "default-language")]
    default_language: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct RawOutputs {
    html: Option<RawHtml>,
}

#[derive(Debug, Default, Deserialize)]
struct RawHtml {
    code: Option<RawCode>,
}

#[derive(Debug, Default, Deserialize)]
struct RawCode {
    #[serde(default)]
    hidelines: BTreeMap<String, String>,
}

/// Reads `book.toml` (its text is `report.text`). A file that does not parse, or a
/// `src` that leaves the book, is reported and the defaults stand in, so the book
/// still opens from `src/`.
pub fn parse(report: &mut InFile) -> BookConfig {
    let raw: Raw = match toml::from_str(report.text) {
        Ok(raw) => raw,
        Err(e) => {
            report.toml_error(&e, 0);
            return BookConfig::default();
        }
    };
    let src = raw.book.src.map_or_else(
        || PathBuf::from(DEFAULT_SRC),
        |written| {
            normal(Path::new(written.get_ref())).unwrap_or_else(|| {
                report.error(
                    written.span().start,
                    format!(
                        "src `{}` leads outside the book; `{DEFAULT_SRC}` is read instead",
                        written.get_ref()
                    ),
                );
                PathBuf::from(DEFAULT_SRC)
            })
        },
    );
    let text = |s: Option<String>| s.map(|s| clean(&s)).filter(|s| !s.is_empty());
    BookConfig {
        title: text(raw.book.title),
        description: text(raw.book.description),
        authors: raw.book.authors.iter().map(|a| clean(a)).collect(),
        language: text(raw.book.language),
        src,
        quiz_default_language: text(raw.preprocessor.quiz.and_then(|q| q.default_language)),
        hidelines: raw
            .output
            .html
            .and_then(|h| h.code)
            .map(|c| c.hidelines)
            .unwrap_or_default()
            .into_iter()
            .map(|(language, prefix)| (clean(&language), strip_controls(&prefix).into_owned()))
            .collect(),
    }
}

fn clean(text: &str) -> String {
    strip_controls(text.trim()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostics;

    fn read(text: &str) -> (BookConfig, Vec<String>) {
        let mut all = Diagnostics::default();
        let config = parse(&mut all.in_file("book.toml", text));
        let errors = all.errors.iter().map(ToString::to_string).collect();
        (config, errors)
    }

    #[test]
    fn reads_the_keys_tutor_uses_and_ignores_the_rest() {
        let (config, errors) = read(
            r#"
[book]
title = "The Book"
description = "All about it."
authors = ["Ann", "Bo"]
language = "en"
src = "./text"
multilingual = false

[rust]
edition = "2021"

[preprocessor.quiz]
default-language = "rust"
more-words = true

[preprocessor.svgbob]
after = ["links"]

[output.html]
additional-css = ["x.css"]

[output.html.code.hidelines]
python = "~"

[output.html.fold]
enable = true
"#,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(config.title.as_deref(), Some("The Book"));
        assert_eq!(config.description.as_deref(), Some("All about it."));
        assert_eq!(config.authors, ["Ann", "Bo"]);
        assert_eq!(config.language.as_deref(), Some("en"));
        assert_eq!(config.src, PathBuf::from("text"));
        assert_eq!(config.quiz_default_language.as_deref(), Some("rust"));
        assert_eq!(
            config.hidelines,
            BTreeMap::from([("python".to_owned(), "~".to_owned())])
        );
    }

    #[test]
    fn an_empty_file_is_every_default() {
        let (config, errors) = read("");
        assert!(errors.is_empty());
        assert_eq!(config, BookConfig::default());
        assert_eq!(config.src, PathBuf::from("src"));
    }

    #[test]
    fn a_src_leaving_the_book_is_an_error_and_src_stands_in() {
        let (config, errors) = read("[book]\nsrc = \"../elsewhere\"\n");
        assert_eq!(config.src, PathBuf::from("src"));
        assert_eq!(
            errors,
            ["book.toml:2:7: src `../elsewhere` leads outside the book; `src` is read instead"]
        );
        let (_, errors) = read("[book]\nsrc = \"/etc\"\n");
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn a_file_that_does_not_parse_is_reported_where_it_breaks() {
        let (config, errors) = read("[book]\ntitle = \"unclosed\n");
        assert_eq!(config, BookConfig::default());
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("book.toml:2:"), "{errors:?}");
        let (_, errors) = read("[book]\ntitle = 5\n");
        assert_eq!(errors.len(), 1, "a title that is not text");
    }

    #[test]
    fn strings_lose_control_characters() {
        let (config, _) = read("[book]\ntitle = \"a\\u001b[2Jb\"\nauthors = [\"c\\u0007\"]\n");
        assert_eq!(config.title.as_deref(), Some("a[2Jb"));
        assert_eq!(config.authors, ["c"]);
    }
}
