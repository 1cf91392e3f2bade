//! The language of unlabelled fenced code in mdbook-quiz Markdown.
//!
//! mdbook-quiz highlights a fence without a language as the book's
//! `[preprocessor.quiz] default-language` (Rust when unset); the renderer here leaves
//! unlabelled code plain. So at load every opening fence without an info string gets
//! the default language written in, and the renderer highlights it as mdbook-quiz
//! would. A line scan, not a Markdown parse: fences are line-based, and a fence inside
//! a list item or a block quote is found by looking past its indentation and `>`s.

/// `text` with `language` added to every opening code fence that names none.
pub(super) fn label_fences(text: &str, language: &str) -> String {
    if language.is_empty() || !(text.contains("```") || text.contains("~~~")) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 16);
    // The fence character and length of the open block, if one is open.
    let mut open: Option<(char, usize)> = None;
    for piece in text.split_inclusive('\n') {
        let (body, ending) = match piece.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (piece, ""),
        };
        let start = body.len() - body.trim_start_matches([' ', '\t', '>']).len();
        let rest = &body[start..];
        match (open, fence(rest)) {
            (None, Some((mark, len, info))) => {
                open = Some((mark, len));
                out.push_str(body);
                if info.trim().is_empty() {
                    out.truncate(out.len() - info.len());
                    out.push_str(language);
                }
            }
            (Some((mark, len)), Some((m, l, info)))
                if m == mark && l >= len && info.trim().is_empty() =>
            {
                open = None;
                out.push_str(body);
            }
            _ => out.push_str(body),
        }
        out.push_str(ending);
    }
    out
}

/// A fence line: its character, its length and its info string.
fn fence(line: &str) -> Option<(char, usize, &str)> {
    let mark = line.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let len = line.len() - line.trim_start_matches(mark).len();
    if len < 3 {
        return None;
    }
    let info = &line[len..];
    // A backtick fence's info string may not hold a backtick (CommonMark).
    (mark == '~' || !info.contains('`')).then_some((mark, len, info))
}

#[cfg(test)]
mod tests {
    use super::label_fences;

    #[test]
    fn unlabelled_fences_get_the_language_and_labelled_ones_keep_theirs() {
        let text = "Look:\n\n```\nlet x = 1;\n```\n\n```python\nx = 1\n```\n";
        assert_eq!(
            label_fences(text, "rust"),
            "Look:\n\n```rust\nlet x = 1;\n```\n\n```python\nx = 1\n```\n"
        );
    }

    #[test]
    fn closing_fences_and_fences_inside_code_are_left_alone() {
        let text = "````\n```\ninner\n```\n````\n~~~  \ncode\n~~~";
        assert_eq!(
            label_fences(text, "go"),
            "````go\n```\ninner\n```\n````\n~~~go\ncode\n~~~"
        );
    }

    #[test]
    fn fences_in_lists_and_quotes_are_found() {
        assert_eq!(
            label_fences("- a\n\n  ```\n  x\n  ```\n> ```\n> y\n> ```\n", "rust"),
            "- a\n\n  ```rust\n  x\n  ```\n> ```rust\n> y\n> ```\n"
        );
    }

    #[test]
    fn text_without_fences_or_without_a_language_is_unchanged() {
        assert_eq!(label_fences("`inline` code", "rust"), "`inline` code");
        assert_eq!(label_fences("```\nx\n```", ""), "```\nx\n```");
        assert_eq!(label_fences("``not a fence``", "rust"), "``not a fence``");
    }
}
