//! Quiz text laid out for a terminal: the one place quiz Markdown meets the renderer,
//! so the command line and the TUI show a question the same way.
//!
//! It owns what mdbook-quiz adds to Markdown: in code, text between `` `[ `` and
//! `` ]` `` is highlighted (shown bold and underlined, which shows without colour too)
//! and the marks themselves are never shown; a tracing program is shown as Rust with
//! its line numbers in a gutter; and a question is summed up in one short line for
//! verdicts and lists. It only lays out: it never writes to a terminal.
use super::{Question, QuestionKind};
use crate::markdown::{self, LineKind, StyledLine, StyledSpan};
use crate::theme::Theme;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthChar;

/// What a tracing question's headline starts with, before its program's first line.
pub const TRACING_HEADLINE: &str = "What does this program do?";

/// Quiz Markdown laid out at `width` columns (at least 1), highlight marks applied.
pub fn layout(text: &str, width: usize, theme: &Theme) -> Vec<StyledLine> {
    let mut lines = markdown::parse(text).layout(width.max(1), theme);
    for line in &mut lines {
        mark_highlights(line);
    }
    lines
}

/// A tracing question's program as a Rust code block, each line of the program with
/// its number in a gutter before it (the frame's lines with blanks there), so a
/// learner can name the line of an error as the answer names it.
pub fn program(program: &str, theme: &Theme) -> Vec<StyledLine> {
    let count = program.lines().count();
    // A fence longer than any run of backticks in the program, so none can close it.
    let longest_run = program.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest_run.max(2) + 1);
    let fenced = format!("{fence}rust\n{program}\n{fence}\n");
    // Code is never wrapped, so the width only matters to the frame.
    let mut lines = layout(&fenced, 1000, theme);
    let digits = count.max(1).to_string().len();
    let framed = lines.len() == count + 2;
    for (i, line) in lines.iter_mut().enumerate() {
        let number = (framed && (1..=count).contains(&i)).then_some(i);
        let gutter = number.map_or_else(|| " ".repeat(digits + 1), |n| format!("{n:>digits$} "));
        line.spans.insert(
            0,
            StyledSpan {
                text: gutter,
                style: theme.muted,
                link: None,
            },
        );
    }
    lines
}

/// The question in one line of at most `max` columns, for verdicts and lists: its
/// prompt's first line as plain text (a tracing question's: what it asks and its
/// program's first line, past `fn main() {`), cut with `…` when longer.
pub fn headline(question: &Question, max: usize) -> String {
    let text = match &question.kind {
        QuestionKind::Tracing { program, .. } => {
            // `fn main() {` opens most programs and tells them apart from none.
            let mut lines = program.lines().map(str::trim).filter(|l| !l.is_empty());
            let first = lines.next().unwrap_or_default();
            let telling = if first.replace(' ', "") == "fnmain(){" {
                lines.next().unwrap_or(first)
            } else {
                first
            };
            format!("{TRACING_HEADLINE} {telling}")
        }
        _ => first_line(&question.prompt),
    };
    shorten(text.trim(), max)
}

/// The first line of some Markdown with text on it, as plain text.
fn first_line(text: &str) -> String {
    layout(text, 1000, &Theme::plain())
        .iter()
        .map(StyledLine::plain)
        .map(|line| line.trim().to_owned())
        .find(|line| !line.is_empty())
        .unwrap_or_default()
}

/// `text` cut to at most `max` columns, ending in `…` when it was cut.
fn shorten(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= max {
        return text.to_owned();
    }
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    let mut out = out.trim_end().to_owned();
    out.push('…');
    out
}

