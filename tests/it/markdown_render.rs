//! The renderer's required behaviour (SPEC §7), through the public API.
use ratatui::style::{Color, Style};
use ratatui::text::Line;
use tutor::markdown::{LineKind, StyledLine, parse, plain_text, write_ansi};
use tutor::theme::{Theme, ThemeKind};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

fn plain(src: &str, width: usize) -> Vec<String> {
    parse(src)
        .layout(width, &Theme::plain())
        .iter()
        .map(StyledLine::plain)
        .collect()
}

fn colored(src: &str, width: usize) -> Vec<StyledLine> {
    parse(src).layout(width, &Theme::new(ThemeKind::Dark, true))
}

fn assert_text_fits(lines: &[StyledLine], width: usize) {
    for line in lines.iter().filter(|l| l.kind == LineKind::Text) {
        assert!(
            line.plain().width() <= width,
            "{:?} wider than {width}",
            line.plain()
        );
    }
}

/// Foreground colours used for the code itself (not its frame) in the code lines.
fn code_colors(lines: &[StyledLine]) -> Vec<Color> {
    let mut colors: Vec<Color> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Code)
        .flat_map(|l| {
            l.spans
                .iter()
                .filter(|s| s.text != "│ ")
                .filter_map(|s| s.style.fg)
        })
        .collect();
    colors.sort_by_key(|c| format!("{c:?}"));
    colors.dedup();
    colors
}

#[test]
fn headings_are_structured_without_colour() {
    let out = plain("# Title\n\n## Part\n\n### Detail\n\nText.", 80);
    assert_eq!(
        out,
        [
            "Title",
            "═════",
            "",
            "Part",
            "────",
            "",
            "Detail",
            "┄┄┄┄┄┄",
            "",
            "Text."
        ]
    );
    let doc = parse("# Title\n\n> ## Quoted\n\ntext\n\n### Third");
    assert_eq!(
        doc.headings(),
        [
            (1, "Title".to_owned()),
            (2, "Quoted".to_owned()),
            (3, "Third".to_owned())
        ]
    );
    let rendered = doc.render(40, &Theme::plain());
    let at: Vec<String> = rendered
        .heading_lines
        .iter()
        .map(|&i| rendered.lines.get(i).unwrap().plain())
        .collect();
    assert_eq!(at, ["Title", "▌ Quoted", "Third"]);
    assert_eq!(rendered.block_lines.len(), doc.block_count());
}

#[test]
fn every_heading_level_is_drawn_as_a_heading_never_as_its_markdown() {
    let src = "# One\n\nSetext one\n==========\n\n## Two\n\nSetext two\n---\n\n\
               ### Three\n\n#### Four\n\n##### Five\n\n###### Six ######\n";
    let expected = [
        "One",
        "═══",
        "",
        "Setext one",
        "══════════",
        "",
        "Two",
        "───",
        "",
        "Setext two",
        "──────────",
        "",
        "Three",
        "┄┄┄┄┄",
        "",
        "Four",
        "┈┈┈┈",
        "",
        "Five",
        "┈┈┈┈",
        "",
        "Six",
        "┈┈┈",
    ];
    assert_eq!(plain(src, 80), expected);
    // With colour: the same lines, each heading in its level's style, no `#` at all.
    let theme = Theme::new(ThemeKind::Dark, true);
    let lines = parse(src).layout(80, &theme);
    let shown: Vec<String> = lines.iter().map(StyledLine::plain).collect();
    assert_eq!(shown, expected);
    for (index, level) in [(12, 3), (15, 4), (18, 5), (21, 6)] {
        assert_eq!(lines[index].spans.len(), 1, "{:?}", lines[index]);
        assert_eq!(lines[index].spans[0].style, theme.heading(level));
    }
    // A long heading wraps, and its rule is as wide as its widest line.
    let long = plain("### A third-level heading that wraps", 20);
    assert_eq!(
        long,
        ["A third-level", "heading that wraps", "┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄┄"]
    );
}

