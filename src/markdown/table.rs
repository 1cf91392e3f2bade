//! GFM tables: column widths by display width, wrapped and aligned cells, box borders.
//!
//! Every line produced fits the width it is given. When even narrow columns cannot fit,
//! the table is shown as stacked `header: value` lines instead, so a table never forces
//! a line wider than the screen. Lines are handed on one at a time as they are made,
//! and cells are wrapped from the text the table holds, never copied first.
use ratatui::style::Style;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::StyledSpan;
use super::cells::CellText;
use super::document::{Align, Flags, Table};
use super::marks;
use super::text::spaces;
use super::wrap::{Wrapped, wrap};
use crate::theme::Theme;

/// Columns narrower than this (when their text is wider) make the table unreadable;
/// below it the stacked form is used.
const MIN_COLUMN: usize = 3;

/// Border characters of one horizontal line: left, fill, junction, right.
type Edge = [&'static str; 4];
const TOP: Edge = ["┌", "─", "┬", "┐"];
const MIDDLE: Edge = ["├", "─", "┼", "┤"];
const BOTTOM: Edge = ["└", "─", "┴", "┘"];

/// What the cells of one column need: their widest line unwrapped, and of the body
/// cells alone, the widest line and whether any has more than one line.
#[derive(Debug, Clone, Copy, Default)]
struct Measure {
    natural: usize,
    body: usize,
    body_breaks: bool,
}

/// Lays `table` out at `width`, handing each line to `emit` as it is made: the
/// lines are never all held at once.
pub(crate) fn layout_table(
    table: &Table,
    width: usize,
    theme: &Theme,
    emit: &mut dyn FnMut(Wrapped),
) {
    let columns = table.columns();
    let overhead = 3 * columns + 1;
    // Every column takes at least one column of text: a table this wide is stacked
    // whatever its cells hold, without measuring a million of them first.
    if width < overhead + columns {
        return stacked(table, width, theme, emit);
    }
    let measures: Vec<Measure> = (0..columns).map(|c| measure(table, c, theme)).collect();
    let natural: Vec<usize> = measures.iter().map(|m| m.natural).collect();
    let least: Vec<usize> = (0..columns)
        .map(|c| natural[c].min(MIN_COLUMN).max(widest_char(table, c)))
        .collect();
    let words: Vec<usize> = (0..columns)
        .map(|c| longest_word(table, c, theme).clamp(least[c], natural[c].max(least[c])))
        .collect();
    if width < overhead + least.iter().sum::<usize>() {
        return stacked(table, width, theme, emit);
    }
    let widths = column_widths(&natural, &words, &least, width - overhead);
    // Rows get rules between them when a body cell takes more than one line. Beside
    // cells with lines of their own, only one wider than its column can; only the
    // columns holding such a cell are wrapped to find out.
    let ruled = measures
        .iter()
        .zip(&widths)
        .enumerate()
        .any(|(column, (m, &w))| {
            m.body_breaks
                || (m.body > w
                    && (1..table.rows()).any(|row| {
                        let runs: Vec<CellText<'_>> = table.cell(row, column).collect();
                        wrap(&runs, w, Style::new(), theme).len() > 1
                    }))
        });
    emit(edge(&widths, TOP, theme));
    let header = cells(table, 0, &widths, theme.table_header, theme);
    row_lines(&header, &widths, &table.aligns, theme, emit);
    emit(edge(&widths, MIDDLE, theme));
    for row in 1..table.rows() {
        if ruled && row > 1 {
            emit(edge(&widths, MIDDLE, theme));
        }
        let body = cells(table, row, &widths, theme.text, theme);
        row_lines(&body, &widths, &table.aligns, theme, emit);
    }
    emit(edge(&widths, BOTTOM, theme));
}

/// Column widths within `budget`: first enough for each column's longest word (the
/// columns that need least extra first, so as few words as possible break), then the
/// narrowest columns grow, one column at a time, towards their natural width.
fn column_widths(natural: &[usize], words: &[usize], least: &[usize], budget: usize) -> Vec<usize> {
    if natural.iter().sum::<usize>() <= budget {
        return natural.to_vec();
    }
    let mut widths = least.to_vec();
    let mut left = budget.saturating_sub(widths.iter().sum());
    let mut by_need: Vec<usize> = (0..widths.len()).collect();
    by_need.sort_by_key(|&c| words[c].saturating_sub(widths[c]));
    for column in by_need {
        let extra = words[column].saturating_sub(widths[column]).min(left);
        widths[column] += extra;
        left -= extra;
    }
    while left > 0 {
        let growable = (0..widths.len()).filter(|&c| widths[c] < natural[c]);
        let Some(column) = growable.min_by_key(|&c| widths[c]) else {
            break;
        };
        widths[column] += 1;
        left -= 1;
    }
    widths
}

/// The cells of a column wrapped at no width at all: their widest line (at least 1).
fn measure(table: &Table, column: usize, theme: &Theme) -> Measure {
    let mut measure = Measure::default();
    let mut runs = Vec::new();
    for row in 0..table.rows() {
        runs.clear();
        runs.extend(table.cell(row, column));
        let lines = wrap(&runs, usize::MAX / 2, Style::new(), theme);
        let widest = lines.iter().map(|line| line.width).max().unwrap_or(0);
        measure.natural = measure.natural.max(widest);
        if row > 0 {
            measure.body = measure.body.max(widest);
            measure.body_breaks |= lines.len() > 1;
        }
    }
    measure.natural = measure.natural.max(1);
    measure
}

/// The widest whitespace-separated word in a column (a word of inline code counted
/// with the backticks fencing it when there is no colour).
fn longest_word(table: &Table, column: usize, theme: &Theme) -> usize {
    let fencing = marks::fenced(theme);
    (0..table.rows())
        .flat_map(|row| table.cell(row, column))
        .flat_map(|run| {
            let fences = if fencing && run.flags.contains(Flags::CODE) {
                2
            } else {
                0
            };
            run.text
                .split_whitespace()
                .map(move |word| word.width() + fences)
        })
        .max()
        .unwrap_or(0)
}

/// The widest single character in a column, so a column can hold any of its glyphs.
fn widest_char(table: &Table, column: usize) -> usize {
    (0..table.rows())
        .flat_map(|row| table.cell(row, column))
        .flat_map(|run| run.text.chars())
        .map(|c| c.width().unwrap_or(0))
        .max()
        .unwrap_or(1)
        .clamp(1, 2)
}

/// The cells of `row`, each wrapped at its column's width.
fn cells(
    table: &Table,
    row: usize,
    widths: &[usize],
    base: Style,
    theme: &Theme,
) -> Vec<Vec<Wrapped>> {
    let mut runs = Vec::new();
    widths
        .iter()
        .enumerate()
        .map(|(column, &w)| {
            runs.clear();
            runs.extend(table.cell(row, column));
            wrap(&runs, w, base, theme)
        })
        .collect()
}

fn row_lines(
    row: &[Vec<Wrapped>],
    widths: &[usize],
    aligns: &[Align],
    theme: &Theme,
    emit: &mut dyn FnMut(Wrapped),
) {
    let height = row.iter().map(Vec::len).max().unwrap_or(0).max(1);
    for line in 0..height {
        let mut out = Wrapped::default();
        push(&mut out, "│", 1, theme.table_border);
        for (column, &w) in widths.iter().enumerate() {
            let part = row.get(column).and_then(|cell| cell.get(line));
            let used = part.map_or(0, |p| p.width.min(w));
            let before = match aligns.get(column) {
                Some(Align::Right) => w - used,
                Some(Align::Center) => (w - used) / 2,
                Some(Align::Left) | None => 0,
            };
            push(&mut out, &spaces(before + 1), before + 1, theme.text);
            if let Some(part) = part {
                out.spans.extend(part.spans.iter().cloned());
                out.width += used;
            }
            let after = w - used - before + 1;
            push(&mut out, &spaces(after), after, theme.text);
            push(&mut out, "│", 1, theme.table_border);
        }
        emit(out);
    }
}

fn edge(widths: &[usize], [left, fill, junction, right]: Edge, theme: &Theme) -> Wrapped {
    let mut text = String::from(left);
    for (column, &w) in widths.iter().enumerate() {
        if column > 0 {
            text.push_str(junction);
        }
        text.push_str(&fill.repeat(w + 2));
    }
    text.push_str(right);
    let width = widths.iter().map(|w| w + 3).sum::<usize>() + 1;
    Wrapped {
        spans: vec![span(text, theme.table_border)],
        width,
    }
}

/// The narrow form: each row as `header: value` paragraphs, rows divided by rules.
/// A table of only a header row shows its cells alone.
fn stacked(table: &Table, width: usize, theme: &Theme, emit: &mut dyn FnMut(Wrapped)) {
    let width = width.max(1);
    let label = CellText {
        text: ": ",
        flags: Flags::STRONG,
        link: None,
    };
    let rows = if table.rows() > 1 {
        1..table.rows()
    } else {
        0..1
    };
    let mut runs: Vec<CellText<'_>> = Vec::new();
    for row in rows {
        if row > 1 {
            emit(Wrapped {
                spans: vec![span("─".repeat(width), theme.table_border)],
                width,
            });
        }
        for column in 0..table.columns() {
            runs.clear();
            if row > 0 {
                let header = table.cell(0, column).map(|run| CellText {
                    flags: run.flags.with(Flags::STRONG),
                    ..run
                });
                runs.extend(header);
                if !runs.is_empty() {
                    runs.push(label);
                }
            }
            runs.extend(table.cell(row, column));
            for line in wrap(&runs, width, theme.text, theme) {
                emit(line);
            }
        }
    }
}

fn push(line: &mut Wrapped, text: &str, width: usize, style: Style) {
    if text.is_empty() {
        return;
    }
    line.width += width;
    match line.spans.last_mut() {
        Some(last) if last.style == style && last.link.is_none() => last.text.push_str(text),
        _ => line.spans.push(span(text.to_owned(), style)),
    }
}

fn span(text: String, style: Style) -> StyledSpan {
    StyledSpan {
        text,
        style,
        link: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_widths_when_they_fit() {
        assert_eq!(column_widths(&[3, 10], &[3, 5], &[3, 3], 20), vec![3, 10]);
    }

    #[test]
    fn longest_words_first_then_narrow_columns_grow() {
        assert_eq!(
            column_widths(&[4, 30, 30], &[4, 3, 3], &[3, 3, 3], 24),
            vec![4, 10, 10]
        );
        assert_eq!(column_widths(&[1, 50], &[1, 3], &[1, 3], 10), vec![1, 9]);
        assert_eq!(
            column_widths(&[13, 11, 6, 33], &[13, 4, 6, 7], &[3; 4], 27),
            vec![10, 4, 6, 7]
        );
    }
}
