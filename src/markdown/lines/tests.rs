use super::*;
use ratatui::style::{Color, Modifier};

fn span(text: &str, style: Style, link: Option<&str>) -> StyledSpan {
    StyledSpan {
        text: text.to_owned(),
        style,
        link: link.map(str::to_owned),
    }
}

fn sample() -> Vec<StyledLine> {
    let red = Style::new().fg(Color::Red);
    let bold = Style::new().add_modifier(Modifier::BOLD);
    vec![
        StyledLine {
            spans: vec![
                span("▌ ", red, None),
                span("see ", bold, None),
                span("docs", bold, Some("https://x")),
            ],
            kind: LineKind::Text,
        },
        StyledLine {
            spans: Vec::new(),
            kind: LineKind::Text,
        },
        StyledLine {
            spans: vec![
                span("│ ", red, None),
                span("", bold, None),
                span("let x = 1;", Style::new(), None),
            ],
            kind: LineKind::Code,
        },
    ]
}

fn stored(lines: &[StyledLine]) -> Lines {
    let mut out = Lines::default();
    for line in lines {
        out.push(&line.spans, line.kind);
    }
    out
}

#[test]
fn lines_read_back_as_they_were_given() {
    let lines = sample();
    let store = stored(&lines);
    assert_eq!(store.len(), 3);
    assert_eq!(store.to_styled(), lines);
    assert_eq!(store.get(0).map(|l| l.text()), Some("▌ see docs"));
    assert_eq!(store.get(1).map(|l| l.text()), Some(""));
    assert_eq!(
        store.get(2).map(|l| (l.width(), l.kind())),
        Some((12, LineKind::Code))
    );
    assert!(store.get(3).is_none());
    assert_eq!(store.styles.styles.len(), 3, "each style is kept once");
}

#[test]
fn trimming_drops_trailing_spaces_and_the_spans_they_empty() {
    let mut store = Lines::default();
    let lines = [
        span("  ", Style::new(), None),
        span("a  ", Style::new().fg(Color::Red), None),
        span("  ", Style::new(), None),
    ];
    store.push(&lines, LineKind::Text);
    store.trim_last();
    store.push(&[span("   ", Style::new(), None)], LineKind::Text);
    store.trim_last();
    let texts: Vec<Vec<&str>> = store
        .iter()
        .map(|l| l.spans().map(|s| s.text).collect())
        .collect();
    assert_eq!(texts, [vec!["  ", "a"], vec![]]);
}

#[test]
fn restyling_splits_a_line_over_the_same_text() {
    let mut store = stored(&sample());
    let blue = Style::new().fg(Color::Blue);
    store.restyle(vec![
        Restyle {
            line: 2,
            at: 2,
            parts: vec![(3, blue), (7, Style::new())],
        },
        // Does not cover the line: ignored.
        Restyle {
            line: 0,
            at: 1,
            parts: vec![(1, blue)],
        },
    ]);
    let code: Vec<(&str, Style)> = store
        .get(2)
        .map(|l| l.spans().map(|s| (s.text, s.style)).collect())
        .unwrap_or_default();
    assert_eq!(code[2..], [("let", blue), (" x = 1;", Style::new())]);
    assert_eq!(
        store.get(0).map(|l| l.to_styled()),
        Some(sample()[0].clone())
    );
}
