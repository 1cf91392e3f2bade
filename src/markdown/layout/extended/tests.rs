//! The blocks books add, laid out plain and in colour.
use ratatui::style::{Color, Modifier};

use crate::markdown::{FoldLine, LayoutOptions, QuizCard, QuizLine, Rendered, Unfold, parse};
use crate::theme::{Theme, ThemeKind};

fn render(src: &str, width: usize, options: &LayoutOptions<'_>) -> Rendered {
    parse(src).render_with(width, &Theme::plain(), options)
}

fn plain(src: &str, width: usize) -> Vec<String> {
    lines(&render(src, width, &LayoutOptions::default()))
}

fn lines(rendered: &Rendered) -> Vec<String> {
    rendered.lines.iter().map(|line| line.plain()).collect()
}

#[test]
fn an_alert_is_a_quote_titled_by_its_kind() {
    let src = "> [!WARNING]\n> Mind the *gap*.\n>\n> Twice.";
    assert_eq!(
        plain(src, 80),
        ["▌ Warning", "▌ Mind the gap.", "▌", "▌ Twice."]
    );
    for (kind, label) in [
        ("NOTE", "Note"),
        ("TIP", "Tip"),
        ("IMPORTANT", "Important"),
        ("CAUTION", "Caution"),
    ] {
        assert_eq!(
            plain(&format!("> [!{kind}]\n> x"), 80),
            [format!("▌ {label}"), "▌ x".into()]
        );
    }
    // A plain quote stays a plain quote.
    assert_eq!(plain("> [!NOTE] inline\n> x", 80), ["▌ [!NOTE] inline x"]);
}

#[test]
fn an_alert_is_coloured_by_its_kind() {
    let theme = Theme::new(ThemeKind::Dark, true);
    let lines = parse("> [!CAUTION]\n> Risky.").layout(80, &theme);
    assert_eq!(
        lines[0].spans[0].style.fg,
        Some(theme.caution.fg.unwrap_or(Color::Reset))
    );
    let title = &lines[0].spans[1];
    assert_eq!(title.text, "Caution");
    assert_eq!(title.style.fg, theme.caution.fg);
    assert!(title.style.add_modifier.contains(Modifier::BOLD));
    assert_eq!(lines[1].spans[0].style.fg, theme.caution.fg);
}

#[test]
fn a_definition_sits_indented_under_its_bold_term() {
    let src = "Ownership\n: Each value has one owner, and the value is dropped when it goes.\n\n\
               Borrow\n: A reference.\n: Also a loan.";
    assert_eq!(
        plain(src, 40),
        [
            "Ownership",
            "    Each value has one owner, and the",
            "    value is dropped when it goes.",
            "",
            "Borrow",
            "    A reference.",
            "",
            "    Also a loan.",
        ]
    );
    let lines = parse("Term\n: meaning").layout(80, &Theme::new(ThemeKind::Light, false));
    assert!(
        lines[0].spans[0]
            .style
            .add_modifier
            .contains(Modifier::BOLD)
    );
}

#[test]
fn a_fold_is_closed_unless_the_layout_opens_it() {
    let src = "<details>\n<summary>First</summary>\n\n## Inside\n\nText.\n\n</details>\n\n\
               <details><summary>Second</summary>\n\nMore.\n\n</details>\n\n# After";
    let closed = render(src, 80, &LayoutOptions::default());
    assert_eq!(
        lines(&closed),
        [
            "▸ First (folded)",
            "",
            "▸ Second (folded)",
            "",
            "After",
            "═════"
        ]
    );
    let line = |index, line, open| FoldLine { index, line, open };
    assert_eq!(closed.folds, [line(0, 0, false), line(1, 2, false)]);
    // The hidden heading is at its fold's summary, so the outline stays in step.
    assert_eq!(closed.heading_lines, [0, 4]);

    let second = LayoutOptions {
        unfold: Unfold::Only(&[1]),
        ..LayoutOptions::default()
    };
    let opened = render(src, 80, &second);
    assert_eq!(
        lines(&opened)[..5],
        ["▸ First (folded)", "", "▾ Second", "  More.", ""]
    );
    assert_eq!(opened.folds, [line(0, 0, false), line(1, 2, true)]);

    let noted = LayoutOptions {
        folded_note: Some("— Enter opens"),
        ..LayoutOptions::default()
    };
    assert_eq!(lines(&render(src, 80, &noted))[0], "▸ First — Enter opens");
}

#[test]
fn a_fold_inside_a_closed_fold_is_not_laid_out() {
    let src = "<details><summary>Out</summary>\n\n<details><summary>In</summary>\n\n\
               x\n\n</details>\n\n</details>";
    assert_eq!(plain(src, 80), ["▸ Out (folded)"]);
    let open = LayoutOptions {
        unfold: Unfold::All,
        ..LayoutOptions::default()
    };
    let all = render(src, 80, &open);
    assert_eq!(lines(&all), ["▾ Out", "  ▾ In", "    x"]);
    assert_eq!(
        all.folds.iter().map(|f| f.index).collect::<Vec<_>>(),
        [0, 1]
    );
}

#[test]
fn a_listing_shows_its_file_name_above_and_its_caption_below() {
    let src = "<Listing number=\"2-1\" file-name=\"src/main.rs\" caption=\"Reads *one* `line`\">\n\n\
               ```rust\nfn main() {}\n```\n\n</Listing>\n\nAfter.";
    assert_eq!(
        plain(src, 80),
        [
            "Filename: `src/main.rs`",
            "╭─ rust",
            "│ fn main() {}",
            "╰─",
            "Listing 2-1: Reads one `line`",
            "",
            "After."
        ]
    );
    let only_number = "<Listing number=\"3\">\n\n```\nx\n```\n\n</Listing>";
    assert_eq!(plain(only_number, 80), ["╭─", "│ x", "╰─", "Listing 3"]);
}

#[test]
fn a_quiz_is_one_framed_line_from_what_the_course_knows() {
    let src = "Before.\n\n<tutor-quiz src=\"quizzes/q.toml\"></tutor-quiz>\n\nAfter.";
    let bare = render(src, 80, &LayoutOptions::default());
    assert_eq!(
        lines(&bare),
        ["Before.", "", "┃ Quiz: quizzes/q.toml", "", "After."]
    );
    let quiz = QuizLine {
        line: 2,
        src: "quizzes/q.toml".to_owned(),
    };
    assert_eq!(bare.quizzes, std::slice::from_ref(&quiz));

    let cards = |src: &str| {
        (src == "quizzes/q.toml").then(|| QuizCard {
            title: "Guessing game".to_owned(),
            questions: 3,
            state: Some("not taken".to_owned()),
        })
    };
    let known = LayoutOptions {
        quizzes: Some(&cards),
        quiz_hint: Some("press Enter to take it"),
        ..LayoutOptions::default()
    };
    let rendered = render(src, 40, &known);
    assert_eq!(
        lines(&rendered)[2..4],
        [
            "┃ Quiz: Guessing game · 3 questions ·",
            "┃ not taken — press Enter to take it"
        ]
    );
    assert_eq!(rendered.quizzes, [quiz]);
}
