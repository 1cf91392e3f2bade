//! An mdBook opened as a course, from the fixture book in tests/fixtures/book: its
//! outline in `tutor list` and on the home screen, chapter ids, titles and numbers,
//! quizzes placed by `{{#quiz}}`, `tutor read` by section number and by an id with a
//! `/`, `tutor check` on the book and on a broken copy, and the book opened from its
//! `src` folder.
use crate::common::{app, load, press, press_key, screen_text, text, tutor_with_data};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::path::Path;
use std::process::Output;
use tutor::course::{Course, OutlineItem};
use tutor::tui::home::HomeItem;
use tutor::tui::keymap::KeyCode;
use tutor::tui::view;

const BOOK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/book");

/// `tutor ARGS` with its progress in a scratch folder.
fn tutor(args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    tutor_with_data(data.path()).args(args).output().unwrap()
}

/// `tutor --course BOOK ARGS`, plain.
fn in_book(args: &[&str]) -> Output {
    let mut all = vec!["--course", BOOK, "--color", "never"];
    all.extend_from_slice(args);
    tutor(&all)
}

/// Copies a folder and everything in it.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// (id, number, depth, title) of every chapter, in course order.
fn chapters(course: &Course) -> Vec<(String, Option<String>, u8, String)> {
    course
        .chapters
        .iter()
        .map(|c| (c.id.clone(), c.number.clone(), c.depth, c.title.clone()))
        .collect()
}

#[test]
fn chapters_come_in_summary_order_with_ids_numbers_nesting_and_link_titles() {
    let loaded = load(BOOK);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let course = &loaded.course;
    assert_eq!(course.meta.id, "book", "the book folder's name");
    assert_eq!(course.meta.title, "The Fixture Book");
    assert_eq!(
        course.meta.description,
        "A small mdBook with every kind of table-of-contents entry and directive."
    );
    let n = |s: &str| Some(s.to_owned());
    let expected = [
        ("introduction", None, 0, "Introduction"),
        ("getting-started/installing", n("1"), 0, "Installing"),
        ("getting-started/linux", n("1.1"), 1, "On Linux"),
        ("getting-started/windows", n("1.2"), 1, "On Windows"),
        ("further/listings", n("2"), 0, "Listings and Anchors"),
        ("further/front-matter", n("2.1"), 1, "Front Matter"),
        ("afterword", None, 0, "Afterword"),
    ]
    .map(|(id, number, depth, title)| (id.to_owned(), number, depth, title.to_owned()));
    assert_eq!(chapters(course), expected);
    // src/unlisted.md is in the folder but not in SUMMARY.md: no chapter.
    assert!(!course.chapters.iter().any(|c| c.id == "unlisted"));
}

#[test]
fn the_outline_has_parts_drafts_and_separators_where_summary_has_them() {
    let course = load(BOOK).course;
    assert_eq!(
        course.outline().as_ref(),
        [
            OutlineItem::Chapter(0),
            OutlineItem::Part("Getting Started".to_owned()),
            OutlineItem::Chapter(1),
            OutlineItem::Chapter(2),
            OutlineItem::Chapter(3),
            OutlineItem::Part("Going Further".to_owned()),
            OutlineItem::Chapter(4),
            OutlineItem::Chapter(5),
            OutlineItem::Draft {
                title: "Not Written Yet".to_owned(),
                number: Some("2.2".to_owned()),
                depth: 1,
                missing: false,
            },
            OutlineItem::Separator,
            OutlineItem::Chapter(6),
        ]
    );
    // Drafts are listed, never counted: 7 chapters to read.
    let status = tutor::study::CourseStatus::new(&course, &tutor::progress::Progress::default());
    assert_eq!(status.chapters.len(), 7);
    let config = &course.book.as_ref().unwrap().config;
    assert_eq!(config.quiz_default_language.as_deref(), Some("rust"));
    assert_eq!(
        config.hidelines.get("python").map(String::as_str),
        Some("~")
    );
    assert_eq!(config.authors, ["The tutor tests"]);
}