#[test]
fn heading_styles_differ_by_level_and_theme() {
    let src = "# One\n\n## Two\n\n### Three";
    let style_of = |theme: &Theme, line: usize| parse(src).layout(80, theme)[line].spans[0].style;
    let dark = Theme::new(ThemeKind::Dark, true);
    let light = Theme::new(ThemeKind::Light, true);
    assert_ne!(style_of(&dark, 0), style_of(&dark, 3));
    assert_ne!(style_of(&dark, 0), style_of(&light, 0));
    assert_eq!(style_of(&Theme::plain(), 0), Style::new());
}

#[test]
fn paragraphs_wrap_by_display_width() {
    let src = "The quick brown fox jumps over the lazy dog and keeps running far away.";
    for width in 1..=80 {
        let lines = parse(src).layout(width, &Theme::plain());
        assert_text_fits(&lines, width);
        let words: Vec<String> = lines
            .iter()
            .flat_map(|l| l.plain().split(' ').map(String::from).collect::<Vec<_>>())
            .collect();
        if width >= 7 {
            assert_eq!(words.join(" "), src, "width {width}");
        }
    }
    assert_eq!(
        plain(src, 20),
        [
            "The quick brown fox",
            "jumps over the lazy",
            "dog and keeps",
            "running far away."
        ]
    );
}

#[test]
fn cjk_and_emoji_wrap_without_splitting_graphemes() {
    let src = "漢字とかなの文章は空白なしで続きます。家族👨‍👩‍👧と旗🇯🇵🇫🇷と結合文字 e\u{301}te\u{301} cafe\u{301} 👍🏽 ok";
    let original: Vec<&str> = src.graphemes(true).collect();
    for width in 2..=60 {
        let lines = parse(src).layout(width, &Theme::plain());
        assert_text_fits(&lines, width);
        for line in &lines {
            let text = line.plain();
            for grapheme in text.graphemes(true) {
                assert!(
                    grapheme == " " || original.contains(&grapheme),
                    "split {grapheme:?} at {width}"
                );
            }
        }
        let joined: String = lines
            .iter()
            .map(StyledLine::plain)
            .collect::<String>()
            .replace(' ', "");
        assert_eq!(joined, src.replace(' ', ""), "width {width}");
    }
    assert_eq!(plain("漢字漢字漢字", 5), ["漢字", "漢字", "漢字"]);
}

#[test]
fn inline_styles_are_distinct() {
    let lines = colored("*em* **strong** ~~gone~~ `code` plain", 80);
    let style_of = |text: &str| {
        lines[0]
            .spans
            .iter()
            .find(|s| s.text == text)
            .map(|s| s.style)
    };
    let styles = [
        style_of("em"),
        style_of("strong"),
        style_of("gone"),
        style_of("code"),
    ];
    assert!(styles.iter().all(Option::is_some), "{lines:?}");
    for (i, a) in styles.iter().enumerate() {
        for b in &styles[i + 1..] {
            assert_ne!(a, b);
        }
        assert_ne!(*a, style_of(" plain").or(Some(Style::new())));
    }
    assert_eq!(
        plain("*em* **strong** ~~gone~~ `code`", 80),
        ["em strong gone `code`"]
    );
}

#[test]
fn inline_code_is_fenced_in_backticks_only_without_colour() {
    let src = "Call `cache.get(key)`, then ` trim ` and ``a`b``; see [`docs`](https://x.y).";
    let fenced = "Call `cache.get(key)`, then `trim` and ``a`b``; see `docs` (https://x.y).";
    assert_eq!(plain(src, 100), [fenced]);
    // The TUI without colour keeps bold and italics, and fences code the same way.
    let no_colour = parse(src).layout(100, &Theme::new(ThemeKind::Dark, false));
    assert_eq!(no_colour[0].plain(), fenced);
    // With colour the code is coloured, as before, and no backtick is added.
    let coloured = colored(src, 100);
    assert_eq!(
        coloured[0].plain(),
        "Call cache.get(key), then trim and a`b; see docs (https://x.y)."
    );
    // Fences count in the width and stay with their code: once the widest word fits,
    // no line starts or ends with a lone backtick.
    for width in 1..=60 {
        let lines = parse(src).layout(width, &Theme::plain());
        assert_text_fits(&lines, width);
        let text: Vec<String> = lines.iter().map(StyledLine::plain).collect();
        if width >= "`cache.get(key)`,".len() {
            // Lines break only at spaces, so a fence alone would leave one more.
            assert_eq!(text.join(" "), fenced, "at {width}");
        }
    }
    // In a table the column makes room for the fences.
    let table = plain("| a | b |\n|---|---|\n| `x_y` | z |", 80);
    assert_eq!(table[3], "│ `x_y` │ z │");
}

