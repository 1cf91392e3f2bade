//! `sup` and `sub` in a terminal, where text cannot be raised: `2<sup>7</sup> − 1`
//! must not read `27 − 1`.
//!
//! Text made only of characters Unicode has superscript (subscript) forms for —
//! digits, `+ − = ( )`, and `n` and `i` raised — takes those forms, spaces dropped:
//! `2⁷ − 1`, `2ⁿ⁻¹`, `H₂O`. Anything else keeps its characters behind a `^` (`_`),
//! in parentheses unless it is one word of letters and digits: `2^k`, `x^(a+b)`,
//! `log_b`, `x_(max value)`. Either way the number reads as the author meant.
use std::sync::Arc;

use crate::markdown::document::Run;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Super,
    Sub,
}

impl Script {
    fn unicode(self, c: char) -> Option<char> {
        let raised = match (self, c) {
            (Self::Super, '0') => '⁰',
            (Self::Super, '1') => '¹',
            (Self::Super, '2') => '²',
            (Self::Super, '3') => '³',
            (Self::Super, '4'..='9') => char::from_u32(0x2074 + (c as u32 - '4' as u32))?,
            (Self::Super, '+') => '⁺',
            (Self::Super, '-' | '−') => '⁻',
            (Self::Super, '=') => '⁼',
            (Self::Super, '(') => '⁽',
            (Self::Super, ')') => '⁾',
            (Self::Super, 'n') => 'ⁿ',
            (Self::Super, 'i') => 'ⁱ',
            (Self::Sub, '0'..='9') => char::from_u32(0x2080 + (c as u32 - '0' as u32))?,
            (Self::Sub, '+') => '₊',
            (Self::Sub, '-' | '−') => '₋',
            (Self::Sub, '=') => '₌',
            (Self::Sub, '(') => '₍',
            (Self::Sub, ')') => '₎',
            _ => return None,
        };
        Some(raised)
    }

    fn sign(self) -> char {
        match self {
            Self::Super => '^',
            Self::Sub => '_',
        }
    }
}

/// Raises or lowers the text of `runs[at + 1..]`; `runs[at]` is where the element
/// opened (its tag already hidden), and takes the `^` when one is needed.
pub(crate) fn apply(script: Script, runs: &mut Vec<Run>, at: usize) {
    let Some(inner) = runs.get(at + 1..) else {
        return;
    };
    let text: String = inner
        .iter()
        .filter(|run| !run.is_break())
        .map(|run| run.text.as_str())
        .collect();
    let word = text.trim();
    if word.is_empty() {
        return;
    }
    if word
        .chars()
        .all(|c| c.is_whitespace() || script.unicode(c).is_some())
    {
        for run in &mut runs[at + 1..] {
            run.text = run.text.chars().filter_map(|c| script.unicode(c)).collect();
        }
        return;
    }
    let bare = word.chars().all(char::is_alphanumeric);
    let (flags, link): (_, Option<Arc<str>>) = (runs[at].flags, runs[at].link.clone());
    runs[at].text.push(script.sign());
    if !bare {
        runs[at].text.push('(');
        runs.push(Run::new(")", flags, link));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::document::Flags;

    fn scripted(script: Script, parts: &[&str]) -> String {
        let mut runs = vec![Run::new("x", Flags::default(), None)];
        runs.extend(parts.iter().map(|p| Run::new(*p, Flags::default(), None)));
        apply(script, &mut runs, 0);
        runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn digits_and_signs_take_unicode_forms() {
        assert_eq!(scripted(Script::Super, &["7"]), "x⁷");
        assert_eq!(scripted(Script::Super, &["n − ", "1"]), "xⁿ⁻¹");
        assert_eq!(scripted(Script::Sub, &["2"]), "x₂");
        assert_eq!(
            scripted(Script::Super, &["0123456789+-=()"]),
            "x⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾"
        );
        assert_eq!(
            scripted(Script::Sub, &["0123456789+-=()"]),
            "x₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎"
        );
    }

    #[test]
    fn other_text_keeps_its_characters_behind_a_sign() {
        assert_eq!(scripted(Script::Super, &["k"]), "x^k");
        assert_eq!(scripted(Script::Super, &["a+b"]), "x^(a+b)");
        assert_eq!(scripted(Script::Sub, &["max"]), "x_max");
        assert_eq!(scripted(Script::Sub, &["i", " j"]), "x_(i j)");
        assert_eq!(scripted(Script::Super, &[" "]), "x ");
    }
}
