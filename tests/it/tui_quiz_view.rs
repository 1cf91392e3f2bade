//! Drawing the quiz runner: buffer snapshots of each phase at two sizes, colours of
//! the verdicts, and no panic at any size.

use crate::common::{NOW, buffer_rows, sample_quiz};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use std::sync::Arc;
use tutor::progress::Clock;
use tutor::quiz::{Question, QuestionKind, Quiz};
use tutor::theme::{Theme, ThemeKind};
use tutor::tui::draw::reading_column;
use tutor::tui::quiz::{QuizAction, QuizKind, QuizRunner, QuizScreen, QuizView};
use tutor::tui::theme::Palette;

const CLOCK: Clock = Clock::Fixed(NOW);
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The quiz screen drawn in a `width`×`height` terminal, laid out for it first as the
/// app does when the terminal's size changes.
fn draw(screen: &QuizScreen, theme: &Theme, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut screen = screen.clone();
    let column = reading_column(Rect::new(0, 0, width, height));
    screen.resize(usize::from(column.width), theme);
    let palette = Palette::new(theme);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            let view = QuizView {
                screen: &screen,
                palette: &palette,
            };
            frame.render_widget(view, frame.area());
        })
        .unwrap();
    terminal
}

/// A quiz screen over `quiz`, started at [`CLOCK`].
fn start(quiz: &Quiz) -> QuizScreen {
    let runner = QuizRunner::new(Arc::new(quiz.clone()), QuizKind::Course, &CLOCK);
    QuizScreen::new(runner, 78, &Theme::plain())
}

fn act(screen: &mut QuizScreen, actions: &[QuizAction]) {
    for &action in actions {
        screen.update(action, &CLOCK, &Theme::plain());
    }
}

/// The screen at each phase worth drawing, over the built-in quiz.
fn phases(quiz: &Quiz) -> Vec<(&'static str, QuizScreen)> {
    use QuizAction::{Choose, Down, Submit, Toggle};
    let mut question = start(quiz);
    act(&mut question, &[Choose(1), Submit, Submit, Toggle, Down]);
    let mut feedback = start(quiz);
    act(&mut feedback, &[Choose(0), Submit]);
    let mut result = feedback.clone();
    act(&mut result, &[Submit]);
    for letters in [&[0, 1][..], &[1], &[1], &[1]] {
        for &i in letters {
            act(&mut result, &[Choose(i)]);
        }
        act(&mut result, &[Submit, Submit]);
    }
    let mut detail = result.clone();
    act(&mut detail, &[QuizAction::Explain]);
    vec![
        ("question", question),
        ("feedback", feedback),
        ("result", result),
        ("detail", detail),
    ]
}

#[test]
fn snapshots_of_question_feedback_and_result() {
    let quiz = sample_quiz("02-scalability-patterns");
    let theme = Theme::default();
    for (name, screen) in phases(&quiz) {
        for (width, height) in SIZES {
            let terminal = draw(&screen, &theme, width, height);
            insta::assert_snapshot!(format!("quiz_{name}_{width}x{height}"), terminal.backend());
        }
    }
}

#[test]
fn the_phases_show_what_they_promise() {
    let quiz = sample_quiz("02-scalability-patterns");
    let theme = Theme::plain();
    let phases = phases(&quiz);
    let screen = |i: usize| buffer_rows(draw(&phases[i].1, &theme, 80, 24).backend().buffer());
    let question = screen(0);
    assert!(question.contains("Micro-quiz: scaling decisions — question 2 of 5"));
    assert!(question.contains("need 4 of 5 to master (80%)"));
    assert!(question.contains("  ☑ a) There is a largest machine you can buy"));
    assert!(question.contains("▸ ☐ b) One machine is still one point of failure"));
    assert!(question.contains("a b c… 1 2 3… choose  j ↓ move  Enter submit  q Esc quit"));
    let feedback = screen(1);
    assert!(feedback.contains("✗ ◉ a) They must run on identical hardware"));
    assert!(feedback.contains("✓ ◯ b) Any server can answer any request"));
    assert!(feedback.contains("✗ Not quite — the answer is b"));
    assert!(feedback.contains("  a) Identical hardware is convenient but not required"));
    assert!(feedback.contains("Horizontal scaling spreads requests"));
    assert!(feedback.contains("Enter next  j ↓ scroll  q Esc quit"));
    let result = screen(2);
    assert!(result.contains("This round: 4 of 5 right"));
    assert!(result.contains("Score 4/5 — mastered (need 4 of 5, 80%)"));
    assert!(result.contains("✗ 1. What must be true"));
    assert!(result.contains("✓ 2. Which limits apply"));
    assert!(result.contains("Enter explain  R retry missed  A retake all  q Esc back"));
}

