//! HTML in Markdown (SPEC §7): the tags tutor knows render by meaning, and anything
//! else that looks like a tag (`Vec<u8>`, `Option<T>`, `<T: Clone>`) is shown as
//! written — in rendered prose, in HTML blocks, in chapter titles — with controls from
//! character references still removed. Hostile HTML is in `markdown_props`.
use ratatui::style::Modifier;
use tutor::course::study::StudyItems;
use tutor::markdown::{LayoutOptions, StyledLine, StyledSpan, Unfold, parse};
use tutor::theme::{Theme, ThemeKind};

/// What programmers write that looks like a tag but is not one tutor knows.
const WRITTEN: [&str; 10] = [
    "Vec<u8>",
    "Box<str>",
    "Option<T>",
    "HashMap<K, V>",
    "<T: Clone>",
    "<'a>",
    "<foo>",
    "Box<dyn Error>",
    "Request<B>",
    "Pin<P>",
];

fn plain(src: &str, width: usize) -> Vec<String> {
    parse(src)
        .layout(width, &Theme::plain())
        .iter()
        .map(StyledLine::plain)
        .collect()
}

/// The whole document on as few lines as possible, joined by spaces.
fn one_line(src: &str) -> String {
    plain(src, 1000).join(" ").trim().to_owned()
}

fn dark() -> Theme {
    Theme::new(ThemeKind::Dark, true)
}

/// The first span of coloured lines whose text is exactly `text`.
fn span<'a>(lines: &'a [StyledLine], text: &str) -> &'a StyledSpan {
    lines
        .iter()
        .flat_map(|line| &line.spans)
        .find(|span| span.text == text)
        .unwrap_or_else(|| panic!("no span {text:?} in {lines:#?}"))
}

#[test]
fn generics_stay_as_written_wherever_they_are() {
    let places = [
        "Use {} here.",
        "# A {} heading",
        "- an item with {}",
        "> quoted {}",
        "| head |\n|---|\n| {} |",
        "*emphasis around {}*",
        "<b>bold around {}</b>",
        "[a link to {}](https://example.com)",
        "{}\n\nalone on its line",
    ];
    for written in WRITTEN {
        for place in places {
            let src = place.replace("{}", written);
            let shown = one_line(&src);
            assert!(shown.contains(written), "{src:?} shows {shown:?}");
        }
    }
}

#[test]
fn a_known_tag_never_closed_or_closed_twice_stays_as_written() {
    assert_eq!(
        one_line("Request<B> and Pin<P> and Sum<I>; <b>bold</b></b>"),
        "Request<B> and Pin<P> and Sum<I>; bold</b>"
    );
    // Names pair as written: `</b>` never closes a `<B>`.
    assert_eq!(
        one_line("Wrap<B> in a <b>box</b> <i>x</I>"),
        "Wrap<B> in a box <i>x</I>"
    );
    // Each paragraph pairs its own tags.
    assert_eq!(
        plain("a <b>one\n\ntwo</b> b", 80),
        ["a <b>one", "", "two</b> b"]
    );
}

