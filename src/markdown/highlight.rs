//! Syntax highlighting of code blocks with syntect and two-face's syntax definitions.
//!
//! Colours come from two-face's "ansi" theme, which names ANSI palette entries rather
//! than fixed RGB values, so code follows the user's terminal palette on dark and
//! light backgrounds alike; backgrounds are ignored. The syntax set is loaded once, on
//! first use, and a document's blocks are highlighted in parallel, because syntect
//! costs tens of microseconds per line and dominates rendering time.
use std::num::NonZeroUsize;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Condvar, LazyLock, Mutex, Once, PoisonError};
use std::thread;

use ratatui::style::{Color, Modifier, Style};
use syntect::easy::HighlightLines;
use syntect::highlighting::{self, FontStyle};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use two_face::theme::EmbeddedThemeName;

use super::document::CodeBlock;
use super::schedule::{Next, Schedule};

static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(two_face::syntax::extra_newlines);

static ANSI_THEME: LazyLock<highlighting::Theme> = LazyLock::new(|| {
    two_face::theme::extra()
        .get(EmbeddedThemeName::Ansi)
        .clone()
});

/// Attributes that show on a space, so spaces carrying them keep their own span.
const VISIBLE_ON_SPACES: Modifier = Modifier::UNDERLINED
    .union(Modifier::REVERSED)
    .union(Modifier::CROSSED_OUT);

/// One highlighted line: `(end, style)` pairs, each ending a segment at byte `end`;
/// together they cover the line.
pub(crate) type HighlightedLine = Vec<(usize, Style)>;

/// A highlighted block: one entry per line of the block.
pub(crate) type Highlighted = Vec<HighlightedLine>;

/// The grammar used for JavaScript and TypeScript alike. Its Flow support covers
/// TypeScript's annotations, generics, interfaces and type aliases, and onig compiles
/// it in about a fifth of the time of the TypeScript grammar; that compile happens in
/// every process, under a global lock, and alone would exceed `tutor read`'s budget.
const SCRIPT_GRAMMAR: &str = "JavaScript (Babel)";

/// The syntax for a code block's label, by file extension, alias or name (any case).
/// `None` for unknown languages and plain text, which are shown unhighlighted.
pub(crate) fn syntax_for(label: &str) -> Option<&'static SyntaxReference> {
    let lower = label.to_ascii_lowercase();
    let token = match lower.as_str() {
        "" | "text" | "txt" | "plain" | "plaintext" | "none" | "output" => return None,
        "shell" | "console" | "zsh" | "sh" | "shell-session" | "shellsession" | "terminal" => {
            "bash"
        }
        "ts" | "typescript" | "tsx" | "mts" | "cts" | "js" | "javascript" | "jsx" | "mjs"
        | "cjs" | "node" => SCRIPT_GRAMMAR,
        "python3" | "py3" => "py",
        "yml" => "yaml",
        "jsonc" | "json5" => "json",
        "postgres" | "postgresql" | "psql" | "mysql" | "sqlite" => "sql",
        other => other,
    };
    let syntaxes = &*SYNTAXES;
    syntaxes
        .find_syntax_by_token(token)
        .or_else(|| syntaxes.find_syntax_by_name(label))
        .filter(|syntax| syntax.name != "Plain Text")
}

/// Loads the syntax definitions and colour theme on a background thread, once, so a
/// caller about to render with colour can overlap that ~2 ms with reading and parsing.
pub(crate) fn preload() {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        // Detached: if the process ends first, nothing was lost but the loading.
        let _ = thread::Builder::new()
            .name("syntax-preload".into())
            .spawn(|| {
                LazyLock::force(&SYNTAXES);
                LazyLock::force(&ANSI_THEME);
            });
    });
}

