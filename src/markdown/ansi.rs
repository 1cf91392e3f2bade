//! Writes laid-out lines to a byte stream, as plain text or with SGR styles and OSC 8
//! hyperlinks.
//!
//! This is the only place the renderer emits escape sequences, and it sanitizes what it
//! writes once more: span text and link addresses are public fields anyone could fill,
//! so nothing reaching the terminal from them may contain a control character.
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

use ratatui::style::{Color, Modifier, Style};

use super::SpanRef;
use crate::sanitize::strip_controls;

const RESET: &[u8] = b"\x1b[0m";
const LINK_END: &[u8] = b"\x1b]8;;\x1b\\";

pub(crate) fn write_ansi<'a, L>(
    out: &mut impl Write,
    lines: impl IntoIterator<Item = L>,
    color: bool,
) -> io::Result<()>
where
    L: IntoIterator<Item = SpanRef<'a>>,
{
    let mut buffer: Vec<u8> = Vec::with_capacity(256);
    let mut sgr = String::new();
    for line in lines {
        buffer.clear();
        let mut open_link: Option<&str> = None;
        for span in line {
            let text = strip_controls(span.text);
            if !color {
                buffer.extend_from_slice(text.as_bytes());
                continue;
            }
            let link = span.link.filter(|url| !url.is_empty());
            if link != open_link {
                if open_link.is_some() {
                    buffer.extend_from_slice(LINK_END);
                }
                if let Some(url) = link {
                    buffer.extend_from_slice(b"\x1b]8;;");
                    buffer.extend_from_slice(osc_safe_url(url).as_bytes());
                    buffer.extend_from_slice(b"\x1b\\");
                }
                open_link = link;
            }
            sgr_codes(span.style, &mut sgr);
            if sgr.is_empty() {
                buffer.extend_from_slice(text.as_bytes());
            } else {
                buffer.extend_from_slice(b"\x1b[");
                buffer.extend_from_slice(sgr.as_bytes());
                buffer.push(b'm');
                buffer.extend_from_slice(text.as_bytes());
                buffer.extend_from_slice(RESET);
            }
        }
        if open_link.is_some() {
            buffer.extend_from_slice(LINK_END);
        }
        buffer.push(b'\n');
        out.write_all(&buffer)?;
    }
    Ok(())
}

/// A URL as OSC 8 allows it: printable ASCII only, everything else percent-encoded.
fn osc_safe_url(url: &str) -> Cow<'_, str> {
    if url.bytes().all(|b| (0x21..0x7f).contains(&b)) {
        return Cow::Borrowed(url);
    }
    let clean = strip_controls(url);
    let mut out = String::with_capacity(clean.len() + 8);
    for byte in clean.bytes() {
        if (0x21..0x7f).contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    Cow::Owned(out)
}

/// The SGR parameters for a style's foreground and attributes, `;`-separated; empty
/// for the default style. Backgrounds are never written.
fn sgr_codes(style: Style, out: &mut String) {
    out.clear();
    let modifiers = style.add_modifier - style.sub_modifier;
    for (modifier, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if modifiers.contains(modifier) {
            separate(out);
            out.push_str(code);
        }
    }
    if let Some(color) = style.fg {
        push_color(color, out);
    }
}

fn separate(out: &mut String) {
    if !out.is_empty() {
        out.push(';');
    }
}

fn push_color(color: Color, out: &mut String) {
    let code = match color {
        Color::Reset => return,
        Color::Black => 30,
        Color::Red => 31,
        Color::Green => 32,
        Color::Yellow => 33,
        Color::Blue => 34,
        Color::Magenta => 35,
        Color::Cyan => 36,
        Color::Gray => 37,
        Color::DarkGray => 90,
        Color::LightRed => 91,
        Color::LightGreen => 92,
        Color::LightYellow => 93,
        Color::LightBlue => 94,
        Color::LightMagenta => 95,
        Color::LightCyan => 96,
        Color::White => 97,
        Color::Indexed(index) => {
            separate(out);
            let _ = write!(out, "38;5;{index}");
            return;
        }
        Color::Rgb(r, g, b) => {
            separate(out);
            let _ = write!(out, "38;2;{r};{g};{b}");
            return;
        }
    };
    separate(out);
    let _ = write!(out, "{code}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::{LineKind, StyledLine, StyledSpan};

    fn line(spans: Vec<StyledSpan>) -> Vec<StyledLine> {
        vec![StyledLine {
            spans,
            kind: LineKind::Text,
        }]
    }

    fn span(text: &str, style: Style, link: Option<&str>) -> StyledSpan {
        StyledSpan {
            text: text.into(),
            style,
            link: link.map(Into::into),
        }
    }

    fn written(lines: &[StyledLine], color: bool) -> String {
        let mut out = Vec::new();
        let spans = lines.iter().map(|l| l.spans.iter().map(SpanRef::from));
        let result = write_ansi(&mut out, spans, color);
        assert!(result.is_ok());
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn styles_become_sgr_with_a_reset() {
        let style = Style::new()
            .fg(Color::Red)
            .bg(Color::Blue)
            .add_modifier(Modifier::BOLD);
        let lines = line(vec![
            span("hi", style, None),
            span(" there", Style::new(), None),
        ]);
        assert_eq!(written(&lines, true), "\x1b[1;31mhi\x1b[0m there\n");
        assert_eq!(written(&lines, false), "hi there\n");
    }

    #[test]
    fn links_become_osc8_around_their_spans() {
        let url = Some("https://example.com/a b");
        let lines = line(vec![
            span("see ", Style::new(), None),
            span("docs", Style::new(), url),
            span(" (x)", Style::new(), url),
        ]);
        assert_eq!(
            written(&lines, true),
            "see \x1b]8;;https://example.com/a%20b\x1b\\docs (x)\x1b]8;;\x1b\\\n"
        );
    }

    #[test]
    fn controls_in_fields_never_reach_the_output() {
        let evil = "\x1b]52;c;ZXZpbA==\x07\u{9b}2J";
        let lines = line(vec![span(evil, Style::new(), Some(evil))]);
        let out = written(&lines, true);
        assert_eq!(
            out,
            "\x1b]8;;]52;c;ZXZpbA==2J\x1b\\]52;c;ZXZpbA==2J\x1b]8;;\x1b\\\n"
        );
        assert_eq!(written(&lines, false), "]52;c;ZXZpbA==2J\n");
    }
}
