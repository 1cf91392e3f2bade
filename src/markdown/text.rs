//! Small text transformations shared by parsing and layout: sanitizing decoded text,
//! expanding tabs, and measuring display width.
//!
//! Sanitizing goes through `crate::sanitize`; this module only decides which layout
//! characters (tabs, line breaks) survive in which context.
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::sanitize::{is_control, strip_controls, strip_controls_keep_layout};

/// Tab stops in code blocks, in columns.
const TAB_STOP: usize = 4;

/// Prose text with every control removed; tabs and line breaks become spaces so the
/// words on either side stay apart.
pub(crate) fn clean_inline(text: &str) -> String {
    if !text.chars().any(is_control) {
        return text.to_owned();
    }
    let spaced: String = text
        .chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r' | '\u{b}' | '\u{c}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    strip_controls(&spaced).into_owned()
}

/// Code split into lines with every control but the line breaks removed and tabs
/// expanded; the final line break does not start an extra line.
pub(crate) fn clean_code(text: &str) -> Vec<String> {
    let clean = strip_controls_keep_layout(text);
    let body = clean.strip_suffix('\n').unwrap_or(&clean);
    if body.is_empty() && clean.is_empty() {
        return Vec::new();
    }
    body.split('\n').map(expand_tabs).collect()
}

/// Replaces each tab by spaces up to the next tab stop, counting display columns.
pub(crate) fn expand_tabs(line: &str) -> String {
    if !line.contains('\t') {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + TAB_STOP);
    let mut column = 0;
    for c in line.chars() {
        if c == '\t' {
            let spaces = TAB_STOP - column % TAB_STOP;
            out.extend(std::iter::repeat_n(' ', spaces));
            column += spaces;
        } else {
            out.push(c);
            column += c.width().unwrap_or(0);
        }
    }
    out
}

/// The language word of a fenced code block's info string: ```` ```rust,ignore ````,
/// ```` ```{.python} ```` and ```` ``` TS ```` give `rust`, `python` and `TS`.
pub(crate) fn code_label(info: &str) -> String {
    let clean = strip_controls(info);
    let word = clean
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '{' | '}'))
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    word.trim_start_matches('.').to_owned()
}

/// Display width of one grapheme cluster, or of any string.
pub(crate) fn width(text: &str) -> usize {
    text.width()
}

/// Spaces of the given width.
pub(crate) fn spaces(count: usize) -> String {
    " ".repeat(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_text_loses_controls_but_keeps_word_breaks() {
        assert_eq!(clean_inline("a\u{1b}[2Jb\tc\u{9b}d\ne"), "a[2Jb cd e");
    }

    #[test]
    fn code_keeps_lines_and_expands_tabs() {
        assert_eq!(clean_code("a\tb\r\n\tc\u{7}\n"), vec!["a   b", "    c"]);
        assert_eq!(clean_code("x\n\n"), vec!["x", ""]);
        assert!(clean_code("").is_empty());
    }

    #[test]
    fn tabs_count_wide_characters() {
        assert_eq!(expand_tabs("漢\tx"), "漢  x");
        assert_eq!(expand_tabs("abcd\te"), "abcd    e");
    }

    #[test]
    fn code_label_takes_the_first_word() {
        assert_eq!(code_label("rust,ignore"), "rust");
        assert_eq!(code_label(" {.python .numberLines}"), "python");
        assert_eq!(code_label("t\u{1b}s extra"), "ts");
        assert_eq!(code_label(""), "");
    }
}