#[test]
fn nested_lists_hang_their_continuation_lines() {
    let src = "- first item wraps onto a second line\n  - nested item also wraps around\n    - third level\n- second\n\n7. seven wraps onto another line\n8. eight\n";
    assert_eq!(
        plain(src, 24),
        [
            "• first item wraps onto",
            "  a second line",
            "  ◦ nested item also",
            "    wraps around",
            "    ▪ third level",
            "• second",
            "",
            "7. seven wraps onto",
            "   another line",
            "8. eight",
        ]
    );
    let numbers = plain("9. nine\n10. ten wraps here", 14);
    assert_eq!(numbers, [" 9. nine", "10. ten wraps", "    here"]);
}

#[test]
fn task_lists_show_boxes() {
    assert_eq!(
        plain("- [ ] todo\n- [x] done\n- plain", 40),
        ["☐ todo", "☑ done", "• plain"]
    );
}

#[test]
fn quotes_put_a_bar_on_every_wrapped_line() {
    let src = "> one two three four five six seven\n>\n> > nested quote text wraps too";
    assert_eq!(
        plain(src, 16),
        [
            "▌ one two three",
            "▌ four five six",
            "▌ seven",
            "▌",
            "▌ ▌ nested quote",
            "▌ ▌ text wraps",
            "▌ ▌ too",
        ]
    );
}

#[test]
fn code_keeps_prefixes_tabs_and_diagrams() {
    let src = "- item\n\n  ```\n  a\n  \tb\n  ```\n\n> ```\n> x\n> y\n> ```\n";
    let lines = parse(src).layout(30, &Theme::plain());
    let code: Vec<String> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Code)
        .map(StyledLine::plain)
        .collect();
    assert_eq!(code, ["  │ a", "  │     b", "▌ │ x", "▌ │ y"]);

    let diagram = "┌──────┐   ┌──────┐\n│ api  │──▶│  db  │\n└──────┘   └──────┘";
    let src = format!("```text\n{diagram}\n```");
    let lines = parse(&src).layout(8, &Theme::plain());
    let code: Vec<String> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Code)
        .map(StyledLine::plain)
        .collect();
    let expected: Vec<String> = diagram.lines().map(|l| format!("│ {l}")).collect();
    assert_eq!(
        code, expected,
        "never re-wrapped, even when wider than the width"
    );
    assert_eq!(lines[0].plain(), "╭─ text");
}

#[test]
fn tables_align_and_wrap_cells() {
    let src =
        "| Left | Middle | Right |\n|:--|:--:|--:|\n| a | b | 1 |\n| long text here | c | 22 |";
    assert_eq!(
        plain(src, 80),
        [
            "┌────────────────┬────────┬───────┐",
            "│ Left           │ Middle │ Right │",
            "├────────────────┼────────┼───────┤",
            "│ a              │   b    │     1 │",
            "│ long text here │   c    │    22 │",
            "└────────────────┴────────┴───────┘",
        ]
    );
    assert_eq!(
        plain(src, 28),
        [
            "┌─────────┬────────┬───────┐",
            "│ Left    │ Middle │ Right │",
            "├─────────┼────────┼───────┤",
            "│ a       │   b    │     1 │",
            "├─────────┼────────┼───────┤",
            "│ long    │   c    │    22 │",
            "│ text    │        │       │",
            "│ here    │        │       │",
            "└─────────┴────────┴───────┘",
        ]
    );
    for width in 1..=60 {
        let lines = parse(src).layout(width, &Theme::plain());
        assert_text_fits(&lines, width);
    }
    let stacked = plain(src, 12);
    assert!(stacked.contains(&"Left: a".to_owned()), "{stacked:?}");
}

