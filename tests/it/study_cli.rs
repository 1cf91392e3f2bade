//! Studying from the command line, through the built binary: a quiz printed to answer
//! on paper, the review queue with its choices, verdicts that quote the choices,
//! chapters and quizzes found by number or suggested when mistyped, and listings that
//! fit the width.
use crate::common::{SAMPLE_COURSE, strip_own_sequences, text, tutor_with_data};
use std::path::Path;
use std::process::Output;
use unicode_width::UnicodeWidthStr;

const BOOK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/book");

/// Runs tutor with its progress in `data`, on the sample course unless the arguments
/// name one (`--course builtin` stands for the built-in course).
fn run(data: &Path, args: &[&str]) -> Output {
    let mut command = tutor_with_data(data);
    match args.iter().position(|a| *a == "--course") {
        Some(i) if args.get(i + 1) == Some(&"builtin") => {
            command.args(&args[..i]).args(&args[i + 2..]);
        }
        Some(_) => {
            command.args(args);
        }
        None => {
            command.args(["--course", SAMPLE_COURSE]).args(args);
        }
    }
    command
        .env_remove("NO_COLOR")
        .env("TUTOR_NOW", "2026-11-10T09:30:00Z")
        .output()
        .expect("the tutor binary runs")
}

fn ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

fn widest(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

#[test]
fn a_printed_quiz_has_numbered_prompts_and_lettered_wrapped_choices_and_no_answers() {
    let data = tempfile::tempdir().unwrap();
    let printed = ok(&run(
        data.path(),
        &["quiz", "02", "--print", "--width", "50"],
    ));
    let expected_start = "\
Micro-quiz: scaling decisions
═════════════════════════════
5 questions · need 4 of 5 (80%)

1. What must be true of your web servers before
   you can scale out behind a load balancer?
   a) They must run on identical hardware
   b) Any server can answer any request: no
      session state lives only in one process
   c) They must share one database connection
   d) They must be restarted together

2. Which limits apply to scaling up (vertically)?
   Select all that apply.
   a) There is a largest machine you can buy
   b) One machine is still one point of failure
   c) It requires stateless servers
   d) It needs a load balancer
   Select all that apply: answer with every right
   letter, like ac.
";
    assert!(printed.starts_with(expected_start), "{printed}");
    assert!(widest(&printed) <= 50, "{printed}");
    assert!(!printed.contains("**"), "Markdown is rendered: {printed}");
    // Neither an explanation nor a why, nor the key, is shown.
    for secret in [
        "Horizontal scaling spreads",
        "Identical hardware is convenient",
        "A reactive rule waits",
        "answer is",
        "— right",
    ] {
        assert!(!printed.contains(secret), "{secret:?} in\n{printed}");
    }
    assert!(
        printed.contains("5. In the edge configuration of this chapter, what\n"),
        "{printed}"
    );
    assert!(
        printed.ends_with(
            "\nAnswer with `tutor quiz 02-scalability-patterns\n--answers LIST`: one entry per \
             question, in this\norder, comma-separated (`\\,` is a comma inside an\nentry).\n"
        ),
        "{printed}"
    );
}

#[test]
fn without_a_terminal_a_quiz_is_printed_and_a_chapter_number_names_its_quiz() {
    let data = tempfile::tempdir().unwrap();
    let piped = ok(&run(data.path(), &["quiz", "2"]));
    let printed = ok(&run(
        data.path(),
        &["quiz", "02-scalability-patterns", "--print"],
    ));
    assert_eq!(piped, printed);
    assert!(
        piped.starts_with("Micro-quiz: scaling decisions\n"),
        "{piped}"
    );

    let graded = run(data.path(), &["quiz", "2", "--answers", "b,ab,b,b,b"]);
    assert!(ok(&graded).contains("Score 5/5 — mastered"));
    assert!(data.path().join("progress.toml").exists());
}

#[test]
fn printed_tracing_and_short_answer_questions_say_what_to_type() {
    let data = tempfile::tempdir().unwrap();
    let printed = ok(&run(
        data.path(),
        &["--course", BOOK, "quiz", "every-kind", "--print"],
    ));
    assert!(
        printed.contains("1a. What is the value of `y`?\n"),
        "{printed}"
    );
    assert!(
        printed.contains("Short answer: type it in full, not a letter."),
        "{printed}"
    );
    assert!(
        printed.contains("    1 │ fn main() {\n    2 │     let v = vec![1, 2];\n"),
        "tracing programs are numbered: {printed}"
    );
    assert!(
        printed.contains("Answer n if it does not compile, or y:OUTPUT"),
        "{printed}"
    );
    // The shared context of a multipart group is shown once, above its first part.
    assert_eq!(printed.matches("Consider this program:").count(), 1);
}