#[test]
fn quizzes_belong_to_the_chapter_that_places_them_and_stand_where_it_does() {
    let course = load(BOOK).course;
    let owners: Vec<(&str, Option<&str>, &str)> = course
        .quizzes
        .iter()
        .map(|q| (q.id.as_str(), q.chapter.as_deref(), q.title.as_str()))
        .collect();
    assert_eq!(
        owners,
        [
            (
                "install-basics",
                Some("getting-started/installing"),
                "Quiz: Installing"
            ),
            (
                "shared-check",
                Some("getting-started/windows"),
                "Quiz: On Windows"
            ),
            (
                "listing-check",
                Some("further/listings"),
                "Quiz: Listings and Anchors"
            ),
        ],
        "in the order placed; orphan.toml, placed by no chapter, is not loaded"
    );
    // Each placement is kept at its marker in the body; the shared quiz is placed
    // twice but loaded once.
    let places = |id: &str| -> Vec<(String, String)> {
        let chapter = course.find_chapter(id).unwrap();
        chapter
            .quiz_places
            .iter()
            .map(|p| {
                let line = chapter.body[p.offset..].lines().next().unwrap_or("");
                (p.quiz.clone(), line.to_owned())
            })
            .collect()
    };
    assert_eq!(
        places("further/listings"),
        [
            (
                "listing-check".to_owned(),
                r#"<tutor-quiz src="quizzes/listing-check.toml"></tutor-quiz>"#.to_owned()
            ),
            (
                "shared-check".to_owned(),
                r#"<tutor-quiz src="quizzes/shared-check.toml"></tutor-quiz>"#.to_owned()
            ),
        ]
    );
    assert_eq!(places("getting-started/windows").len(), 1);
    assert!(places("getting-started/linux").is_empty());
}

#[test]
fn yaml_front_matter_is_hidden_and_gives_the_minutes() {
    let course = load(BOOK).course;
    let chapter = course.find_chapter("2.1").unwrap();
    assert_eq!(chapter.minutes, Some(5));
    assert!(
        chapter.body.starts_with("\n# Front Matter\n"),
        "{:?}",
        chapter.body
    );
    let out = in_book(&["read", "2.1"]);
    let page = text(&out.stdout);
    assert!(!page.contains("minutes"), "{page}");
}

