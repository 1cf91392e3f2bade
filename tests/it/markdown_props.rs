//! Properties of the renderer over arbitrary input: it never panics, prose always fits
//! the width, and no control character from the source reaches the terminal.
use proptest::prelude::*;
use tutor::markdown::{LineKind, StyledLine, parse, write_ansi};
use tutor::theme::{Theme, ThemeKind};
use unicode_width::UnicodeWidthStr;

/// What the source may try to smuggle through: raw and entity-encoded controls, a
/// clear-screen, an OSC 52 clipboard write and C1 controls.
const HOSTILE: &str =
    "&#27;[2J \u{1b}[31m \u{7} \u{1b}]52;c;ZXZpbA==\u{7} \u{9b}2J \u{85} &#x9b; &#7; \u{0}\u{7f}\r";

/// The same without spaces, for link destinations that must not contain any.
const HOSTILE_URL: &str = "&#27;[2J&#x9b;&#7;%1b&#27;]52;c;ZXZpbA==&#7;";

fn is_forbidden(c: char) -> bool {
    tutor::sanitize::is_control(c) && c != '\n'
}

/// Removes the escape sequences `write_ansi` itself writes (SGR, OSC 8 with a printable
/// address), failing on any other escape, then checks nothing forbidden is left.
fn check_terminal_output(bytes: &[u8]) -> Result<(), String> {
    let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    let mut rest = text;
    let mut visible = String::new();
    while let Some(at) = rest.find('\u{1b}') {
        visible.push_str(&rest[..at]);
        let seq = &rest[at..];
        if let Some(params) = seq.strip_prefix("\u{1b}[") {
            let end = params
                .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                .unwrap_or(params.len());
            if !params[end..].starts_with('m') {
                return Err(format!("bad CSI in {seq:?}"));
            }
            rest = &params[end + 1..];
        } else if let Some(link) = seq.strip_prefix("\u{1b}]8;;") {
            let end = link.find('\u{1b}').ok_or("unterminated OSC 8")?;
            let url = &link[..end];
            if !url.bytes().all(|b| (0x21..0x7f).contains(&b)) {
                return Err(format!("unsafe OSC 8 address {url:?}"));
            }
            rest = link[end..]
                .strip_prefix("\u{1b}\\")
                .ok_or("OSC 8 not ended by ST")?;
        } else {
            return Err(format!("foreign escape {seq:?}"));
        }
    }
    visible.push_str(rest);
    match visible.chars().find(|&c| is_forbidden(c)) {
        Some(c) => Err(format!("control {c:?} in output")),
        None => Ok(()),
    }
}

fn written(lines: &[StyledLine], color: bool) -> Vec<u8> {
    let mut out = Vec::new();
    assert!(write_ansi(&mut out, lines, color).is_ok());
    out
}

fn check_lines(lines: &[StyledLine], width: usize) -> Result<(), String> {
    for line in lines {
        let text = line.plain();
        if line.kind == LineKind::Text && text.width() > width {
            return Err(format!("{text:?} is {} wide, over {width}", text.width()));
        }
        for span in &line.spans {
            let fields = std::iter::once(span.text.as_str()).chain(span.link.as_deref());
            if fields.flat_map(str::chars).any(tutor::sanitize::is_control) {
                return Err(format!("control character in {span:?}"));
            }
        }
    }
    Ok(())
}

/// What books add: alerts, heading attributes, definition lists, code flags and
/// hidden lines, listings, quiz marks, hidden elements, chapter links.
const BOOK_SYNTAX: [&str; 18] = [
    "> [!NOTE]\n",
    "> [!WARNING]\n> ",
    "Term\n: ",
    "\n: ",
    " {#id .class}\n",
    "# H {#x&#27;y}\n",
    "```rust,ignore,does_not_compile\n# hidden\n## shown\n",
    "```python,hidelines=!\n!x\n",
    "```\n",
    "<Listing number=\"1-1\" file-name=\"a\u{1b}.rs\" caption=\"*c*\u{7}\">\n\n",
    "</Listing>\n",
    "<tutor-quiz src=\"q\u{9b}.toml\"></tutor-quiz>",
    "<span class=\"hidden\">",
    "</span>",
    "<div class=\"hidden\">\n\n",
    "</div>\n",
    "[ch](ch02.md)",
    "[x.html](x.html#a)",
];

