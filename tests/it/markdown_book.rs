//! What a book's reader sees (SPEC §3, §7): the fixture chapter
//! `tests/fixtures/render/mdbook-features.md` holds every mdBook feature the renderer
//! reads, and each renders as exact lines, plain and in colour, through `tutor read`
//! and the TUI reader alike, with none of the markup showing through.
use ratatui::style::Modifier;
use tutor::markdown::{
    Document, LayoutOptions, ParseOptions, QuizCard, Rendered, Unfold, parse, parse_with,
    plain_text,
};
use tutor::theme::{Theme, ThemeKind};

use crate::common::{strip_own_sequences, text, tutor};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/render/mdbook-features.md"
);

/// Markup that must never be shown, whatever the options.
const LEAKS: [&str; 16] = [
    "{#",
    "[!NOTE]",
    "[!TIP]",
    "[!WARNING]",
    "<sup>",
    "<sub>",
    "<details>",
    "<summary>",
    "<Listing",
    "</Listing>",
    "<tutor-quiz",
    "class=",
    "hidelines",
    "does_not_compile",
    "title: What",
    "use std::collections",
];

fn source() -> String {
    std::fs::read_to_string(FIXTURE).unwrap()
}

fn lines(rendered: &Rendered) -> Vec<String> {
    rendered.lines.iter().map(|line| line.plain()).collect()
}

fn plain(doc: &Document, options: &LayoutOptions<'_>) -> Vec<String> {
    lines(&doc.render_with(80, &Theme::plain(), options))
}

/// The lines under the level-2 heading `title`, up to the next one, without the
/// blank lines around them.
fn section(all: &[String], title: &str) -> Vec<String> {
    let start = all.iter().position(|l| l == title).unwrap() + 2;
    let mut end = start;
    while end < all.len() && !all.get(end + 1).is_some_and(|l| l.starts_with('─')) {
        end += 1;
    }
    let part = &all[start..end];
    let first = part.iter().position(|l| !l.is_empty()).unwrap_or(0);
    let last = part
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    part[first..last].to_vec()
}

fn default_section(title: &str) -> Vec<String> {
    section(&plain(&parse(&source()), &LayoutOptions::default()), title)
}

#[test]
fn rust_lines_marked_hidden_are_gone_and_other_languages_hide_by_prefix() {
    assert_eq!(
        default_section("Hidden lines"),
        [
            "╭─ rust",
            "│ fn main() {",
            "│     let shown = 2;",
            "│     # shown with one hash",
            "│     println!(\"{shown}\");",
            "│ }",
            "│ #[derive(Debug)]",
            "│ struct Shown;",
            "╰─",
            "",
            "╭─ python",
            "│ print(\"shown\")",
            "╰─",
        ]
    );
}

#[test]
fn code_flags_read_as_words_beside_the_language() {
    let frames: Vec<String> = default_section("Code flags")
        .into_iter()
        .filter(|l| l.starts_with('╭'))
        .collect();
    assert_eq!(
        frames,
        [
            "╭─ rust · does not compile · ignore",
            "╭─ rust · panics",
            "╭─ rust · not the desired behaviour",
            "╭─ rust · compile fail · should panic",
        ]
    );
}

#[test]
fn a_listing_has_its_file_name_above_and_caption_below() {
    assert_eq!(
        default_section("Listings"),
        [
            "Filename: `src/main.rs`",
            "╭─ rust",
            "│ fn main() {",
            "│     println!(\"Guess!\");",
            "│ }",
            "╰─",
            "Listing 2-1: A guessing game reading `input`",
            "",
            "╭─ text",
            "│ output",
            "╰─",
            "Just a caption",
        ]
    );
}

#[test]
fn alerts_are_quotes_titled_by_their_kind() {
    let expected: Vec<String> = [
        ("Note", "Useful information."),
        ("Tip", "Helpful advice."),
        ("Important", "Key information."),
        ("Warning", "Urgent info."),
        ("Caution", "Risks ahead."),
    ]
    .iter()
    .flat_map(|(label, text)| [format!("▌ {label}"), format!("▌ {text}"), String::new()])
    .collect();
    assert_eq!(default_section("Alerts"), expected[..expected.len() - 1]);
}