#[test]
fn links_images_footnotes_and_rules() {
    let src = "See [the docs](https://example.com/docs) or <https://example.com>.\n\n![a diagram](img/d.png)\n\nA claim[^src] and another[^two].\n\n---\n\n[^two]: Second note.\n[^src]: First note.";
    let out = plain(src, 80);
    assert_eq!(
        out[0],
        "See the docs (https://example.com/docs) or https://example.com."
    );
    assert_eq!(out[2], "[image: a diagram] (img/d.png)");
    assert_eq!(out[4], "A claim[1] and another[2].");
    assert_eq!(out[6], "─".repeat(80));
    assert_eq!(
        &out[8..],
        [
            "────────────────────",
            "[1] First note.",
            "[2] Second note."
        ]
    );

    let lines = colored(src, 80);
    let linked: Vec<(&str, Option<&str>)> = lines[0]
        .spans
        .iter()
        .map(|s| (s.text.as_str(), s.link.as_deref()))
        .collect();
    assert!(
        linked.contains(&("the docs", Some("https://example.com/docs"))),
        "{linked:?}"
    );
    assert!(linked.contains(&(
        " (https://example.com/docs)",
        Some("https://example.com/docs")
    )));
    assert!(linked.contains(&("https://example.com", Some("https://example.com"))));
}

#[test]
fn code_is_highlighted_by_language_with_colour_only() {
    let samples = [
        (
            "ts",
            "const greeting: string = \"hi\";\nexport function f(): number { return 1; }",
        ),
        (
            "python",
            "def greet(name):\n    return f\"hello {name}\"  # note",
        ),
        (
            "nginx",
            "server {\n    listen 80;\n    server_name \"example.com\";\n}",
        ),
        ("rust", "fn main() { let s = \"x\"; }"),
        ("sql", "SELECT name FROM users WHERE id = 'a';"),
        ("toml", "[a]\nkey = \"value\""),
        ("yaml", "key: \"value\"\nlist: [1, 2]"),
        ("json", "{\"a\": 1, \"b\": true}"),
        ("sh", "echo \"hi\" && exit 1"),
        ("JS", "let x = 'a'; // c"),
    ];
    for (lang, code) in samples {
        let src = format!("```{lang}\n{code}\n```");
        let colors = code_colors(&colored(&src, 80));
        assert!(colors.len() >= 2, "{lang}: {colors:?}");
        assert!(code_colors(&parse(&src).layout(80, &Theme::plain())).is_empty());
        let no_color = parse(&src).layout(80, &Theme::new(ThemeKind::Light, false));
        assert!(code_colors(&no_color).is_empty(), "{lang}");
    }
    let unknown = colored("```nosuchlang\nlet x = \"y\";\n```", 80);
    assert!(code_colors(&unknown).is_empty());
}

#[test]
fn no_style_ever_sets_a_background() {
    let src = include_str!("markdown_render.rs");
    let doc =
        format!("# T\n\n```rust\n{src}\n```\n\n| a | b |\n|---|---|\n| `c` | [d](e) |\n\n> q");
    for theme in [
        Theme::new(ThemeKind::Dark, true),
        Theme::new(ThemeKind::Light, true),
    ] {
        let lines = parse(&doc).layout(60, &theme);
        assert!(
            lines
                .iter()
                .flat_map(|l| &l.spans)
                .all(|s| s.style.bg.is_none())
        );
    }
}

#[test]
fn relayout_at_another_width_reuses_the_document() {
    let doc = parse("```py\nx = 1\n```\n\nsome words that wrap");
    let theme = Theme::default();
    let wide = doc.layout(80, &theme);
    let narrow = doc.layout(10, &theme);
    assert_eq!(wide.iter().filter(|l| l.kind == LineKind::Code).count(), 1);
    assert_eq!(code_colors(&wide), code_colors(&narrow));
    assert!(narrow.len() > wide.len());
}

#[test]
fn a_first_frame_need_not_wait_for_highlighting() {
    let doc = parse("text\n\n```py\nx = 'a'\n```");
    let theme = Theme::default();
    assert!(!doc.is_highlighted());
    let quick = doc.render_available(40, &theme);
    assert!(code_colors(&quick.lines.to_styled()).is_empty());
    assert!(!doc.is_highlighted(), "render_available never highlights");
    doc.highlight();
    assert!(doc.is_highlighted());
    assert_eq!(doc.render_available(40, &theme), doc.render(40, &theme));
    assert!(code_colors(&doc.layout(40, &theme)).len() >= 2);
}