fn fragment() -> impl Strategy<Value = String> {
    let mut tokens = BOOK_SYNTAX.to_vec();
    tokens.extend([
        "# ",
        "## ",
        "#### ",
        "- ",
        "* ",
        "1. ",
        "12. ",
        "> ",
        "> > ",
        "```",
        "```rust\n",
        "```ts\n",
        "~~~py\n",
        "\n",
        "\n\n",
        "\n  ",
        "\n    ",
        "| a | b |\n|---|:-:|\n",
        "| c | 漢字 |\n",
        "|",
        "[x] ",
        "[ ] ",
        "**",
        "*",
        "_",
        "~~",
        "`",
        "``",
        "[link](http://x.y/a\u{1b}b \"t\u{7}\")",
        "![alt\u{9b}](i\u{85}.png)",
        "[^1]",
        "[^1]: note\n",
        "<https://auto.link/x>",
        "&#27;[2J",
        "&#x9b;",
        "&amp;",
        "\t",
        "<b>",
        "</b>",
        "<br>",
        "<!--",
        "-->",
        "<sup>",
        "</sup>",
        "<kbd>",
        "</kbd>",
        "<a href=\"x\">",
        "</a>",
        "<img alt=\"a\" src=\"b\">",
        "<details>\n",
        "<summary>",
        "</summary>",
        "</details>\n",
        "<div>\n",
        "<pre>",
        "</pre>",
        "Vec<u8>",
        "<T: Clone>",
        "---\n",
        "***",
        "\\",
        "https://example.com/a-b",
        "  \n",
        "e\u{301}",
        "👨‍👩‍👧",
        "🇯🇵",
        "👍🏽",
        "\u{1b}",
        "\u{7}",
        "\u{9b}",
        "\u{85}",
        "\u{7f}",
        "\r",
        "\u{0}",
        "\u{200b}",
        "\u{a0}",
        "\u{fe0f}",
        "☺",
        "\u{202e}",
        "ﷺ",
        "ﻻ",
    ]);
    let syntax = prop::sample::select(tokens).prop_map(String::from);
    prop_oneof![
        4 => syntax,
        3 => "[a-z]{1,9} ",
        1 => "[a-zA-Z0-9-]{10,40}",
        1 => "[\u{4e00}-\u{4e40}\u{3040}-\u{3090}]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..48).prop_map(|parts| parts.concat())
}

proptest! {
    // 64 cases × 200 widths by default; PROPTEST_CASES asks for a longer run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_width_fits_and_stays_clean(src in document()) {
        let doc = parse(&src);
        let colour = Theme::new(ThemeKind::Dark, true);
        for width in 1..=200 {
            let lines = doc.layout(width, &Theme::plain());
            check_lines(&lines, width).map_err(|e| TestCaseError::fail(format!("width {width}: {e}")))?;
            let plain = written(&lines, false);
            prop_assert!(!plain.contains(&0x1b));
            check_terminal_output(&plain).map_err(TestCaseError::fail)?;

            let lines = doc.layout(width, &colour);
            check_lines(&lines, width).map_err(|e| TestCaseError::fail(format!("width {width}: {e}")))?;
            check_terminal_output(&written(&lines, true)).map_err(TestCaseError::fail)?;
            let uncoloured = written(&lines, false);
            prop_assert!(!uncoloured.contains(&0x1b));
        }
    }
}

/// Hostile text that keeps link and table syntax intact: brackets escaped, no pipes,
/// no line breaks.
const HOSTILE_TEXT: &str = "&#27;\\[2J \u{1b}\\[31m \u{7} \u{1b}\\]52;c;ZXZpbA==\u{7} \u{9b}2J \u{85} &#x9b; &#7; \u{0}\u{7f}";

