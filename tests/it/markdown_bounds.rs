//! Bounded work on hostile Markdown and HTML (SPEC §7): input built to make a reader
//! search again and again — unfinished comments, quotes that never close, tags nested a
//! hundred thousand deep — is read in time linear in its size, never panics, and
//! renders clean; lists and quotes nested tens of thousands deep render flat past a
//! fixed depth instead of overflowing the stack; a table thousands of columns wide is
//! held in a small multiple of its size, however many lines its narrow form takes.
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use tutor::markdown::{LayoutOptions, Unfold, parse, plain_text};
use tutor::theme::{Theme, ThemeKind};

/// Parses and lays out `src`, returning how long it took.
fn render_time(src: &str) -> Duration {
    let started = Instant::now();
    let lines = parse(src).layout(80, &Theme::plain());
    let elapsed = started.elapsed();
    assert!(
        !plain_text(&lines)
            .chars()
            .any(|c| c.is_control() && c != '\n')
    );
    elapsed
}

#[test]
fn hostile_html_is_read_in_linear_time() {
    let patterns = [
        "<",
        "a <",
        "<!--",
        "<![CDATA[",
        "<?",
        "<!x",
        "<a href=\"",
        "<a href='x' ",
        "<a b",
        "<b>",
        "</b>",
        "<sup>",
        "<b><i>x</b>",
        "<b>a</b>",
        "*a*",
        "<details>\n",
        "<div>\n<pre>",
        "<summary>",
    ];
    for pattern in patterns {
        for src in [
            pattern.repeat(100_000),
            format!("<div>\n{}", pattern.repeat(100_000)),
        ] {
            // Ten times the input: generous room for noise, far below the hundredfold
            // of a quadratic pass. A busy machine can stall one run, so a miss is
            // measured again, up to three times, before it counts.
            let linear = || {
                let small = render_time(&src[..src.len() / 10]);
                let large = render_time(&src);
                (
                    large < small * 30 + Duration::from_millis(150),
                    small,
                    large,
                )
            };
            let runs: Vec<_> = (0..3).map(|_| linear()).take_while(|r| !r.0).collect();
            assert!(
                runs.len() < 3,
                "{pattern:?}: a tenth and the whole took {:?}",
                runs.iter().map(|r| (r.1, r.2)).collect::<Vec<_>>()
            );
        }
    }
    let lines = parse(&"<".repeat(100_000)).layout(100, &Theme::plain());
    assert_eq!(plain_text(&lines).replace('\n', ""), "<".repeat(100_000));
}

/// Containers of every kind nested far deeper than the renderer goes: the hostile
/// inputs that used to overflow the stack in layout.
fn deep_nesting(levels: usize) -> Vec<(&'static str, String)> {
    vec![
        ("bullets", format!("{}x", "- ".repeat(levels))),
        ("numbers", format!("{}x", "1. ".repeat(levels))),
        ("quotes", format!("{}x", ">".repeat(levels))),
        ("spaced quotes", format!("{}x", "> ".repeat(levels))),
        ("quoted lists", format!("{}x", "> - ".repeat(levels / 2))),
        (
            "indented lists",
            (0..levels / 10).fold(String::new(), |mut out, depth| {
                out.push_str(&"  ".repeat(depth));
                out.push_str("- item\n");
                out
            }),
        ),
        (
            "footnotes",
            format!("a[^n]\n\n[^n]: {}x", "> ".repeat(levels)),
        ),
        (
            "folds",
            format!("{}x\n", "<details>\n\n> ".repeat(levels / 4)),
        ),
    ]
}

#[test]
fn nesting_of_any_depth_renders_flat_beyond_the_cap_in_bounded_time() {
    for (name, src) in deep_nesting(20_000) {
        let started = Instant::now();
        let doc = parse(&src);
        // Folds open, so the content inside them is laid out too.
        let open = LayoutOptions {
            unfold: Unfold::All,
            ..LayoutOptions::default()
        };
        let text = plain_text(
            &doc.render_with(80, &Theme::plain(), &open)
                .lines
                .to_styled(),
        );
        let elapsed = started.elapsed();
        // Release builds take milliseconds; an unoptimised test build gets ample room.
        assert!(elapsed < Duration::from_secs(10), "{name}: {elapsed:?}");
        assert!(
            text.contains('x') || text.contains("item"),
            "{name}: {text:.200}"
        );
        assert_eq!(doc.flattened_line().is_some(), name != "folds", "{name}");
        assert_eq!(doc.headings(), Vec::new(), "{name}");
        // Dropping the document must not recurse as deep as the input either.
        drop(doc);
    }
    let doc = parse(&format!("{}x", ">".repeat(100_000)));
    assert!(plain_text(&doc.layout(80, &Theme::plain())).contains('x'));
    assert_eq!(doc.flattened_line(), Some(1));
}