#[test]
fn list_shows_the_book_as_its_summary_does() {
    let out = in_book(&["list"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "\
The Fixture Book — 0% complete

     introduction                unread  Introduction

Getting Started
1    getting-started/installing  unread  Installing
     quiz install-basics: 2 questions, need 2 of 2 (80%) — not taken
1.1  getting-started/linux       unread    On Linux
1.2  getting-started/windows     unread    On Windows
     quiz shared-check: 1 question, need 1 of 1 (80%) — not taken

Going Further
2    further/listings            unread  Listings and Anchors
     quiz listing-check: 1 question, need 1 of 1 (80%) — not taken
2.1  further/front-matter        unread    Front Matter
2.2  —                           draft     Not Written Yet

     afterword                   unread  Afterword
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
            "ok: 7 chapters, 3 quizzes, 4 questions\n".to_owned()
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
fn the_src_folder_opens_the_same_book() {
    let whole = load(BOOK).course;
    let from_src = load(Path::new(BOOK).join("src")).course;
    assert_eq!(from_src.meta, whole.meta);
    assert_eq!(chapters(&from_src), chapters(&whole));
    assert_eq!(from_src.quizzes, whole.quizzes);
    assert_eq!(from_src.outline(), whole.outline());
    let out = tutor(&["check", &format!("{BOOK}/src")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    // Progress kept from one is the other's: no warning of a second folder.
    let data = tempfile::tempdir().unwrap();
    let src = format!("{BOOK}/src");
    for course in [BOOK, src.as_str()] {
        let out = tutor_with_data(data.path())
            .args([
                "--course",
                course,
                "quiz",
                "listing-check",
                "--answers",
                "\\\\",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
        assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    }
    // A folder called src that belongs to no book is a plain course.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("src")).unwrap();
    fs::write(dir.path().join("src/a.md"), "# A\n").unwrap();
    let plain = load(dir.path().join("src")).course;
    assert!(!plain.is_book());
    assert_eq!(plain.meta.id, "src");
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
        listed.contains("\nPart ]0;x\n1  one  unread   Chapter One\n"),
        "{listed}"
    );
    assert!(listed.contains("2  —    missing  Gone\n"), "{listed}");
}

/// The home screen of the fixture book, in 80×24.
fn home(app: &tutor::tui::app::App<'_>) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| view::draw(f, app)).unwrap();
    screen_text(terminal.backend().buffer())
}

#[test]
fn home_shows_parts_numbers_nesting_and_drafts() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let app = app(&course, data.path());
    let screen = home(&app);
    for row in [
        " ▸ Introduction",
        "   Getting Started",
        "   1. Installing",
        "      ✎ Quiz: Installing",
        "     1.1. On Linux",
        "     1.2. On Windows",
        "   Going Further",
        "     2.1. Front Matter",
        "     2.2. Not Written Yet",
        "   Afterword",
    ] {
        assert!(
            screen.lines().any(|line| line.starts_with(row)),
            "{row:?} in\n{screen}"
        );
    }
    insta::assert_snapshot!("book_home_80x24", screen);
}

#[test]
fn the_selection_never_rests_on_a_part_or_a_draft() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    let items = app.home().items().to_vec();
    let mut visited = Vec::new();
    for _ in 0..items.len() + 2 {
        visited.push(items[app.home().selected()]);
        press(&mut app, "j");
    }
    assert!(visited.iter().all(|item| item.selectable()), "{visited:?}");
    let chapters: Vec<usize> = visited
        .iter()
        .filter_map(|item| match item {
            HomeItem::Chapter(i) => Some(*i),
            _ => None,
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        chapters,
        [0, 1, 2, 3, 4, 5, 6],
        "every chapter can be reached"
    );
    press(&mut app, "G");
    assert_eq!(items[app.home().selected()], HomeItem::Chapter(6));
    press(&mut app, "g");
    assert_eq!(items[app.home().selected()], HomeItem::Chapter(0));
}

#[test]
fn next_chapter_follows_summary_order_and_skips_the_draft() {
    let data = tempfile::tempdir().unwrap();
    let course = load(BOOK).course;
    let mut app = app(&course, data.path());
    // Down to 2.1, Front Matter: past the chapters and quizzes before it.
    let at = app
        .home()
        .items()
        .iter()
        .filter(|item| item.selectable())
        .position(|item| *item == HomeItem::Chapter(5))
        .unwrap();
    press(&mut app, &"j".repeat(at));
    press_key(&mut app, KeyCode::Enter);
    assert_eq!(app.reader().map(|r| r.chapter), Some(5));
    press(&mut app, "]");
    let reader = app.reader().unwrap();
    assert_eq!(course.chapters[reader.chapter].id, "afterword");
    press(&mut app, "[");
    press(&mut app, "[");
    let reader = app.reader().unwrap();
    assert_eq!(course.chapters[reader.chapter].id, "further/listings");
}

#[test]
fn a_quiz_named_like_another_chapter_belongs_to_the_chapter_that_places_it() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path();
    fs::create_dir_all(book.join("src")).unwrap();
    fs::create_dir_all(book.join("quizzes")).unwrap();
    fs::write(book.join("book.toml"), "[book]\ntitle = \"B\"\n").unwrap();
    fs::write(
        book.join("src/SUMMARY.md"),
        "- [Alpha](a.md)\n- [Beta](b.md)\n",
    )
    .unwrap();
    fs::write(book.join("src/a.md"), "# Alpha\n").unwrap();
    fs::write(
        book.join("src/b.md"),
        "# Beta\n\n{{#quiz ../quizzes/a.toml}}\n",
    )
    .unwrap();
    fs::copy(
        Path::new(BOOK).join("quizzes/shared-check.toml"),
        book.join("quizzes/a.toml"),
    )
    .unwrap();
    let loaded = load(book);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let quiz = &loaded.course.quizzes[0];
    assert_eq!(
        (
            quiz.id.as_str(),
            quiz.chapter.as_deref(),
            quiz.title.as_str()
        ),
        ("a", Some("b"), "Quiz: Beta")
    );
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