#[test]
fn feedback_on_a_short_screen_says_the_question_is_above_and_scrolls_to_it() {
    let quiz = sample_quiz("02-scalability-patterns");
    let theme = Theme::plain();
    let mut screen = start(&quiz);
    act(&mut screen, &[QuizAction::Choose(0), QuizAction::Submit]);
    screen.set_rows(12);
    let shown = |screen: &QuizScreen| buffer_rows(draw(screen, &theme, 60, 12).backend().buffer());
    let feedback = shown(&screen);
    assert!(
        feedback.contains("✗ Not quite — the answer is b"),
        "{feedback}"
    );
    assert!(!feedback.contains("What must be true"), "{feedback}");
    assert!(
        feedback.contains("↑ more above"),
        "the question is above:\n{feedback}"
    );
    for _ in 0..50 {
        act(&mut screen, &[QuizAction::Up]);
    }
    let top = shown(&screen);
    assert!(top.contains("What must be true"), "{top}");
    assert!(!top.contains("↑ more above"), "{top}");
    assert!(top.contains("↓ more below"), "{top}");
    act(&mut screen, &[QuizAction::Down]);
    assert!(
        shown(&screen).contains("↑ more above"),
        "one key down moves at once"
    );
}

fn short_answer_quiz(prompt: String, explanation: String) -> Quiz {
    Quiz {
        id: "short".into(),
        title: "Short".into(),
        chapter: None,
        mastery: 100,
        questions: vec![Question {
            id: "cap".into(),
            prompt,
            context: Some("The **CAP** theorem, once more.".into()),
            group: None,
            kind: QuestionKind::ShortAnswer {
                answer: "partition tolerance".into(),
                alternatives: Vec::new(),
                response: tutor::quiz::ResponseFormat::Short,
            },
            explanation: Some(explanation),
            prompt_explanation: false,
            section: None,
        }],
    }
}

#[test]
fn a_short_answer_shows_context_and_the_text_typed_with_its_end_in_view() {
    let quiz = short_answer_quiz(
        "Which property can no system give up?".into(),
        "It is P.".into(),
    );
    let theme = Theme::plain();
    let mut runner = start(&quiz);
    for c in "consistency".chars() {
        act(&mut runner, &[QuizAction::Char(c)]);
    }
    let screen = buffer_rows(draw(&runner, &theme, 80, 24).backend().buffer());
    assert!(screen.contains("The CAP theorem, once more."));
    assert!(screen.contains("Your answer:"));
    assert!(screen.contains("› consistency▌"));
    assert!(screen.contains("Enter submit  Esc quit"));
    for c in " and more".repeat(10).chars() {
        act(&mut runner, &[QuizAction::Char(c)]);
    }
    let narrow = buffer_rows(draw(&runner, &theme, 30, 10).backend().buffer());
    assert!(narrow.contains("more and more▌"), "{narrow}");
    act(&mut runner, &[QuizAction::Submit]);
    let feedback = buffer_rows(draw(&runner, &theme, 80, 24).backend().buffer());
    assert!(feedback.contains("✗ Not quite — the answer is “partition tolerance”"));
    assert!(feedback.contains("You answered “consistency and more"));
}