#[test]
fn definitions_sit_under_their_terms() {
    assert_eq!(
        default_section("Definitions"),
        [
            "Ownership",
            "    Each value has one owner.",
            "",
            "Borrowing",
            "    Using a value through a reference.",
        ]
    );
}

#[test]
fn html_reads_by_meaning_and_details_stay_folded() {
    assert_eq!(
        default_section("HTML by meaning"),
        [
            "The largest `i8` is 2⁷ − 1, water is H₂O, and 2^k grows.",
            "",
            "[image: Ferris the crab] (img/ferris.png) and [image: Ferris the crab]",
            "(img/ferris.png)",
            "",
            "Seen here.",
            "",
            "▸ Show the answer (folded)",
        ]
    );
    let doc = parse(&source());
    let open = LayoutOptions {
        unfold: Unfold::Only(&[0]),
        ..LayoutOptions::default()
    };
    let rendered = doc.render_with(80, &Theme::plain(), &open);
    let all = lines(&rendered);
    let fold = rendered.folds[0];
    assert!(fold.open);
    assert_eq!(
        all[fold.line..fold.line + 2],
        ["▾ Show the answer", "  The answer is 42."]
    );
}

#[test]
fn a_quiz_place_shows_what_the_course_knows_of_it() {
    assert_eq!(
        default_section("Quiz"),
        ["┃ Quiz: quizzes/ch02-guessing.toml"]
    );
    let cards = |src: &str| {
        (src == "quizzes/ch02-guessing.toml").then(|| QuizCard {
            title: "The guessing game".to_owned(),
            questions: 4,
            state: Some("mastered".to_owned()),
        })
    };
    let options = LayoutOptions {
        quizzes: Some(&cards),
        quiz_hint: Some("press Enter to take it"),
        ..LayoutOptions::default()
    };
    let doc = parse(&source());
    let rendered = doc.render_with(80, &Theme::plain(), &options);
    let quiz = &rendered.quizzes[0];
    assert_eq!(quiz.src, "quizzes/ch02-guessing.toml");
    assert_eq!(
        rendered
            .lines
            .get(quiz.line)
            .map(|line| line.plain())
            .unwrap_or_default(),
        "┃ Quiz: The guessing game · 4 questions · mastered — press Enter to take it"
    );
    assert_eq!(doc.quiz_sources(), ["quizzes/ch02-guessing.toml"]);
}

#[test]
fn chapter_links_show_titles_and_every_link_keeps_its_target_and_place() {
    assert_eq!(
        default_section("Links"),
        [
            "Read the next chapter, ch04-00-understanding-ownership.html, variables and the",
            "Rust site (https://www.rust-lang.org).",
        ]
    );
    let titles = |target: &str| {
        let file = target.split('#').next()?;
        let title = match file.strip_suffix(".md").or(file.strip_suffix(".html"))? {
            "ch03-00-common-programming-concepts" => "Common Concepts",
            "ch04-00-understanding-ownership" => "Understanding Ownership",
            "ch03-01-variables-and-mutability" => "Variables",
            _ => return None,
        };
        Some(title.to_owned())
    };
    let options = ParseOptions {
        chapter_titles: Some(&titles),
        ..ParseOptions::default()
    };
    let doc = parse_with(&source(), &options);
    let rendered = doc.render_with(80, &Theme::plain(), &LayoutOptions::default());
    let all = lines(&rendered);
    assert_eq!(
        section(&all, "Links"),
        [
            "Read the next chapter → Common Concepts, Understanding Ownership, variables →",
            "Variables and the Rust site (https://www.rust-lang.org).",
        ]
    );
    let links: Vec<(String, usize, &str)> = rendered
        .links
        .iter()
        .filter(|span| !span.target.starts_with("img/"))
        .map(|span| {
            let shown: String = all[span.line]
                .chars()
                .skip(span.start)
                .take(span.end - span.start)
                .collect();
            (shown, span.index, span.target.as_str())
        })
        .collect();
    let base = links[0].1;
    assert_eq!(
        links,
        [
            (
                "the next chapter → Common Concepts".to_owned(),
                base,
                "ch03-00-common-programming-concepts.md"
            ),
            (
                "Understanding Ownership".to_owned(),
                base + 1,
                "ch04-00-understanding-ownership.html"
            ),
            (
                "variables →".to_owned(),
                base + 2,
                "ch03-01-variables-and-mutability.md#variables"
            ),
            (
                "Variables".to_owned(),
                base + 2,
                "ch03-01-variables-and-mutability.md#variables"
            ),
            (
                "the Rust site (https://www.rust-lang.org)".to_owned(),
                base + 3,
                "https://www.rust-lang.org"
            ),
        ]
    );
}

