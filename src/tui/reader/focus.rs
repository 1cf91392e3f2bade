//! What the reader's focus can rest on: the links, folds and quiz places of the
//! laid-out chapter, in reading order, and the stretches of line the focused one
//! covers (what the view draws reversed).
//!
//! Items are gathered once per layout from what the renderer reported
//! ([`Rendered::links`], [`Rendered::folds`], [`Rendered::quizzes`]); the focus is kept
//! by what it rests on, not by position, so it survives a new layout.
use crate::markdown::Rendered;

/// Something on the page that `Enter` acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A link, by its index in reading order ([`crate::markdown::LinkSpan::index`]).
    Link(usize),
    /// A `details` fold, by its index ([`crate::markdown::FoldLine::index`]).
    Fold(usize),
    /// A quiz place, by the quiz path its marker names.
    Quiz(String),
}

/// A target and where it starts on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub target: Target,
    pub line: usize,
    /// The display column it starts at.
    pub column: usize,
}

/// A stretch of a laid-out line: display columns `start..end` of line `line`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// Every target of a layout, in reading order (by line, then column).
pub fn items(rendered: &Rendered) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut last_link = None;
    for span in &rendered.links {
        if last_link != Some(span.index) {
            last_link = Some(span.index);
            items.push(Item {
                target: Target::Link(span.index),
                line: span.line,
                column: span.start,
            });
        }
    }
    items.extend(rendered.folds.iter().map(|fold| Item {
        target: Target::Fold(fold.index),
        line: fold.line,
        column: 0,
    }));
    items.extend(rendered.quizzes.iter().map(|quiz| Item {
        target: Target::Quiz(quiz.src.clone()),
        line: quiz.line,
        column: 0,
    }));
    items.sort_by_key(|item| (item.line, item.column));
    items
}

/// The stretches `target` covers in a layout: every piece of a link (a wrapped one
/// has two), or the text of a fold's summary line or a quiz place's first line.
pub fn marks(rendered: &Rendered, target: &Target) -> Vec<Mark> {
    let whole_line = |line: usize| {
        let Some(text) = rendered.lines.get(line) else {
            return Vec::new();
        };
        let plain = text.text();
        let lead = plain.chars().take_while(|c| *c == ' ').count();
        vec![Mark {
            line,
            start: lead,
            end: text.width(),
        }]
    };
    match target {
        Target::Link(index) => rendered
            .links
            .iter()
            .filter(|span| span.index == *index)
            .map(|span| Mark {
                line: span.line,
                start: span.start,
                end: span.end,
            })
            .collect(),
        Target::Fold(index) => rendered
            .folds
            .iter()
            .find(|fold| fold.index == *index)
            .map_or_else(Vec::new, |fold| whole_line(fold.line)),
        Target::Quiz(src) => rendered
            .quizzes
            .iter()
            .find(|quiz| &quiz.src == src)
            .map_or_else(Vec::new, |quiz| whole_line(quiz.line)),
    }
}

/// The address a link leads to.
pub fn link_target(rendered: &Rendered, index: usize) -> Option<&str> {
    rendered
        .links
        .iter()
        .find(|span| span.index == index)
        .map(|span| span.target.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::{LayoutOptions, parse};
    use crate::theme::Theme;

    fn rendered(src: &str) -> Rendered {
        parse(src).render_with(30, &Theme::plain(), &LayoutOptions::default())
    }

    #[test]
    fn items_come_in_reading_order() {
        let page = rendered(
            "See [one](a.md) and [two](b.md).\n\n<details><summary>More</summary>\n\nHidden [x](c.md).\n\n</details>\n\n<tutor-quiz src=\"q.toml\"></tutor-quiz>\n\nLast [three](d.md).\n",
        );
        let targets: Vec<Target> = items(&page).into_iter().map(|i| i.target).collect();
        assert_eq!(
            targets,
            [
                Target::Link(0),
                Target::Link(1),
                Target::Fold(0),
                Target::Quiz("q.toml".to_owned()),
                Target::Link(2),
            ]
        );
        assert_eq!(link_target(&page, 2), Some("d.md"));
    }

    #[test]
    fn a_wrapped_link_is_marked_on_both_lines() {
        let page = rendered("Some words then [a link that wraps over](x.md).\n");
        let marks = marks(&page, &Target::Link(0));
        assert_eq!(marks.len(), 2, "{marks:?}");
        assert_eq!(marks[1].line, marks[0].line + 1);
        assert!(marks.iter().all(|m| m.start < m.end));
    }
}
