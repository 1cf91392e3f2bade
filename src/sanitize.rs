//! Removing terminal control characters from untrusted text.
//!
//! Everything a course supplies (chapter text, link addresses, titles, quiz prompts,
//! metadata) passes through here after parsing and before it can reach a terminal, so
//! no course can move the cursor, clear the screen, set the clipboard (OSC 52) or ring
//! the bell. This module must never be bypassed for course content, and never alters
//! anything but control characters.
use std::borrow::Cow;

/// True for every C0 control (U+0000..=U+001F), DEL (U+007F) and C1 control
/// (U+0080..=U+009F).
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

/// Removes every control character. Tabs and line breaks are removed as well: callers
/// that need them (code blocks) use [`strip_controls_keep_layout`].
pub fn strip_controls(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_control) {
        Cow::Owned(text.chars().filter(|&c| !is_control(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Removes every control character except `\n` and `\t`, which carry layout in code
/// blocks and multi-line text. A lone `\r` is dropped, so `\r\n` becomes `\n`.
pub fn strip_controls_keep_layout(text: &str) -> Cow<'_, str> {
    let keep = |c: char| !is_control(c) || c == '\n' || c == '\t';
    if text.chars().all(keep) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| keep(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_c0_del_and_c1() {
        let dirty = "a\u{1b}[2Jb\u{7}c\u{7f}d\u{9b}e\u{85}f\u{90}g";
        assert_eq!(strip_controls(dirty), "a[2Jbcdefg");
    }

    #[test]
    fn keeps_clean_text_borrowed() {
        assert!(matches!(
            strip_controls("plain — ünïcode 漢字"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn layout_variant_keeps_newline_and_tab_only() {
        assert_eq!(
            strip_controls_keep_layout("a\tb\r\nc\u{1b}]52;c;eA==\u{7}"),
            "a\tb\nc]52;c;eA=="
        );
    }
}
