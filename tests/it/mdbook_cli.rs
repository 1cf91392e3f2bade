//! `tutor list`, `read` and `check` over the fixture book (tests/fixtures/book) and
//! broken copies of it: the outline as SUMMARY.md has it, section numbers, ids with a
//! `/`, every directive expanded, exact messages for what is wrong, and nothing from
//! the book reaching the terminal unsanitized.
use crate::common::{load, text};
use crate::mdbook_book::{BOOK, copy_dir, in_book, tutor};
use std::fs;
use std::path::Path;
use tutor::course::OutlineItem;

#[test]
fn list_shows_the_book_as_its_summary_does() {
    let out = in_book(&["list"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "\
The Fixture Book — 0% complete

     unread  Introduction

Getting Started
1    unread  Installing  (getting-started/installing)
     quiz install-basics: 2 questions, need 2 of 2 (80%) — not taken
1.1  unread    On Linux  (getting-started/linux)
1.2  unread    On Windows  (getting-started/windows)
     quiz shared-check: 1 question, need 1 of 1 (80%) — not taken

Going Further
2    unread  Listings and Anchors  (further/listings)
     quiz listing-check: 1 question, need 1 of 1 (80%) — not taken
2.1  unread    Front Matter  (further/front-matter)
2.2  draft     Not Written Yet

     unread  Afterword
     quiz every-kind: 7 questions, need 6 of 7 (80%) — not taken

Read chapter N with `tutor read N`, take its quiz with `tutor quiz N`.
"
    );
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
}

#[test]
fn read_takes_a_section_number_and_expands_every_directive() {
    let out = in_book(&["read", "1.2"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    assert!(page.starts_with("On Windows\n"), "{page}");
    assert!(!page.contains("{{#"), "{page}");
    assert!(page.contains(r#"println!("Hello, fixture!");"#), "{page}");
    // `1.2.` as mdBook writes it is the same section; `read 2` is section 2.
    assert_eq!(in_book(&["read", "1.2."]).stdout, out.stdout);
    let two = text(&in_book(&["read", "2"]).stdout);
    assert!(two.starts_with("Listings and Anchors\n"), "{two}");
    // Every include form of chapter 1.1, expanded.
    let linux = text(&in_book(&["read", "1.1"]).stdout);
    assert!(!linux.contains("{{#"), "{linux}");
    for lines in [
        ["│ two", "Up to line 2"],
        ["│ one\n│ two\n╰─", "From line 4"],
        ["│ four\n│ five\n╰─", "Lines 2 to 3"],
        ["│ two\n│ three\n╰─", ""],
    ] {
        assert!(linux.contains(lines[0]), "{}\n{linux}", lines[0]);
    }
}

#[test]
fn escaped_directives_are_shown_as_written_and_nothing_else_is_left() {
    let intro = text(&in_book(&["read", "introduction"]).stdout);
    assert!(
        intro.contains("{{#include ../listings/hello.rs}} stays as written"),
        "{intro}"
    );
    assert!(!intro.contains("\\{{#"), "{intro}");
    // `{{#title}}` names the page for mdBook; here it leaves nothing behind.
    assert_eq!(intro.matches("{{#").count(), 1, "{intro}");
    let listings = text(&in_book(&["read", "further/listings"]).stdout);
    assert!(
        listings.contains("│ {{#include ../listings/hello.rs:greet}}"),
        "{listings}"
    );
    assert!(
        listings.contains("│ {{#quiz ../quizzes/example.toml}}"),
        "{listings}"
    );
    assert_eq!(listings.matches("{{#").count(), 2, "{listings}");
}

#[test]
fn an_id_with_a_slash_is_a_chapter_when_the_book_has_it_else_a_file() {
    let out = in_book(&["read", "getting-started/linux"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("On Linux\n"));
    // A path that is no chapter id is still read as a file.
    let file = format!("{BOOK}/src/unlisted.md");
    let out = in_book(&["read", &file]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Unlisted\n"));
}

#[test]
fn a_draft_or_a_section_that_is_not_there_cannot_be_read() {
    let out = in_book(&["read", "2.2"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "tutor: `2.2` (Not Written Yet) is a draft: it has no text yet (see `tutor list`)\n"
    );
    let out = in_book(&["read", "1.9"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "tutor: no chapter matches `1.9` (see `tutor list`)\n"
    );
}

#[test]
fn check_passes_the_fixture_book() {
    let out = tutor(&["check", BOOK]);
    assert_eq!(
        (out.status.code(), text(&out.stdout)),
        (
            Some(0),
            "ok: 7 chapters, 4 quizzes, 11 questions\n".to_owned()
        )
    );
}

#[test]
fn check_reports_a_missing_chapter_a_missing_quiz_and_an_include_outside() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book");
    copy_dir(Path::new(BOOK), &book);
    fs::remove_file(book.join("src/getting-started/linux.md")).unwrap();
    fs::remove_file(book.join("quizzes/listing-check.toml")).unwrap();
    let installing = book.join("src/getting-started/installing.md");
    let text_of = fs::read_to_string(&installing).unwrap();
    fs::write(
        &installing,
        text_of.replace("../../listings/install.sh", "../../../outside.txt"),
    )
    .unwrap();
    fs::write(dir.path().join("outside.txt"), "secret\n").unwrap();
    let summary = book.join("src/SUMMARY.md");
    let text_of = fs::read_to_string(&summary).unwrap();
    fs::write(
        &summary,
        text_of.replace(
            "[Afterword](afterword.md)",
            "[Afterword](afterword.md)\n[Elsewhere](../book.toml)\n[A folder](further)",
        ),
    )
    .unwrap();
    let out = tutor(&["check", book.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out.stdout).replace(&format!("{}/", book.display()), "");
    assert_eq!(
        shown,
        "\
src/getting-started/installing.md:6:1: include error: ../../../outside.txt is outside the book
src/SUMMARY.md:8:7: chapter `getting-started/linux.md` does not exist (mdBook would create it; tutor does not)
src/SUMMARY.md:20:1: chapter `../book.toml` is outside `src`; not read
src/SUMMARY.md:21:1: chapter `further` is a folder, not a regular file
src/further/listings.md:19:1: quiz error: ../../quizzes/listing-check.toml does not exist
5 errors in 3 files
"
    );
    // The rest of the book still opens; the missing chapter is listed, not opened.
    let loaded = load(&book);
    assert_eq!(loaded.course.chapters.len(), 6);
    assert!(loaded.course.outline().iter().any(|item| matches!(
        item,
        OutlineItem::Draft { number: Some(n), missing: true, .. } if n == "1.1"
    )));
    let out = tutor(&["--course", book.to_str().unwrap(), "read", "1.1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("`1.1` (On Linux) could not be read (see `tutor check`)"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_summary_mdbook_refuses_is_reported_where_it_breaks() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(BOOK), dir.path());
    fs::write(
        dir.path().join("src/SUMMARY.md"),
        "# Summary\n\n- [Installing](getting-started/installing.md)\n- Just words\n",
    )
    .unwrap();
    let out = tutor(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out.stdout).replace(&format!("{}/", dir.path().display()), "");
    assert_eq!(
        shown,
        "src/SUMMARY.md:4:3: The link items for nested chapters must only contain a hyperlink\n\
         1 error in 1 file\n"
    );
}

#[test]
fn what_a_book_says_reaches_the_terminal_without_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path();
    fs::create_dir(book.join("src")).unwrap();
    fs::write(
        book.join("book.toml"),
        "[book]\ntitle = \"Evil\\u001b]0;pwned\\u0007 Book\"\n",
    )
    .unwrap();
    fs::write(
        book.join("src/SUMMARY.md"),
        "# Sum\u{7}mary\n\n# Part \u{1b}]0;x\u{7}\n\n- [Chapter\u{7} One\u{202e}](one.md)\n- [Gone\u{9b}](gone\u{202e}.md)\n",
    )
    .unwrap();
    fs::write(book.join("src/one.md"), "# One\n").unwrap();
    let course = book.to_str().unwrap();
    for args in [
        &["--course", course, "list"][..],
        &["check", course],
        &["--course", course, "read", "1"],
    ] {
        let out = tutor(args);
        let printed = text(&[out.stdout, out.stderr].concat());
        assert!(
            !printed
                .chars()
                .any(|c| tutor::sanitize::is_control(c) && c != '\n' && c != '\t'),
            "{args:?}: {printed:?}"
        );
    }
    let out = tutor(&["--course", book.to_str().unwrap(), "list"]);
    assert!(
        text(&out.stdout).contains("Evil]0;pwned Book"),
        "{}",
        text(&out.stdout)
    );
    let listed = text(&out.stdout);
    assert!(
        listed.contains("\nPart ]0;x\n1  unread   Chapter One  (one)\n"),
        "{listed}"
    );
    assert!(listed.contains("2  missing  Gone\n"), "{listed}");
}

#[test]
fn read_shows_placed_quizzes_hidden_lines_and_linked_chapters_as_the_book_says() {
    let listings = text(&in_book(&["read", "2"]).stdout);
    assert!(
        listings.contains("┃ Quiz: Listings and Anchors · 1 question\n"),
        "{listings}"
    );
    assert!(
        listings.contains("┃ Quiz: On Windows · 1 question\n"),
        "{listings}"
    );
    assert!(!listings.contains("quizzes/listing-check"), "{listings}");
    // `[output.html.code.hidelines] python = "~"`.
    assert!(listings.contains("│ print(\"shown\")\n"), "{listings}");
    assert!(!listings.contains("import os"), "{listings}");
    let intro = text(&in_book(&["read", "introduction"]).stdout);
    assert!(
        intro.contains("go straight to the Linux page → On Linux."),
        "{intro}"
    );
}

#[test]
fn every_question_type_of_the_book_is_asked_and_graded() {
    // The afterword places a quiz holding every kind of mdbook-quiz question: a
    // multipart group, long and code answers, answerIndex over sortAnswers, select-all,
    // and Tracing both ways.
    let right = "6,It binds a value to a name,let mut z = 1;,b,bc,y:1\\n2\\nsum 3,n";
    let out = in_book(&["quiz", "every-kind", "--answers", right]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    for verdict in [
        "1a. What is the value of `y`? — right",
        "1b. Explain what `let` does here, in a sentence or tw… — right",
        "2. Write a statement that binds 1 to a mutable `z`. — right",
        "— right: b",
        "— right: bc",
        "6. What does this program do? let s = String::from(\"… — right",
    ] {
        assert!(shown.contains(verdict), "{verdict:?} not in:\n{shown}");
    }
    assert!(shown.contains("Score 7/7 — mastered"), "{shown}");

    let wrong = "6,It binds a value to a name,let mut z = 1;,a,b,n,y:hi";
    let out = in_book(&["quiz", "every-kind", "--answers", wrong]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("the answer is y:1\\n2\\nsum 3"), "{shown}");
    assert!(
        shown.contains("the answer is n (does not compile: the error is at line 4)"),
        "{shown}"
    );
    assert!(shown.contains("Score 3/7"), "{shown}");
}
