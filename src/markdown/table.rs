//! GFM tables: column widths by display width, wrapped and aligned cells, box borders.
//!
//! Every line produced fits the width it is given. When even narrow columns cannot fit,
//! the table is shown as stacked `header: value` lines instead, so a table never forces
//! a line wider than the screen.
use ratatui::style::Style;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::StyledSpan;
use super::document::{Align, Flags, Run, Table};
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

pub(crate) fn layout_table(table: &Table, width: usize, theme: &Theme) -> Vec<Wrapped> {
    let columns = table.aligns.len();
    let natural: Vec<usize> = (0..columns)
        .map(|c| natural_width(table, c, theme))
        .collect();
    let least: Vec<usize> = (0..columns)
        .map(|c| natural[c].min(MIN_COLUMN).max(widest_char(table, c)))
        .collect();
    let words: Vec<usize> = (0..columns)
        .map(|c| longest_word(table, c).clamp(least[c], natural[c].max(least[c])))
        .collect();
    let overhead = 3 * columns + 1;
    if width < overhead + least.iter().sum::<usize>() {
        return stacked(table, width, theme);
    }
    let widths = column_widths(&natural, &words, &least, width - overhead);
    let mut out = vec![edge(&widths, TOP, theme)];
    let header = cells(&table.head, &widths, theme.table_header, theme);
    out.extend(row_lines(&header, &widths, &table.aligns, theme));
    out.push(edge(&widths, MIDDLE, theme));
    let body: Vec<Vec<Vec<Wrapped>>> = table
        .rows
        .iter()
        .map(|row| cells(row, &widths, theme.text, theme))
        .collect();
    let ruled = body.iter().any(|row| row.iter().any(|cell| cell.len() > 1));
    for (index, row) in body.iter().enumerate() {
        if ruled && index > 0 {
            out.push(edge(&widths, MIDDLE, theme));
        }
        out.extend(row_lines(row, &widths, &table.aligns, theme));
    }
    out.push(edge(&widths, BOTTOM, theme));
    out
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

fn natural_width(table: &Table, column: usize, theme: &Theme) -> usize {
    let all_rows = std::iter::once(&table.head).chain(&table.rows);
    all_rows
        .filter_map(|row| row.get(column))
        .flat_map(|cell| wrap(cell, usize::MAX / 2, Style::new(), theme))
        .map(|line| line.width)
        .max()
        .unwrap_or(0)
        .max(1)
}

/// The widest whitespace-separated word in a column.
fn longest_word(table: &Table, column: usize) -> usize {
    let all_rows = std::iter::once(&table.head).chain(&table.rows);
    all_rows
        .filter_map(|row| row.get(column))
        .flat_map(|cell| cell.iter().flat_map(|run| run.text.split_whitespace()))
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// The widest single character in a column, so a column can hold any of its glyphs.
fn widest_char(table: &Table, column: usize) -> usize {
    let all_rows = std::iter::once(&table.head).chain(&table.rows);
    let chars = all_rows
        .filter_map(|row| row.get(column))
        .flat_map(|cell| cell.iter().flat_map(|run| run.text.chars()));
    chars
        .map(|c| c.width().unwrap_or(0))
        .max()
        .unwrap_or(1)
        .clamp(1, 2)
}

fn cells(row: &[Vec<Run>], widths: &[usize], base: Style, theme: &Theme) -> Vec<Vec<Wrapped>> {
    row.iter()
        .zip(widths)
        .map(|(cell, &w)| wrap(cell, w, base, theme))
        .collect()
}

fn row_lines(
    row: &[Vec<Wrapped>],
    widths: &[usize],
    aligns: &[Align],
    theme: &Theme,
) -> Vec<Wrapped> {
    let height = row.iter().map(Vec::len).max().unwrap_or(0).max(1);
    (0..height)
        .map(|line| {
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
            out
        })
        .collect()
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
fn stacked(table: &Table, width: usize, theme: &Theme) -> Vec<Wrapped> {
    let width = width.max(1);
    let rule = || Wrapped {
        spans: vec![span("─".repeat(width), theme.table_border)],
        width,
    };
    let rows: Vec<&Vec<Vec<Run>>> = if table.rows.is_empty() {
        vec![&table.head]
    } else {
        table.rows.iter().collect()
    };
    let mut out = Vec::new();
    for (index, row) in rows.into_iter().enumerate() {
        if index > 0 {
            out.push(rule());
        }
        for (column, cell) in row.iter().enumerate() {
            let mut runs: Vec<Run> = Vec::new();
            let header = table.head.get(column).filter(|h| !std::ptr::eq(*h, cell));
            if let Some(header) = header.filter(|h| !h.is_empty()) {
                runs.extend(header.iter().map(|r| Run {
                    flags: r.flags.with(Flags::STRONG),
                    ..r.clone()
                }));
                runs.push(Run::new(": ", Flags::STRONG, None));
            }
            runs.extend(cell.iter().cloned());
            out.extend(wrap(&runs, width, theme.text, theme));
        }
    }
    out
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