#[test]
fn long_feedback_keeps_the_verdict_in_view_and_scrolls() {
    let prompt = (1..=30)
        .map(|i| format!("Line {i} of the prompt."))
        .collect::<Vec<_>>();
    let explanation = (1..=30).map(|i| format!("Reason {i}.")).collect::<Vec<_>>();
    let quiz = short_answer_quiz(prompt.join("\n\n"), explanation.join("\n\n"));
    let theme = Theme::plain();
    let mut runner = start(&quiz);
    let asking = buffer_rows(draw(&runner, &theme, 80, 24).backend().buffer());
    assert!(
        asking.contains("› ▌"),
        "the input stays in view under a long prompt"
    );
    act(&mut runner, &[QuizAction::Char('x'), QuizAction::Submit]);
    let before = buffer_rows(draw(&runner, &theme, 80, 24).backend().buffer());
    assert!(before.contains("✗ Not quite"));
    assert!(!before.contains("Reason 30."));
    for _ in 0..200 {
        act(&mut runner, &[QuizAction::Down]);
    }
    let after = buffer_rows(draw(&runner, &theme, 80, 24).backend().buffer());
    assert!(after.contains("Reason 30."), "{after}");
    assert!(after.contains("Enter next"), "{after}");
}

/// Runs of equal style on one row, as (text, style).
fn styled_runs(buffer: &Buffer, y: u16) -> Vec<(String, Style)> {
    let mut runs: Vec<(String, Style)> = Vec::new();
    for x in buffer.area.left()..buffer.area.right() {
        let cell = &buffer[(x, y)];
        let style = cell.style();
        match runs.last_mut() {
            Some((text, last)) if *last == style => text.push_str(cell.symbol()),
            _ => runs.push((cell.symbol().to_owned(), style)),
        }
    }
    runs.retain(|(text, _)| !text.trim().is_empty());
    runs
}

fn row_containing(buffer: &Buffer, needle: &str) -> u16 {
    let screen = buffer_rows(buffer);
    let row = screen.lines().position(|l| l.contains(needle)).unwrap();
    u16::try_from(row).unwrap()
}

#[test]
fn right_and_wrong_differ_in_colour_and_nothing_paints_a_background() {
    let quiz = sample_quiz("02-scalability-patterns");
    let phases = phases(&quiz);
    let feedback = &phases[1].1;
    for kind in [ThemeKind::Dark, ThemeKind::Light] {
        let theme = Theme::new(kind, true);
        let terminal = draw(feedback, &theme, 80, 24);
        let buffer = terminal.backend().buffer();
        let fg = |needle: &str| {
            let y = row_containing(buffer, needle);
            buffer[(1, y)].fg
        };
        let (wrong, right) = (fg("✗ ◉ a)"), fg("✓ ◯ b)"));
        assert_ne!(wrong, Color::Reset);
        assert_ne!(right, Color::Reset);
        assert_ne!(wrong, right, "{kind:?}");
        for phase in &phases {
            let terminal = draw(&phase.1, &theme, 120, 40);
            let buffer = terminal.backend().buffer();
            assert!(buffer.content().iter().all(|c| c.bg == Color::Reset));
        }
    }
    let theme = Theme::default();
    let terminal = draw(feedback, &theme, 80, 24);
    let buffer = terminal.backend().buffer();
    let rows =
        ["✗ ◉ a)", "✓ ◯ b)", "✗ Not quite"].map(|n| styled_runs(buffer, row_containing(buffer, n)));
    insta::assert_debug_snapshot!("quiz_feedback_styles", rows);
    // Without colour the verdicts are told apart by their marks alone.
    let plain = draw(feedback, &Theme::plain(), 80, 24);
    assert!(
        plain
            .backend()
            .buffer()
            .content()
            .iter()
            .all(|c| c.fg == Color::Reset)
    );
}

#[test]
fn never_panics_at_any_size() {
    let quiz = sample_quiz("02-scalability-patterns");
    let long = short_answer_quiz("word ".repeat(400), "`code` ".repeat(300));
    let mut typing = start(&long);
    for c in "界".repeat(50).chars() {
        act(&mut typing, &[QuizAction::Char(c)]);
    }
    let mut answered = typing.clone();
    act(&mut answered, &[QuizAction::Submit, QuizAction::Down]);
    let mut runners: Vec<QuizScreen> = phases(&quiz).into_iter().map(|(_, r)| r).collect();
    runners.extend([typing, answered]);
    let theme = Theme::default();
    for runner in &runners {
        for (width, height) in [(1, 1), (10, 3), (39, 9), (40, 10), (200, 60)] {
            draw(runner, &theme, width, height);
        }
        for width in (1..=64).step_by(3) {
            for height in 1..=12 {
                draw(runner, &theme, width, height);
            }
        }
    }
}
