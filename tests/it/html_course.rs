//! A course written the way Rust is written about — `Vec<u8>`, `Option<T>`,
//! `<T: Clone>` in prose, prompts, choices and explanations, with a few HTML tags —
//! shown as written by every part of tutor: the quiz screen, `tutor read`, `tutor
//! list`, `tutor quiz --answers` and the Markdown report.
use crate::common::{NOW, load, screen_text, text, tutor_with_data};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use std::path::Path;
use std::process::Output;
use std::sync::Arc;
use tutor::course::study::StudyItems;
use tutor::markdown::{StyledLine, parse};
use tutor::progress::Clock;
use tutor::quiz::Quiz;
use tutor::theme::Theme;
use tutor::tui::draw::reading_column;
use tutor::tui::quiz::{QuizAction, QuizKind, QuizRunner, QuizScreen, QuizView};
use tutor::tui::theme::Palette;

const COURSE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/valid/html-text"
);
const CHAPTER: &str = "01-generics";
const CLOCK: Clock = Clock::Fixed(NOW);

fn quiz() -> Quiz {
    load(COURSE).course.quizzes.into_iter().next().unwrap()
}

/// The quiz screen after `actions`, drawn in 100×40, as text.
fn quiz_screen(actions: &[QuizAction]) -> String {
    let theme = Theme::plain();
    let runner = QuizRunner::new(Arc::new(quiz()), QuizKind::Course, &CLOCK);
    let mut screen = QuizScreen::new(runner, 78, &theme);
    for &action in actions {
        screen.update(action, &CLOCK, &theme);
    }
    let (width, height) = (100, 40);
    let column = reading_column(Rect::new(0, 0, width, height));
    screen.resize(usize::from(column.width), &theme);
    let palette = Palette::new(&theme);
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
    screen_text(terminal.backend().buffer())
}

fn tutor(data: &Path, args: &[&str]) -> Output {
    tutor_with_data(data)
        .args(["--course", COURSE])
        .args(args)
        .output()
        .expect("the tutor binary runs")
}

#[test]
fn the_quiz_screen_shows_choices_and_notes_as_written() {
    use QuizAction::{Choose, Submit};
    let question = quiz_screen(&[]);
    for choice in ["Vec<u8>", "Box<str>", "Option<T>", "HashMap<K, V>"] {
        assert!(question.contains(choice), "{choice} in\n{question}");
    }
    assert!(question.contains("2⁸ values each"), "{question}");

    let feedback = quiz_screen(&[Choose(1), Submit]);
    assert!(
        feedback.contains("A Box<str> holds UTF-8 text"),
        "{feedback}"
    );
    assert!(
        feedback.contains("A Vec<u8> is a growable buffer of bytes; press `q` to leave."),
        "{feedback}"
    );

    let second = quiz_screen(&[Choose(1), Submit, Submit]);
    for choice in ["<T: Clone>", "<T: Copy + Send>", "<'a>"] {
        assert!(second.contains(choice), "{choice} in\n{second}");
    }
}

#[test]
fn the_command_line_prints_generics_as_written() {
    let data = tempfile::tempdir().unwrap();
    let check = tutor(data.path(), &["check", COURSE]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));

    let graded = tutor(data.path(), &["quiz", "01", "--answers", "b,a"]);
    assert_eq!(graded.status.code(), Some(0), "{}", text(&graded.stderr));
    let out = text(&graded.stdout);
    for line in [
        "1. Which type holds raw bytes, 2⁸ values each? — wrong: you answered b, the answer is a",
        "   A Box<str> holds UTF-8 text, not arbitrary bytes.",
        "   A Vec<u8> is a growable buffer of bytes; press `q` to leave.",
        "   With <T: Clone> the body may call `x.clone()`.",
    ] {
        assert!(out.lines().any(|l| l == line), "{line:?} in\n{out}");
    }

    let read = text(&tutor(data.path(), &["read", "1", "--width", "100"]).stdout);
    for written in [
        "Vec<u8>",
        "Box<str>",
        "Option<T>",
        "HashMap<K, V>",
        "fn f<T: Clone>(x: &T)",
        "<'a>",
        "−(2⁷) to 2⁷ − 1",
        "Press `Ctrl`+`C` to stop.",
        "2. What does `Box<dyn Error>` buy you?",
    ] {
        assert!(read.contains(written), "{written} in\n{read}");
    }

    let list = text(&tutor(data.path(), &["list"]).stdout);
    assert!(list.contains("Box<T>, Vec<u8> and Ctrl"), "{list}");
}

#[test]
fn the_report_keeps_generics_for_any_markdown_viewer() {
    let data = tempfile::tempdir().unwrap();
    let body = std::fs::read_to_string(Path::new(COURSE).join(format!("{CHAPTER}.md"))).unwrap();
    let prompt = &StudyItems::find(&body).prompts[0];
    assert_eq!(prompt.text, "When is a Vec<u8> better than a String?");
    std::fs::write(
        data.path().join("progress.toml"),
        format!(
            "version = 1\n\n[courses.html-text.reflections.{CHAPTER}.{}]\n\
             text = \"When it holds bytes.\"\nupdated = \"2026-11-10T08:00:00Z\"\n",
            prompt.id
        ),
    )
    .unwrap();
    let report = text(&tutor(data.path(), &["progress", "--markdown"]).stdout);
    // `<` is escaped, or a viewer would take `<u8>` for a tag and drop it.
    assert!(
        report.contains("**When is a Vec\\<u8> better than a String?**"),
        "{report}"
    );
    assert!(
        report.contains("### Box\\<T>, Vec\\<u8> and Ctrl"),
        "{report}"
    );
    let shown: Vec<String> = parse(&report)
        .layout(100, &Theme::plain())
        .iter()
        .map(StyledLine::plain)
        .collect();
    assert!(
        shown
            .iter()
            .any(|l| l == "When is a Vec<u8> better than a String?"),
        "{shown:#?}"
    );
}
