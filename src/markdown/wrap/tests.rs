use super::*;
use crate::markdown::document::{Flags, Run};
use std::sync::Arc;

fn lines(runs: &[Run], width: usize) -> Vec<String> {
    wrap(runs, width, Style::new(), &Theme::plain())
        .into_iter()
        .map(|l| l.spans.iter().map(|s| s.text.as_str()).collect())
        .collect()
}

fn text(s: &str) -> Run {
    Run::new(s, Flags::default(), None)
}

#[test]
fn wraps_at_spaces_and_collapses_them() {
    assert_eq!(
        lines(&[text("the  quick brown   fox")], 10),
        ["the quick", "brown fox"]
    );
}

#[test]
fn long_words_break_between_graphemes() {
    assert_eq!(lines(&[text("ab abcdefgh")], 3), ["ab", "abc", "def", "gh"]);
    assert_eq!(
        lines(&[text("e\u{301}e\u{301}e\u{301}")], 2),
        ["e\u{301}e\u{301}", "e\u{301}"]
    );
}

#[test]
fn long_words_prefer_to_break_after_a_hyphen() {
    assert_eq!(lines(&[text("write-through")], 10), ["write-", "through"]);
    assert_eq!(lines(&[text("--verbose")], 4), ["--ve", "rbos", "e"]);
}

#[test]
fn wide_characters_break_anywhere_and_never_overflow() {
    assert_eq!(lines(&[text("漢字かな")], 5), ["漢字", "かな"]);
    assert_eq!(lines(&[text("ab漢字")], 5), ["ab漢", "字"]);
    assert_eq!(lines(&[text("漢")], 1), [TOO_WIDE]);
}

#[test]
fn words_span_runs_without_a_space() {
    let runs = [
        text("foo"),
        Run::new("bar", Flags::STRONG, None),
        text(" baz"),
    ];
    assert_eq!(lines(&runs, 6), ["foobar", "baz"]);
}

#[test]
fn hard_breaks_end_lines() {
    let runs = [text("a"), Run::new("", Flags::BREAK, None), text("b")];
    assert_eq!(lines(&runs, 80), ["a", "b"]);
}

#[test]
fn no_break_space_holds_words_together() {
    assert_eq!(lines(&[text("a b\u{a0}c")], 3), ["a", "b\u{a0}c"]);
}

#[test]
fn spans_merge_by_style_and_keep_links() {
    let link: Arc<str> = "https://x".into();
    let runs = [
        text("see "),
        Run::new("the docs", Flags::LINK, Some(Arc::clone(&link))),
    ];
    let theme = Theme::default();
    let out = wrap(&runs, 80, Style::new(), &theme);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].spans.len(), 2);
    assert_eq!(out[0].spans[1].text, "the docs");
    assert_eq!(out[0].spans[1].link.as_deref(), Some("https://x"));
    assert_eq!(out[0].width, 12);
}