/// Highlights every block whose language is known; unknown ones get `None`.
pub(crate) fn highlight_all(blocks: &[CodeBlock]) -> Vec<Option<Highlighted>> {
    let mut results: Vec<Option<Highlighted>> = vec![None; blocks.len()];
    let jobs: Vec<(usize, &'static SyntaxReference)> = blocks
        .iter()
        .enumerate()
        .filter_map(|(index, block)| syntax_for(&block.label).map(|syntax| (index, syntax)))
        .collect();
    if jobs.is_empty() {
        return results;
    }
    let keyed: Vec<(usize, &str, usize)> = jobs
        .iter()
        .map(|&(index, syntax)| (index, syntax.name.as_str(), blocks[index].lines.len()))
        .collect();
    let shared = Mutex::new(Schedule::new(&keyed, compile_cost));
    let lock = || shared.lock().unwrap_or_else(PoisonError::into_inner);
    let ready = Condvar::new();
    let mut syntaxes = vec![None; blocks.len()];
    for &(index, syntax) in &jobs {
        syntaxes[index] = Some(syntax);
    }
    let syntax_of = |block: usize| syntaxes.get(block).copied().flatten();
    let theme = &*ANSI_THEME;
    let work = |compiler: bool| {
        let mut done = Vec::new();
        let mut schedule = lock();
        loop {
            match schedule.next(compiler) {
                Next::Done => break,
                Next::Wait => {
                    schedule = ready.wait(schedule).unwrap_or_else(PoisonError::into_inner);
                }
                Next::Block(index, language) => {
                    drop(schedule);
                    // Other workers may be waiting for this language: a panic inside
                    // syntect must still mark it finished, or they would wait forever.
                    let highlighted = syntax_of(index).and_then(|syntax| {
                        panic::catch_unwind(AssertUnwindSafe(|| {
                            highlight_block(&blocks[index], syntax, theme)
                        }))
                        .ok()
                    });
                    done.extend(highlighted.map(|h| (index, h)));
                    schedule = lock();
                    schedule.finished(language);
                    ready.notify_all();
                }
            }
        }
        done
    };
    let workers = thread::available_parallelism()
        .map_or(1, NonZeroUsize::get)
        .min(jobs.len());
    let finished = thread::scope(|scope| {
        let helpers: Vec<_> = (1..workers).map(|_| scope.spawn(|| work(false))).collect();
        let mut finished = work(true);
        for helper in helpers {
            finished.extend(helper.join().unwrap_or_default());
        }
        finished
    });
    for (index, highlighted) in finished {
        results[index] = Some(highlighted);
    }
    results
}

/// A rough rank of how long onig takes to compile a grammar's regexes, measured on the
/// course's languages; only the order it gives matters.
fn compile_cost(syntax_name: &str) -> u32 {
    match syntax_name {
        "TypeScript" | "TypeScriptReact" => 15,
        "Python" | SCRIPT_GRAMMAR | "JavaScript" => 5,
        "Rust" => 4,
        "Bourne Again Shell (bash)" => 3,
        "SQL" | "YAML" => 2,
        _ => 1,
    }
}

fn highlight_block(
    block: &CodeBlock,
    syntax: &SyntaxReference,
    theme: &highlighting::Theme,
) -> Highlighted {
    let mut highlighter = HighlightLines::new(syntax, theme);
    let mut buffer = String::new();
    let mut out = Vec::with_capacity(block.lines.len());
    for line in &block.lines {
        buffer.clear();
        buffer.push_str(line);
        buffer.push('\n');
        let Ok(regions) = highlighter.highlight_line(&buffer, &SYNTAXES) else {
            // After an error the parser state is unknown: the rest stays plain.
            break;
        };
        let mut segments: HighlightedLine = Vec::with_capacity(regions.len());
        let mut end = 0;
        for (style, text) in regions {
            let start = end;
            end = (end + text.len()).min(line.len());
            if end == start {
                continue;
            }
            let style = convert(style);
            // Spaces look the same in any colour: joining them to the span before
            // saves a span (and an allocation) per token on every layout.
            let blank = text.bytes().all(|b| b == b' ' || b == b'\n')
                && !style.add_modifier.intersects(VISIBLE_ON_SPACES);
            match segments.last_mut() {
                Some((last_end, last_style)) if *last_style == style || blank => *last_end = end,
                _ => segments.push((end, style)),
            }
        }
        out.push(segments);
    }
    out.resize_with(block.lines.len(), Vec::new);
    out
}

/// A syntect style in bat's ANSI encoding (alpha 0: red is a palette index; alpha 1:
/// the terminal's default colour) as a ratatui foreground; backgrounds are dropped.
fn convert(style: highlighting::Style) -> Style {
    let color = style.foreground;
    let fg = match color.a {
        0 => Some(ansi_color(color.r)),
        1 => None,
        _ => Some(Color::Rgb(color.r, color.g, color.b)),
    };
    let mut out = Style { fg, ..Style::new() };
    for (font, modifier) in [
        (FontStyle::BOLD, Modifier::BOLD),
        (FontStyle::ITALIC, Modifier::ITALIC),
        (FontStyle::UNDERLINE, Modifier::UNDERLINED),
    ] {
        if style.font_style.contains(font) {
            out = out.add_modifier(modifier);
        }
    }
    out
}

fn ansi_color(index: u8) -> Color {
    match index {
        0 => Color::Black,
        1 => Color::Red,
        2 => Color::Green,
        3 => Color::Yellow,
        4 => Color::Blue,
        5 => Color::Magenta,
        6 => Color::Cyan,
        7 => Color::Gray,
        8 => Color::DarkGray,
        9 => Color::LightRed,
        10 => Color::LightGreen,
        11 => Color::LightYellow,
        12 => Color::LightBlue,
        13 => Color::LightMagenta,
        14 => Color::LightCyan,
        15 => Color::White,
        other => Color::Indexed(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_languages_resolve() {
        for label in [
            "ts",
            "typescript",
            "TSX",
            "js",
            "py",
            "python",
            "rs",
            "Rust",
            "sql",
            "nginx",
            "toml",
            "yaml",
            "json",
            "sh",
            "bash",
            "shell",
            "console",
            "zsh",
        ] {
            assert!(syntax_for(label).is_some(), "{label}");
        }
        for label in ["", "text", "no-such-language"] {
            assert!(syntax_for(label).is_none(), "{label}");
        }
    }

    #[test]
    fn ansi_encoding_maps_to_palette_colours() {
        let mut style = highlighting::Style {
            foreground: highlighting::Color {
                r: 2,
                g: 0,
                b: 0,
                a: 0,
            },
            ..highlighting::Style::default()
        };
        assert_eq!(convert(style).fg, Some(Color::Green));
        style.foreground.a = 1;
        assert_eq!(convert(style).fg, None);
        style.foreground = highlighting::Color {
            r: 100,
            g: 0,
            b: 0,
            a: 0,
        };
        assert_eq!(convert(style).fg, Some(Color::Indexed(100)));
    }

    #[test]
    fn segments_cover_each_line() {
        let block = CodeBlock {
            label: "py".into(),
            flags: Vec::new(),
            lines: vec!["x = 'a'".into(), String::new()],
        };
        let out = highlight_all(std::slice::from_ref(&block));
        let lines = out[0].as_ref().map(Vec::len);
        assert_eq!(lines, Some(2));
        let first = &out[0].as_ref().map(|h| h[0].clone()).unwrap_or_default();
        assert_eq!(first.last().map(|s| s.0), Some(7));
    }
}
