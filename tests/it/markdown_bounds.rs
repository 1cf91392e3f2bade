//! Bounded work on hostile HTML (SPEC §7): input built to make a reader search again
//! and again — unfinished comments, quotes that never close, tags nested a hundred
//! thousand deep — is read in time linear in its size, never panics, and renders clean.
use std::time::{Duration, Instant};

use proptest::prelude::*;
use tutor::markdown::{parse, plain_text};
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
            let small = render_time(&src[..src.len() / 10]);
            let large = render_time(&src);
            // Ten times the input: generous room for noise, far below the hundredfold
            // of a quadratic pass.
            assert!(
                large < small * 30 + Duration::from_millis(150),
                "{pattern:?}: {small:?} for a tenth, {large:?} for all"
            );
        }
    }
    let lines = parse(&"<".repeat(100_000)).layout(100, &Theme::plain());
    assert_eq!(plain_text(&lines).replace('\n', ""), "<".repeat(100_000));
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