#[test]
fn a_printed_quiz_follows_the_colour_rules() {
    let data = tempfile::tempdir().unwrap();
    let plain = run(data.path(), &["quiz", "2", "--print"]);
    assert!(!ok(&plain).contains('\u{1b}'), "no colour into a pipe");
    let coloured = ok(&run(
        data.path(),
        &["quiz", "2", "--print", "--color", "always"],
    ));
    assert!(coloured.contains("\u{1b}["), "{coloured}");
    assert!(strip_own_sequences(&coloured).contains("a) They must run on identical hardware"));
    let no_color = tutor_with_data(data.path())
        .args([
            "--course",
            SAMPLE_COURSE,
            "quiz",
            "2",
            "--print",
            "--color",
            "never",
        ])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!text(&no_color.stdout).contains('\u{1b}'));
}

#[test]
fn the_review_queue_is_printed_with_its_choices_and_verdicts_quote_them() {
    let data = tempfile::tempdir().unwrap();
    let graded = run(data.path(), &["quiz", "2", "--answers", "a,ab,a,b,b"]);
    let verdicts = text(&graded.stdout);
    assert_eq!(graded.status.code(), Some(1), "{verdicts}");
    // The choice given and the right one, by their text, under the verdict.
    assert!(
        verdicts.contains(
            "— wrong: you answered a, the answer is b\n   \
             you answered  a) They must run on identical hardware\n   \
             the answer is b) Any server can answer any request: no session state lives o…\n"
        ),
        "{verdicts}"
    );
    assert!(
        verdicts.contains(
            "— right: ab\n   a) There is a largest machine you can buy\n   \
             b) One machine is still one point of failure\n"
        ),
        "{verdicts}"
    );

    let tomorrow = |args: &[&str]| {
        tutor_with_data(data.path())
            .args(["--course", SAMPLE_COURSE])
            .args(args)
            .env("TUTOR_NOW", "2026-11-11T09:30:00Z")
            .output()
            .unwrap()
    };
    let listing = ok(&tomorrow(&["review", "--width", "60"]));
    assert!(
        listing.starts_with("2 questions are due for review:\n\n1. "),
        "{listing}"
    );
    assert!(
        !listing.contains("**") && !listing.contains('*'),
        "{listing}"
    );
    for choice in [
        "   a) Reactive scaling on CPU\n",
        "   b) Predictive scaling from past load\n",
        "   b) Any server can answer any request: no session state\n      lives only in one process\n",
    ] {
        assert!(listing.contains(choice), "{choice:?} in\n{listing}");
    }
    assert!(widest(&listing) <= 60, "{listing}");
    assert!(
        !listing.contains("Predictive scaling uses"),
        "no explanation"
    );

    let reviewed = ok(&tomorrow(&["review", "--answers", "b,a"]));
    assert!(
        reviewed.contains(
            "   → box 1, back tomorrow\n   you answered  a) They must run on identical hardware\n"
        ),
        "{reviewed}"
    );
    assert!(
        reviewed.contains(
            "— right: b\n   → box 2, back on 13 Nov\n   b) Predictive scaling from past load\n"
        ),
        "{reviewed}"
    );
}

#[test]
fn mistyped_chapters_and_quizzes_get_the_closest_ids() {
    let data = tempfile::tempdir().unwrap();
    for typo in ["cachng", "caching", "04-cachng", "Caching"] {
        let out = run(data.path(), &["--course", "builtin", "read", typo]);
        assert_eq!(out.status.code(), Some(2), "{typo}");
        let err = text(&out.stderr);
        assert_eq!(
            err,
            format!(
                "tutor: no chapter matches `{typo}`; did you mean 04-caching-strategies \
                 (Caching Strategies)? (see `tutor list`)\n"
            )
        );
        assert!(out.stdout.is_empty());
    }
    let quiz = run(data.path(), &["--course", "builtin", "quiz", "cachng"]);
    assert!(
        text(&quiz.stderr).contains("did you mean 04-caching-strategies (Micro-quiz: caching"),
        "{}",
        text(&quiz.stderr)
    );
    let far = run(data.path(), &["--course", "builtin", "read", "kubernetes"]);
    assert_eq!(
        text(&far.stderr),
        "tutor: no chapter matches `kubernetes` (see `tutor list`)\n"
    );
    let typo_in_a_book = run(
        data.path(),
        &["--course", BOOK, "read", "getting-started/linx"],
    );
    assert!(
        text(&typo_in_a_book.stderr).contains("did you mean getting-started/linux (On Linux)"),
        "{}",
        text(&typo_in_a_book.stderr)
    );
}

