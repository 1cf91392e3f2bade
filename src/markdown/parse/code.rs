//! A fenced code block's info string as mdBook and rustdoc read it, and the lines a
//! book hides.
//!
//! ```` ```rust,ignore,does_not_compile ```` is Rust, flagged `ignore` and `does not
//! compile`. In Rust a line whose first non-blank character is `#` followed by a
//! space (or nothing) is hidden, and `##` there shows as `#`, so `#[derive]` and
//! `#![allow]` stay; other languages hide lines starting with a prefix given by the
//! block (`hidelines=!!!`) or by the book, per language. Hidden lines are dropped
//! here, before highlighting, since a terminal has no button to show them.
use std::collections::HashMap;

use crate::markdown::document::CodeFlag;
use crate::markdown::text::code_label;
use crate::sanitize::strip_controls;

/// What the renderer takes from an info string.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Info {
    /// The language word, as [`code_label`] finds it.
    pub label: String,
    /// Flags shown beside the language, each once, in [`CodeFlag`] order.
    pub flags: Vec<CodeFlag>,
    pub hide: Option<Hide>,
}

/// Which lines of a block are hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Hide {
    /// rustdoc's rule: `# ` lines hidden, `##` shown as `#`.
    Rust,
    /// Lines that start (after blanks) with this non-empty prefix.
    Prefix(String),
}

/// Reads an info string; `hidelines` holds a book's hiding prefix per language.
pub(crate) fn read_info(info: &str, hidelines: Option<&HashMap<String, String>>) -> Info {
    let clean = strip_controls(info);
    let label = code_label(&clean);
    let mut flags = Vec::new();
    let mut prefix = None;
    let words = clean
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '{' | '}'))
        .filter(|word| !word.is_empty())
        .skip(1);
    for word in words {
        if let Some(given) = word.strip_prefix("hidelines=") {
            prefix = Some(given.to_owned());
        } else if let Some(flag) = CodeFlag::from_word(word) {
            flags.push(flag);
        }
    }
    flags.sort_unstable();
    flags.dedup();
    let hide = if label.eq_ignore_ascii_case("rust") {
        Some(Hide::Rust)
    } else {
        prefix
            .filter(|prefix| !prefix.is_empty())
            .or_else(|| hidelines.and_then(|book| book.get(&label)).cloned())
            .filter(|prefix| !prefix.is_empty())
            .map(Hide::Prefix)
    };
    Info { label, flags, hide }
}

/// The lines left shown once `hide` has taken its lines away.
pub(crate) fn shown_lines(lines: Vec<String>, hide: Option<&Hide>) -> Vec<String> {
    match hide {
        None => lines,
        Some(Hide::Rust) => lines.into_iter().filter_map(rust_line).collect(),
        Some(Hide::Prefix(prefix)) => lines
            .into_iter()
            .filter(|line| !line.trim_start().starts_with(prefix.as_str()))
            .collect(),
    }
}

/// One Rust line as shown, or `None` when it is hidden.
fn rust_line(line: String) -> Option<String> {
    let rest = line.trim_start();
    let Some(after) = rest.strip_prefix('#') else {
        return Some(line);
    };
    match after.chars().next() {
        // Tabs were expanded already, so `#\t` arrives here as `# `.
        None | Some(' ') => None,
        Some('#') => {
            let indent = line.len() - rest.len();
            let mut shown = String::with_capacity(line.len() - 1);
            shown.push_str(&line[..indent]);
            shown.push_str(after);
            Some(shown)
        }
        Some(_) => Some(line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[&str]) -> Vec<String> {
        text.iter().map(|&line| line.to_owned()).collect()
    }

    #[test]
    fn the_language_flags_and_hiding_come_from_the_info_string() {
        let info = read_info("rust,ignore,does_not_compile,edition2021", None);
        assert_eq!(info.label, "rust");
        assert_eq!(info.flags, [CodeFlag::DoesNotCompile, CodeFlag::Ignore]);
        assert_eq!(info.hide, Some(Hide::Rust));

        let info = read_info("python,hidelines=!!!", None);
        assert_eq!(info.label, "python");
        assert!(info.flags.is_empty());
        assert_eq!(info.hide, Some(Hide::Prefix("!!!".to_owned())));

        let info = read_info("panics panics {.rust}", None);
        assert_eq!(info.label, "panics");
        assert_eq!(info.flags, [CodeFlag::Panics]);
    }

    #[test]
    fn a_book_gives_prefixes_per_language_and_a_block_overrides_them() {
        let book = HashMap::from([("python".to_owned(), "~".to_owned())]);
        let hide = |info: &str| read_info(info, Some(&book)).hide;
        assert_eq!(hide("python"), Some(Hide::Prefix("~".to_owned())));
        assert_eq!(
            hide("python,hidelines=@"),
            Some(Hide::Prefix("@".to_owned()))
        );
        assert_eq!(hide("toml"), None);
        assert_eq!(
            hide("python,hidelines="),
            Some(Hide::Prefix("~".to_owned()))
        );
        assert_eq!(hide("rust,hidelines=~"), Some(Hide::Rust));
    }

    #[test]
    fn rust_hides_hash_space_lines_and_unescapes_double_hashes() {
        let code = lines(&[
            "# use std::io;",
            "#",
            "    # let hidden = 1;",
            "#[derive(Debug)]",
            "#![allow(unused)]",
            "#!/usr/bin/env run-cargo-script",
            "    ## shown with one hash",
            "##",
            "#x",
            "fn main() {}",
        ]);
        assert_eq!(
            shown_lines(code, Some(&Hide::Rust)),
            [
                "#[derive(Debug)]",
                "#![allow(unused)]",
                "#!/usr/bin/env run-cargo-script",
                "    # shown with one hash",
                "#",
                "#x",
                "fn main() {}",
            ]
        );
    }

    #[test]
    fn a_prefix_hides_the_lines_it_starts() {
        let code = lines(&["!!!import os", "  !!! also", "print(1)", "x = '!!!'"]);
        let hide = Hide::Prefix("!!!".to_owned());
        assert_eq!(shown_lines(code, Some(&hide)), ["print(1)", "x = '!!!'"]);
        let code = lines(&["# not rust"]);
        assert_eq!(shown_lines(code.clone(), None), code);
    }
}