fn assert_clean_everywhere(src: &str, expect: &str) {
    let doc = parse(src);
    for theme in [
        Theme::plain(),
        Theme::new(ThemeKind::Dark, true),
        Theme::new(ThemeKind::Light, false),
    ] {
        for width in [1, 7, 40, 200] {
            let lines = doc.layout(width, &theme);
            assert_eq!(check_lines(&lines, width), Ok(()), "{src:?}");
            for color in [false, true] {
                let out = written(&lines, color);
                assert_eq!(
                    check_terminal_output(&out),
                    Ok(()),
                    "{src:?} width {width} colour {color}"
                );
                if !color {
                    assert!(!out.contains(&0x1b));
                }
            }
        }
    }
    // The construct really parsed, and sanitizing took only the controls.
    let text: String = doc
        .layout(400, &Theme::plain())
        .iter()
        .map(|l| l.plain() + "\n")
        .collect();
    assert!(text.contains(expect), "{expect:?} not in {text:?}");
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let (h, t, u) = (HOSTILE, HOSTILE_TEXT, HOSTILE_URL);
    let cases = [
        (
            format!("Paragraph {h} end."),
            "Paragraph [2J [31m ]52;c;ZXZpbA== 2J end.",
        ),
        (format!("# Title {t}"), "Title [2J [31m ]52;c;ZXZpbA== 2J"),
        (
            format!("[link {t}](https://e.x/{u} \"title {t}\")"),
            "link [2J [31m ]52;c;ZXZpbA== 2J (https://e.x/[2J%1b]52;c;ZXZpbA==)",
        ),
        (
            format!("[angle](<https://e.x/{t}>)"),
            "angle (https://e.x/[2J [31m ]52;c;ZXZpbA== 2J )",
        ),
        (
            format!("![alt {t}](img{u}.png \"img title {t}\")"),
            "[image: alt [2J [31m ]52;c;ZXZpbA== 2J] (img[2J%1b]52;c;ZXZpbA==.png)",
        ),
        (
            format!("![a](<i{t}.png>)"),
            "[image: a] (i[2J [31m ]52;c;ZXZpbA== 2J .png)",
        ),
        (
            format!("```rust{u} more\ncode {h}\n```"),
            "╭─ rust[2J%1b]52;c;ZXZpbA==",
        ),
        (
            format!("```rust\ncode {h}\n```"),
            "code &#27;[2J [31m  ]52;c;ZXZpbA== 2J  &#x9b; &#7; ",
        ),
        (
            format!("| a {t} | b |\n|---|---|\n| {t} | c |"),
            "│ a [2J [31m ]52;c;ZXZpbA== 2J",
        ),
        (format!("- item {t}\n\n> quote {t}"), "▌ quote [2J"),
        (format!("note[^n]\n\n[^n]: foot {t}"), "[1] foot [2J"),
        (
            format!("<div>{h}</div>\n\nInline <span title=\"{t}\">x</span> `code {t}`"),
            "Inline x `code &#27;\\[2J \\[31m \\]52;c;ZXZpbA== 2J &#x9b; &#7;`",
        ),
    ];
    for (src, expect) in &cases {
        assert_clean_everywhere(src, expect);
    }
    let all = cases
        .iter()
        .map(|(src, _)| src.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    assert_clean_everywhere(&all, "Paragraph");
}

#[test]
fn own_escape_checker_rejects_foreign_sequences() {
    assert!(
        check_terminal_output(b"\x1b[1;31mok\x1b[0m \x1b]8;;https://a\x1b\\x\x1b]8;;\x1b\\\n")
            .is_ok()
    );
    assert!(check_terminal_output(b"\x1b[2J").is_err());
    assert!(check_terminal_output(b"\x1b]52;c;eA==\x07").is_err());
    assert!(check_terminal_output("a\u{9b}b".as_bytes()).is_err());
    assert!(check_terminal_output(b"\x07").is_err());
}