/// In a line of code, removes each pair of `` `[ `` … `` ]` `` marks and emphasises
/// what is between them. A mark with no partner on its line is code, left as written.
fn mark_highlights(line: &mut StyledLine) {
    if line.kind != LineKind::Code || !line.spans.iter().any(|s| s.text.contains('`')) {
        return;
    }
    // Every character with the span it came from: marks may straddle two spans.
    let chars: Vec<(usize, char)> = line
        .spans
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.text.chars().map(move |c| (i, c)))
        .collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut kept: Vec<(usize, char, bool)> = Vec::with_capacity(chars.len());
    let mut k = 0;
    let mut found = false;
    while k < chars.len() {
        if at(k) == Some('`') && at(k + 1) == Some('[') {
            let close =
                (k + 2..chars.len()).find(|&j| at(j) == Some(']') && at(j + 1) == Some('`'));
            if let Some(close) = close {
                found = true;
                kept.extend(chars[k + 2..close].iter().map(|&(i, c)| (i, c, true)));
                k = close + 2;
                continue;
            }
        }
        let (i, c) = chars[k];
        kept.push((i, c, false));
        k += 1;
    }
    if !found {
        return;
    }
    let mut spans: Vec<StyledSpan> = Vec::new();
    let mut current: Option<(usize, bool)> = None;
    for (i, c, marked) in kept {
        if current != Some((i, marked)) {
            let source = &line.spans[i];
            let mut style = source.style;
            if marked {
                style = style.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
            }
            spans.push(StyledSpan {
                text: String::new(),
                style,
                link: source.link.clone(),
            });
            current = Some((i, marked));
        }
        if let Some(span) = spans.last_mut() {
            span.text.push(c);
        }
    }
    line.spans = spans;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[StyledLine]) -> Vec<String> {
        lines.iter().map(StyledLine::plain).collect()
    }

    #[test]
    fn highlight_marks_in_code_are_removed_and_what_they_hold_emphasised() {
        let lines = layout("```rust\nlet `[x]` = `[1]`;\n```\n", 40, &Theme::plain());
        let code = lines.iter().find(|l| l.plain().contains("let")).unwrap();
        assert!(code.plain().ends_with("let x = 1;"), "{:?}", code.plain());
        let marked: Vec<&str> = code
            .spans
            .iter()
            .filter(|s| {
                s.style
                    .add_modifier
                    .contains(Modifier::UNDERLINED | Modifier::BOLD)
            })
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["x", "1"]);
    }

    #[test]
    fn highlight_marks_survive_colour_and_a_lone_mark_is_code() {
        let lines = layout(
            "```rust\nlet `[x]` = 1; // `[\n```\n",
            60,
            &Theme::new(crate::theme::ThemeKind::Dark, true),
        );
        let code: Vec<String> = plain(&lines);
        assert!(
            code.iter().any(|l| l.ends_with("let x = 1; // `[")),
            "{code:?}"
        );
    }

    #[test]
    fn marks_outside_code_are_left_alone() {
        let lines = layout("Write \\`[x]\\` here.", 40, &Theme::plain());
        assert_eq!(plain(&lines), ["Write `[x]` here."]);
    }

    #[test]
    fn a_program_has_its_line_numbers_in_a_gutter() {
        let program = "fn main() {\n    println!(\"hi\");\n}";
        let lines = plain(&program_lines(program));
        assert_eq!(lines.len(), 5, "{lines:?}");
        assert!(lines[1].starts_with("1 ") && lines[1].ends_with("fn main() {"));
        assert!(lines[2].starts_with("2 ") && lines[2].ends_with("println!(\"hi\");"));
        assert!(lines[3].starts_with("3 ") && lines[3].ends_with('}'));
        assert!(lines[0].starts_with("  ") && lines[4].starts_with("  "));
    }

    fn program_lines(program: &str) -> Vec<StyledLine> {
        super::program(program, &Theme::plain())
    }

    #[test]
    fn ten_lines_or_more_get_a_wider_gutter() {
        let program = (1..=10)
            .map(|i| format!("let x{i} = {i};"))
            .collect::<Vec<_>>()
            .join("\n");
        let lines = plain(&program_lines(&program));
        assert!(lines[1].starts_with(" 1 "), "{:?}", lines[1]);
        assert!(lines[10].starts_with("10 "), "{:?}", lines[10]);
    }

    #[test]
    fn headlines_are_one_short_plain_line() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("a longer sentence", 10), "a longer…");
        assert_eq!(
            first_line("\n\nWhat is **this**?\n\nMore."),
            "What is this?"
        );
    }
}