#[test]
fn a_chapter_without_a_quiz_or_with_several_says_so() {
    let data = tempfile::tempdir().unwrap();
    let none = run(data.path(), &["quiz", "1", "--print"]);
    assert_eq!(none.status.code(), Some(2));
    assert_eq!(
        text(&none.stderr),
        "tutor: chapter `01-system-design-principles` (System Design Principles) has no \
         quiz (see `tutor list`)\n"
    );
    // A chapter with its own quiz and one more that names it.
    let course = tempfile::tempdir().unwrap();
    let quiz =
        "[[questions]]\nid = \"q\"\nprompt = \"Pick\"\nchoices = [\"x\", \"y\"]\nanswer = \"a\"\n";
    std::fs::write(course.path().join("one.md"), "# One\n\nText.\n").unwrap();
    std::fs::write(course.path().join("one.toml"), quiz).unwrap();
    std::fs::write(
        course.path().join("extra.toml"),
        format!("chapter = \"one\"\n{quiz}"),
    )
    .unwrap();
    let dir = course.path().to_str().unwrap();
    let several = run(data.path(), &["--course", dir, "quiz", "1", "--print"]);
    assert_eq!(several.status.code(), Some(2));
    assert!(
        text(&several.stderr).contains("has 2 quizzes: extra, one; name one"),
        "{}",
        text(&several.stderr)
    );
    // A section number names a book chapter's quiz, as it names the chapter for `read`.
    let section = ok(&run(
        data.path(),
        &["--course", BOOK, "quiz", "1.2", "--print"],
    ));
    assert!(section.contains("shared-check"), "{section}");
}

#[test]
fn list_and_progress_fit_80_columns_and_narrower_widths() {
    let data = tempfile::tempdir().unwrap();
    // Records to show: a failed attempt with a long quiz id.
    let graded = run(
        data.path(),
        &[
            "--course",
            "builtin",
            "quiz",
            "6",
            "--answers",
            "a,a,a,a,a,a,a,a,a,a,a,a,a,a,a",
        ],
    );
    assert_eq!(graded.status.code(), Some(1), "{}", text(&graded.stderr));
    let sample = run(data.path(), &["quiz", "2", "--answers", "a,ab,a,b,b"]);
    assert_eq!(sample.status.code(), Some(1), "{}", text(&sample.stderr));
    for course in ["builtin", BOOK, SAMPLE_COURSE] {
        for command in ["list", "progress"] {
            let full = ok(&run(data.path(), &["--course", course, command]));
            assert!(widest(&full) <= 80, "{course} {command}:\n{full}");
            for width in ["40", "50", "60"] {
                let args = ["--course", course, command, "--width", width];
                let narrow = ok(&run(data.path(), &args));
                let most: usize = width.parse().unwrap();
                assert!(widest(&narrow) <= most, "{args:?}:\n{narrow}");
            }
        }
    }
    let listed = ok(&run(data.path(), &["--course", "builtin", "list"]));
    assert!(
        listed.contains(" 6  unread  Message Queues and Event-Driven Architecture\n"),
        "{listed}"
    );
    assert!(
        listed.contains(
            "\nCourse quizzes\n   quiz review-1-foundations: 6 questions, need 5 of 6 (80%) — not \
             taken\n"
        ),
        "{listed}"
    );
    let narrow = ok(&run(data.path(), &["progress", "--width", "40"]));
    // A cut id stays a prefix that finds its quiz; the attempt is worded shorter.
    assert!(
        narrow.contains(
            "\n  02-scalability-pat…: best 3/5 (need 4)\n    2026-11-10  3/5  below the mark\n"
        ),
        "{narrow}"
    );
    let found = ok(&run(
        data.path(),
        &["quiz", "02-scalability-pat", "--print"],
    ));
    assert!(found.starts_with("Micro-quiz: scaling decisions"));
}
