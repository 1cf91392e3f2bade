//! Removing terminal control characters from untrusted text.
//!
//! Everything a course supplies (chapter text, link addresses, titles, quiz prompts,
//! metadata, file and folder names) and every value read back from the progress file
//! passes through here before it can reach a terminal, so no course can move the
//! cursor, clear the screen, set the clipboard (OSC 52), ring the bell or reorder what
//! is shown with bidi controls. This module must never be bypassed, and never alters
//! anything but control characters.
use std::borrow::Cow;

/// True for every C0 control (U+0000..=U+001F), DEL (U+007F), C1 control
/// (U+0080..=U+009F) and bidi control: the embeddings and overrides U+202A..=U+202E
/// and the isolates U+2066..=U+2069. Bidi controls print nothing themselves but make
/// the terminal show text in another order than it is (a file name that reads
/// `txt.exe` as `exe.txt`), so they are as unwelcome as escapes.
pub fn is_control(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Text the command line prints that it did not lay out itself (messages naming
/// files and folders, warnings, listings, values from the progress file): every
/// control removed but the line breaks and tabs that shape the output.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    strip_controls_keep_layout(text)
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
    fn removes_bidi_embeddings_overrides_and_isolates() {
        let dirty =
            "a\u{202a}b\u{202b}c\u{202c}d\u{202d}e\u{202e}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j";
        assert_eq!(strip_controls(dirty), "abcdefghij");
        assert_eq!(
            for_terminal("x\u{202e}\ny\tz\u{1b}]0;t\u{7}"),
            "x\ny\tz]0;t"
        );
        // Marks that only hint at direction (LRM, RLM) are ordinary text here.
        assert_eq!(strip_controls("a\u{200e}b"), "a\u{200e}b");
        // Marks and joiners are text, not controls.
        let kept = "\u{200e}\u{200f}\u{61c}\u{200d}\u{2065}\u{206a}\u{2029}";
        assert!(matches!(strip_controls(kept), Cow::Borrowed(_)));
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