#[test]
fn book_blocks_nested_without_end_render_in_bounded_time() {
    let levels = 20_000;
    let cases = [
        format!("{}x", "<Listing caption=\"c\">\n\n".repeat(levels)),
        format!("{}x", "<div class=\"hidden\">\n\n".repeat(levels)),
        format!("{}x", "> [!NOTE]\n".repeat(levels)),
        format!("{}x", "> [!TIP]\n> ".repeat(levels)),
        format!("{}x", "<Listing>\n\n- ".repeat(levels / 2)),
        (0..levels / 10).fold(String::new(), |mut out, depth| {
            let indent = "  ".repeat(depth);
            let _ = write!(out, "{indent}term\n{indent}: definition\n");
            out
        }),
        format!("{}x", "<tutor-quiz src=\"q\">".repeat(levels)),
    ];
    for src in cases {
        let started = Instant::now();
        let doc = parse(&src);
        let text = plain_text(&doc.layout(80, &Theme::plain()));
        assert!(started.elapsed() < Duration::from_secs(10), "{src:.40}");
        assert!(!text.contains("<Listing"), "{text:.200}");
        drop(doc);
    }
}

#[test]
fn nesting_within_the_cap_is_kept_and_the_flattened_line_is_where_it_starts() {
    let doc = parse("- a\n  - b\n    - c\n");
    assert_eq!(doc.flattened_line(), None);
    assert_eq!(
        plain_text(&doc.layout(80, &Theme::plain())),
        "• a\n  ◦ b\n    ▪ c\n"
    );
    let doc = parse(&format!("# T\n\ntext\n\n{}deep\n", "> ".repeat(100)));
    assert_eq!(doc.flattened_line(), Some(5));
    assert_eq!(doc.headings(), vec![(1, "T".to_owned())]);
}

/// A table of `columns` columns far too many for any screen: a header row, then
/// `rows` rows of short cells.
fn wide_table(columns: usize, rows: usize) -> String {
    let mut src = String::new();
    for column in 0..columns {
        let _ = write!(src, "| c{column} ");
    }
    src.push_str("|\n");
    src.push_str(&"|---".repeat(columns));
    src.push_str("|\n");
    for row in 0..rows {
        for column in 0..columns {
            let _ = write!(src, "| v{} ", (row * 7 + column) % 100);
        }
        src.push_str("|\n");
    }
    src
}

#[test]
fn a_table_too_wide_for_the_screen_is_held_in_a_small_multiple_of_its_size() {
    let (columns, rows) = (2_000, 40);
    let src = wide_table(columns, rows);
    let doc = parse(&src);
    // Each cell is kept once, its text and a dozen bytes beside it: about three times
    // the source. A vector of runs per cell, each run owning a string, took more than
    // thirty times.
    assert!(
        doc.heap_bytes() < 6 * src.len(),
        "{} bytes held for {} of source",
        doc.heap_bytes(),
        src.len()
    );
    for theme in [Theme::plain(), Theme::new(ThemeKind::Dark, true)] {
        let rendered = doc.render(80, &theme);
        let lines = &rendered.lines;
        // Stacked: a `header: value` line per cell, a rule between rows.
        assert_eq!(lines.len(), rows * columns + rows - 1);
        assert_eq!(lines.get(0).map(|l| l.plain()).as_deref(), Some("c0: v0"));
        assert_eq!(lines.get(columns).map(|l| l.plain()), Some("─".repeat(80)));
        assert_eq!(
            lines.get(lines.len() - 1).map(|l| l.plain()).as_deref(),
            Some("c1999: v72")
        );
        // A line holds its text, eight bytes and twelve per span (two here at most):
        // some forty bytes. Lines kept as vectors of spans, each span owning its
        // string, took over three hundred.
        let per_line = lines.heap_bytes() / lines.len();
        assert!(per_line < 100, "{per_line} bytes a line");
    }
}

fn html_token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "<",
        ">",
        "</",
        "/>",
        "b",
        "sup",
        "sub",
        "details",
        "summary",
        "Listing",
        "tutor-quiz",
        "class=\"hidden\"",
        "caption=\"<Listing>\"",
        "src=\"q\"",
        "[!NOTE]",
        ": ",
        "pre",
        "a",
        "img",
        "script",
        "href=\"x\"",
        "alt='y'",
        "=",
        "\"",
        "'",
        " ",
        "\n",
        "\n\n",
        "<!--",
        "-->",
        "&#27;",
        "&lt;",
        "&amp;",
        "text",
        "Vec<u8>",
        "<T: Clone>",
        "`",
        "*",
        "- ",
        "> ",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_html_renders_clean_at_any_width(
        tokens in prop::collection::vec(html_token(), 0..80),
        width in 1usize..60,
    ) {
        let src = tokens.concat();
        for theme in [Theme::plain(), Theme::new(ThemeKind::Dark, true)] {
            let doc = parse(&src);
            prop_assert_eq!(doc.block_count(), doc.block_source_lines().len());
            for line in doc.layout(width, &theme) {
                for span in &line.spans {
                    prop_assert!(!span.text.chars().any(char::is_control), "{:?}", span);
                }
            }
        }
    }
}