#[test]
fn lines_convert_for_the_tui_and_measure_themselves() {
    let lines = colored("**bold** 漢字", 80);
    let line: Line<'static> = Line::from(&lines[0]);
    assert_eq!(line.to_string(), "bold 漢字");
    assert_eq!(line.spans[0].style, lines[0].spans[0].style);
    assert_eq!(lines[0].width(), 9);
    assert_eq!(plain_text(&lines), "bold 漢字\n");
}

#[test]
fn plain_output_has_no_escapes_and_colour_output_does() {
    let src = "# Title\n\n**b** [l](https://x.y)\n\n```rust\nfn x() {}\n```";
    let doc = parse(src);
    let mut out = Vec::new();
    let plain_lines = doc.layout(40, &Theme::plain());
    assert!(write_ansi(&mut out, &plain_lines, false).is_ok());
    assert!(!out.contains(&0x1b));
    let colored_lines = doc.layout(40, &Theme::default());
    out.clear();
    assert!(write_ansi(&mut out, &colored_lines, false).is_ok());
    assert!(
        !out.contains(&0x1b),
        "colour off wins over a coloured theme"
    );
    out.clear();
    assert!(write_ansi(&mut out, &colored_lines, true).is_ok());
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("\x1b]8;;https://x.y\x1b\\"));
    assert!(text.contains("\x1b[0m"));
}

#[test]
fn empty_and_degenerate_documents() {
    for src in [
        "", "\n\n", "-", ">", "```", "|a|\n|-|", "# ", "[^x]", "[^x]:", "<!-- -->", "* * *",
    ] {
        for width in [1, 2, 3, 80] {
            let lines = parse(src).layout(width, &Theme::default());
            assert_text_fits(&lines, width);
        }
    }
    assert!(parse("").is_empty());
    assert!(parse("").layout(10, &Theme::plain()).is_empty());
}

#[test]
fn snapshot_plain_at_40_and_80() {
    let doc = parse(SAMPLE);
    for width in [40, 80] {
        let text = plain_text(&doc.layout(width, &Theme::plain()));
        insta::assert_snapshot!(format!("markdown_plain_{width}"), text);
    }
}

#[test]
fn snapshot_styled_spans() {
    let src = "## Styles\n\nText with **bold**, *it*, `code` and [a link](https://e.x).\n\n- [x] done\n\n> quoted\n\n```py\nx = \"s\"  # c\n```";
    let lines = parse(src).layout(60, &Theme::new(ThemeKind::Dark, true));
    insta::assert_debug_snapshot!("markdown_styled_spans", lines);
}

const SAMPLE: &str = r#"# Caching in practice

A cache trades **freshness** for *speed*. Read the [overview](https://example.com/caching) first, and keep `ttl` short.[^ttl] 日本語の文も正しく折り返されるべきです。

## Strategies

1. Cache-aside: the application reads the cache, then the database on a miss.
2. Write-through: every write goes to both, so reads are always fresh.
   - costs a slower write path
   - [x] simple to reason about
   - [ ] not yet measured here
3. Write-back: writes land in the cache and reach the database later.

> A cache is a promise that the data is *probably* still true.
>
> > And a promise needs an expiry date.

### Configuration

```toml
[cache]
ttl = "30s"	# tabbed comment
max_entries = 10_000
```

| Strategy | Read | Write | Risk |
|:---|:---:|---:|---|
| Cache-aside | fast on hit | normal | stale reads |
| Write-through | fast | slower | none worth noting in most systems |

```text
client ──▶ cache ──▶ database
```

![Hit ratio chart](charts/hits.png)

---

That is all.

[^ttl]: Time to live: how long an entry may be served.
"#;

#[test]
fn a_line_break_between_cjk_characters_adds_no_space() {
    let theme = tutor::theme::Theme::plain();
    let text = |src: &str| {
        let lines = tutor::markdown::parse(src).layout(80, &theme);
        lines
            .iter()
            .map(tutor::markdown::StyledLine::plain)
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        text("部品が壊れても\n動き続ける"),
        "部品が壊れても動き続ける"
    );
    assert_eq!(text("one\ntwo"), "one two");
    assert_eq!(text("漢字\nand words"), "漢字 and words");
    assert_eq!(text("a line\n`code`"), "a line `code`");
}
