//! Inline code marked in the text itself when the theme has no colour: without one,
//! `code` styled as prose would read as prose, so each stretch of inline code is
//! fenced with backticks, as Markdown writes it.
//!
//! The fences are runs of their own, laid out with the code's style and link, so the
//! wrapper counts their width and keeps them glued to the code (a line never starts
//! with a lone closing backtick). Nothing here changes the document: the fences exist
//! only in the runs handed to the wrapper.
use std::sync::Arc;

use super::document::{Flags, Inline};
use crate::theme::Theme;

/// Backticks to cut fences from: a fence is one longer than the longest run of
/// backticks inside its code, so the code's own backticks never close it.
const TICKS: &str = "````````````````";

/// Whether `runs` need fences: the theme has no colour and some run is code.
pub(crate) fn wanted<R: Inline>(theme: &Theme, runs: &[R]) -> bool {
    !theme.color && runs.iter().any(|run| is_code(run))
}

/// Whether layout fences inline code with this theme (for measuring words).
pub(crate) fn fenced(theme: &Theme) -> bool {
    !theme.color
}

fn is_code<R: Inline>(run: &R) -> bool {
    run.flags().contains(Flags::CODE) && !run.is_break()
}

/// A run as the wrapper reads it: one of the document's, part of one, or a fence
/// around code.
pub(crate) enum Marked<'a, R> {
    Run(&'a R),
    /// Some of a run's text, with its flags and link.
    Part(&'a R, &'a str),
    Fence {
        ticks: &'static str,
        flags: Flags,
        link: Option<&'a Arc<str>>,
    },
}

impl<R: Inline> Inline for Marked<'_, R> {
    fn text(&self) -> &str {
        match self {
            Self::Run(run) => run.text(),
            Self::Part(_, text) => text,
            Self::Fence { ticks, .. } => ticks,
        }
    }

    fn flags(&self) -> Flags {
        match self {
            Self::Run(run) | Self::Part(run, _) => run.flags(),
            Self::Fence { flags, .. } => *flags,
        }
    }

    fn link(&self) -> Option<&Arc<str>> {
        match self {
            Self::Run(run) | Self::Part(run, _) => run.link(),
            Self::Fence { link, .. } => *link,
        }
    }
}

/// `runs` with a fence before and after each stretch of consecutive code runs (a
/// `<code>` holding bold text is several runs, one stretch). The fences hug the code's
/// first and last visible characters: a space that starts or ends the stretch (a line
/// break before the code is one) stays outside, where a line may break.
pub(crate) fn fence_code<R: Inline>(runs: &[R]) -> Vec<Marked<'_, R>> {
    let mut out = Vec::with_capacity(runs.len() + 2);
    let mut at = 0;
    while let Some(run) = runs.get(at) {
        if !is_code(run) {
            out.push(Marked::Run(run));
            at += 1;
            continue;
        }
        let end = runs[at..]
            .iter()
            .position(|r| !is_code(r))
            .map_or(runs.len(), |n| at + n);
        fence_stretch(&runs[at..end], &mut out);
        at = end;
    }
    out
}

fn fence_stretch<'a, R: Inline>(stretch: &'a [R], out: &mut Vec<Marked<'a, R>>) {
    let longest = stretch.iter().map(|r| longest_ticks(r.text())).max();
    let ticks = &TICKS[..(longest.unwrap_or(0) + 1).min(TICKS.len())];
    let visible = |c: char| !c.is_whitespace();
    let first = stretch
        .iter()
        .enumerate()
        .find_map(|(i, r)| r.text().find(visible).map(|at| (i, at)));
    let last = stretch.iter().enumerate().rev().find_map(|(i, r)| {
        let text = r.text();
        let at = text.rfind(visible)?;
        Some((i, at + text[at..].chars().next().map_or(0, char::len_utf8)))
    });
    let (Some((open, open_at)), Some((close, close_at))) = (first, last) else {
        // Nothing but spaces: fenced whole.
        if let (Some(first), Some(last)) = (stretch.first(), stretch.last()) {
            out.push(fence(ticks, first));
            out.extend(stretch.iter().map(Marked::Run));
            out.push(fence(ticks, last));
        }
        return;
    };
    let part = |out: &mut Vec<Marked<'a, R>>, run: &'a R, text: &'a str| {
        if !text.is_empty() {
            out.push(Marked::Part(run, text));
        }
    };
    for (i, run) in stretch.iter().enumerate() {
        let text = run.text();
        let mut from = 0;
        if i == open {
            part(out, run, &text[..open_at]);
            out.push(fence(ticks, run));
            from = open_at;
        }
        if i == close {
            part(out, run, &text[from..close_at]);
            out.push(fence(ticks, run));
            part(out, run, &text[close_at..]);
        } else {
            part(out, run, &text[from..]);
        }
    }
}

/// A fence styled and linked as the code run beside it.
fn fence<'a, R: Inline>(ticks: &'static str, run: &'a R) -> Marked<'a, R> {
    Marked::Fence {
        ticks,
        flags: run.flags(),
        link: run.link(),
    }
}

/// The longest run of consecutive backticks in `text`.
fn longest_ticks(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::document::Run;

    fn texts(runs: &[Run]) -> Vec<String> {
        fence_code(runs)
            .iter()
            .map(|r| r.text().to_owned())
            .collect()
    }

    #[test]
    fn each_stretch_of_code_is_fenced_once() {
        let runs = [
            Run::new("use ", Flags::default(), None),
            Run::new("a ", Flags::CODE, None),
            Run::new("b", Flags::CODE.with(Flags::STRONG), None),
            Run::new(" now", Flags::default(), None),
        ];
        assert_eq!(texts(&runs), ["use ", "`", "a ", "b", "`", " now"]);
    }

    #[test]
    fn spaces_around_the_code_stay_outside_its_fences() {
        let runs = [
            Run::new("see", Flags::default(), None),
            Run::new(" a b ", Flags::CODE, None),
        ];
        assert_eq!(texts(&runs), ["see", " ", "`", "a b", "`", " "]);
        let runs = [Run::new(" ", Flags::CODE, None)];
        assert_eq!(texts(&runs), ["`", " ", "`"]);
    }

    #[test]
    fn a_fence_is_longer_than_the_backticks_inside() {
        let runs = [Run::new("a``b`", Flags::CODE, None)];
        assert_eq!(texts(&runs), ["```", "a``b`", "```"]);
    }
}
