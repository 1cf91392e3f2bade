//! Cutting laid-out lines to a width: a line kept to its first columns (code frames),
//! a prefix kept to its last columns (deep nesting). Trailing spaces are trimmed as
//! lines are stored ([`super::lines::Lines`]).
use ratatui::style::Style;

use super::StyledSpan;
use super::styled::Wrapped;
use super::text::width as text_width;

pub(crate) fn plain_line(text: String, width: usize, style: Style) -> Wrapped {
    Wrapped {
        spans: vec![StyledSpan {
            text,
            style,
            link: None,
        }],
        width,
    }
}

/// Keeps the first `max` columns of a line.
pub(crate) fn clip(line: Wrapped, max: usize) -> Wrapped {
    if line.width <= max {
        return line;
    }
    let mut out = Wrapped::default();
    for span in line.spans {
        for c in span.text.chars() {
            let w = text_width(c.encode_utf8(&mut [0; 4]));
            if out.width + w > max {
                return out;
            }
            out.push_styled(c.encode_utf8(&mut [0; 4]), span.style);
        }
    }
    out
}

/// Keeps the last `max` columns of a prefix (the innermost markers matter most).
pub(crate) fn clip_left(line: Wrapped, max: usize) -> Wrapped {
    if line.width <= max {
        return line;
    }
    let mut skip = line.width - max;
    let mut out = Wrapped {
        spans: Vec::new(),
        width: 0,
    };
    for mut span in line.spans {
        if skip > 0 {
            let mut cut = 0;
            for (at, c) in span.text.char_indices() {
                if skip == 0 {
                    break;
                }
                skip = skip.saturating_sub(text_width(c.encode_utf8(&mut [0; 4])));
                cut = at + c.len_utf8();
            }
            span.text.drain(..cut);
        }
        if !span.text.is_empty() {
            out.width += text_width(&span.text);
            out.spans.push(span);
        }
    }
    out
}