#[test]
fn phrase_tags_style_their_text() {
    let src = "Press <kbd>Ctrl</kbd>, <code>Vec&lt;u8&gt;</code>, <em>em</em> <i>i</i> \
               <strong>strong</strong> <b>b</b> <mark>marked</mark> <span>span</span> \
               <s>old</s>.";
    assert_eq!(
        one_line(src),
        "Press `Ctrl`, `Vec<u8>`, em i strong b marked span old."
    );
    let theme = dark();
    let lines = parse(src).layout(200, &theme);
    assert_eq!(span(&lines, "Ctrl").style, theme.inline_code);
    assert_eq!(span(&lines, "Vec<u8>").style, theme.inline_code);
    for italic in ["em", "i"] {
        assert!(
            span(&lines, italic)
                .style
                .add_modifier
                .contains(Modifier::ITALIC)
        );
    }
    for bold in ["strong", "b"] {
        assert!(
            span(&lines, bold)
                .style
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }
    assert_eq!(span(&lines, "marked").style, theme.mark);
    assert_ne!(theme.mark, theme.text);
    assert_eq!(span(&lines, "old").style, theme.strikethrough);
    let text_style = theme.text;
    assert!(
        lines[0]
            .spans
            .iter()
            .any(|s| s.text.contains("span") && s.style == text_style)
    );
}

#[test]
fn a_tag_after_a_line_break_keeps_the_break_a_space_only_where_one_belongs() {
    assert_eq!(plain("word\n<b>bold</b> on", 80), ["word bold on"]);
    assert_eq!(plain("漢字\n<b>漢字</b>", 80), ["漢字漢字"]);
    assert_eq!(plain("漢字\n<b>word</b>", 80), ["漢字 word"]);
    assert_eq!(plain("漢字\n<B>漢字", 80), ["漢字 <B>漢字"]);
}

#[test]
fn sup_and_sub_keep_their_meaning_in_a_terminal() {
    assert_eq!(one_line("2<sup>7</sup> − 1"), "2⁷ − 1");
    assert_eq!(
        one_line("from −(2<sup>n − 1</sup>) to 2<sup>n − 1</sup> − 1"),
        "from −(2ⁿ⁻¹) to 2ⁿ⁻¹ − 1"
    );
    assert_eq!(one_line("H<sub>2</sub>O and x<sub>10</sub>"), "H₂O and x₁₀");
    assert_eq!(
        one_line("2<sup>k</sup>, x<sup>a+b</sup>, log<sub>b</sub>, x<sub>max value</sub>"),
        "2^k, x^(a+b), log_b, x_(max value)"
    );
}

#[test]
fn breaks_links_and_images_read_as_their_markdown_forms() {
    assert_eq!(
        plain("one<br>two<BR/>three</br>four", 80),
        ["one", "two", "three", "four"]
    );

    let html = "See <a href=\"https://example.com/a?b=1&amp;c=2\">the docs</a>.";
    let markdown = "See [the docs](https://example.com/a?b=1&c=2).";
    assert_eq!(plain(html, 80), plain(markdown, 80));
    let lines = parse(html).layout(80, &dark());
    assert_eq!(
        span(&lines, "the docs").link.as_deref(),
        Some("https://example.com/a?b=1&c=2")
    );
    assert_eq!(one_line("<a id=\"anchor\"></a>Text"), "Text");
    // Text of two links side by side stays apart, so each is known for an autolink.
    assert_eq!(
        one_line("<https://a.b><https://a.b> <a href=\"u\">x</a><a href=\"u\">y</a>"),
        "https://a.bhttps://a.b x (u)y (u)"
    );

    let image = "<img src=\"fig.png\" alt=\"A &amp; B\" class=\"center\" />";
    assert_eq!(plain(image, 80), plain("![A & B](fig.png)", 80));
    assert_eq!(one_line("<img src=\"fig.png\">"), "[image] (fig.png)");
    assert_eq!(one_line("a Vec<Img> b"), "a Vec<Img> b");
}

#[test]
fn comments_and_scripts_stay_hidden() {
    assert_eq!(one_line("a <!-- hidden --> b <?php x ?> c"), "a b c");
    assert_eq!(
        plain(
            "<!-- a\ncomment -->\n\nText\n\n<script>alert(1)</script>\n<style>p {}</style>",
            80
        ),
        ["Text"]
    );
}

#[test]
fn details_fold_their_content_under_the_summary() {
    let src = "<details>\n<summary>Hint: <code>Vec&lt;u8&gt;</code></summary>\n\n\
               ## Inside\n\nUse a `Vec<u8>`.\n\n</details>\n\nAfter.";
    assert_eq!(plain(src, 80), ["▸ Hint: `Vec<u8>` (folded)", "", "After."]);
    let open = LayoutOptions {
        unfold: Unfold::Only(&[0]),
        ..LayoutOptions::default()
    };
    let unfolded: Vec<String> = parse(src)
        .render_with(80, &Theme::plain(), &open)
        .lines
        .iter()
        .map(|line| line.plain())
        .collect();
    assert_eq!(
        unfolded,
        [
            "▾ Hint: `Vec<u8>`",
            "  Inside",
            "  ──────",
            "",
            "  Use a `Vec<u8>`.",
            "",
            "After."
        ]
    );
    let doc = parse(src);
    assert_eq!(doc.headings(), [(2, "Inside".to_owned())]);
    assert_eq!(doc.block_count(), doc.block_source_lines().len());
    assert_eq!(doc.block_source_lines(), [1, 10]);

    let theme = dark();
    let lines = doc.render_with(80, &theme, &open).lines.to_styled();
    assert!(
        span(&lines, "Hint: ")
            .style
            .add_modifier
            .contains(Modifier::BOLD)
    );

    assert_eq!(
        plain("<details>\nall in one <b>block</b>\n</details>", 80),
        ["▸ Details (folded)"]
    );
}

#[test]
fn html_blocks_read_as_html() {
    assert_eq!(
        plain(
            "<div class=\"x\">\n<b>bold</b> &amp; <!-- hidden -->\n</div>\n\nInline <kbd>Ctrl</kbd> key.",
            80
        ),
        ["bold &", "", "Inline `Ctrl` key."]
    );
    let src = "<h2>Title &lt;T&gt;</h2>\n<p>One <em>two</em></p>\n<p>Three</p>\n<hr>\n\
               <pre>\nlet v: Vec<u8> = x; // &lt;u8&gt;\n    indented\n</pre>\n";
    assert_eq!(
        plain(src, 20),
        [
            "Title <T>",
            "─────────",
            "",
            "One two",
            "",
            "Three",
            "",
            "────────────────────",
            "",
            "╭─",
            "│ let v: Vec<u8> = x; // <u8>",
            "│     indented",
            "╰─"
        ]
    );
    assert_eq!(parse(src).headings(), [(2, "Title <T>".to_owned())]);
    assert_eq!(
        plain("<ul>\n<li>first</li>\n<li><p>second</p></li>\n</ul>", 80),
        ["• first", "", "• second"]
    );
    assert_eq!(
        plain(
            "<table>\n<tr><th>Name</th><th>Type</th></tr>\n<tr><td>v</td><td>Vec&lt;u8&gt;</td></tr>\n</table>",
            80
        ),
        ["Name │ Type", "", "v │ Vec<u8>"]
    );
    assert_eq!(
        plain("<T>\nsome <u8> text &amp; more", 80),
        ["<T> some <u8> text & more"]
    );
}

#[test]
fn controls_from_character_references_are_removed_inside_tags() {
    let srcs = [
        "<b>x&#27;[2Jy</b>",
        "<kbd>&#27;]52;c;eA==&#7;</kbd> <sup>&#27;7</sup>",
        "<div>&#27;[2J &#x9b;31m</div>",
        "<a href=\"&#27;[2Jx\">t</a> <img alt=\"&#27;a\" src=\"&#x9b;b\">",
        "<details><summary>&#27;[2J</summary>\n&#27;[2J\n</details>",
        "<pre>&#27;[2J</pre>",
    ];
    for src in srcs {
        for theme in [Theme::plain(), dark()] {
            let lines = parse(src).layout(80, &theme);
            for span in lines.iter().flat_map(|l| &l.spans) {
                let link = span.link.as_deref().unwrap_or_default();
                assert!(
                    !format!("{}{link}", span.text).chars().any(char::is_control),
                    "{src:?} gives {span:?}"
                );
            }
        }
    }
    assert!(one_line(srcs[0]).contains("x[2Jy"));
}

#[test]
fn chapter_titles_and_prompts_keep_generics_and_their_ids() {
    let body = "# Box<T>, Vec<u8> and <kbd>Ctrl</kbd>\n\n## Reflection prompts\n\n\
                1. When is a Vec<u8> better than a String?\n\
                2. What does <code>Box&lt;dyn Error&gt;</code> buy, 2<sup>7</sup> times?\n";
    let (items, title) = tutor::course::study::scan(body);
    assert_eq!(title.as_deref(), Some("Box<T>, Vec<u8> and Ctrl"));
    let prompts: Vec<(&str, &str)> = items
        .prompts
        .iter()
        .map(|p| (p.id.as_str(), p.text.as_str()))
        .collect();
    // Ids are made from the words outside inline HTML, as they were before HTML was
    // read by meaning, so answers already saved under them stay found.
    assert_eq!(
        prompts,
        [
            (
                "when-is-a-vec-better-than-a-string",
                "When is a Vec<u8> better than a String?"
            ),
            (
                "what-does-boxdyn-error-buy-27-times",
                "What does Box<dyn Error> buy, 2⁷ times?"
            )
        ]
    );
    assert_eq!(StudyItems::find(body), items);
}