#[test]
fn headings_keep_their_anchors_and_show_no_attributes() {
    let doc = parse(&source());
    assert_eq!(
        doc.heading_ids(),
        [
            "top",
            "hidden-lines",
            "code-flags",
            "listings",
            "alerts",
            "definitions",
            "html-by-meaning",
            "quiz",
            "links"
        ]
    );
    let all = plain(&doc, &LayoutOptions::default());
    assert_eq!(all[..2], ["Book features", "═════════════"]);
}

#[test]
fn no_markup_shows_through_at_any_width_or_colour() {
    let doc = parse(&source());
    let open = LayoutOptions {
        unfold: Unfold::All,
        ..LayoutOptions::default()
    };
    for theme in [Theme::plain(), Theme::new(ThemeKind::Dark, true)] {
        for width in [20, 40, 80, 120] {
            for options in [LayoutOptions::default(), open] {
                let shown = plain_text(&doc.render_with(width, &theme, &options).lines.to_styled());
                for leak in LEAKS {
                    assert!(!shown.contains(leak), "{leak:?} at {width}:\n{shown}");
                }
            }
        }
    }
}

/// Lines without the backticks that fence inline code when there is no colour (the
/// fixture has none of its own outside code blocks).
fn unfenced(lines: &[String]) -> Vec<String> {
    lines.iter().map(|line| line.replace('`', "")).collect()
}

#[test]
fn colour_marks_alerts_and_warnings_without_changing_the_words() {
    let theme = Theme::new(ThemeKind::Dark, true);
    let doc = parse(&source());
    let coloured = doc.render(80, &theme);
    let plain = plain(&doc, &LayoutOptions::default());
    assert_eq!(lines(&coloured), unfenced(&plain));
    assert_ne!(
        lines(&coloured),
        plain,
        "inline code is fenced without colour"
    );
    let span = |text: &str| {
        coloured
            .lines
            .iter()
            .flat_map(|line| line.spans())
            .find(|span| span.text == text)
            .unwrap()
    };
    assert_eq!(span("Warning").style.fg, theme.warning.fg);
    assert!(span("Note").style.add_modifier.contains(Modifier::BOLD));
    assert_eq!(span("does not compile").style.fg, theme.warning.fg);
    assert_eq!(span(" (folded)").style.fg, theme.muted.fg);
}

#[test]
fn tutor_read_prints_the_same_lines_with_and_without_colour() {
    // The same words either way; without colour, inline code is fenced in backticks.
    let expected = plain_text(&parse(&source()).layout(80, &Theme::plain()));
    for colour in ["never", "always"] {
        let out = tutor()
            .args(["read", FIXTURE, "--width", "80", "--color", colour])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        let shown = strip_own_sequences(&text(&out.stdout));
        if colour == "never" {
            assert_eq!(shown, expected);
        } else {
            assert_eq!(shown, expected.replace('`', ""), "--color {colour}");
        }
    }
}

#[test]
fn the_fixture_at_80_columns() {
    insta::assert_snapshot!(
        "mdbook_features_plain_80",
        plain_text(&parse(&source()).layout(80, &Theme::plain()))
    );
}
