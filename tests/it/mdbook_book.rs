//! An mdBook opened as a course, from the fixture book in tests/fixtures/book: chapter
//! ids, titles, numbers and nesting, the outline, quizzes placed by `{{#quiz}}`, YAML
//! front matter, and the book opened from its `src` folder. The command line over the
//! book is in `mdbook_cli`, the home screen in `mdbook_home`; both use the helpers here.
use crate::common::{load, text, tutor_with_data};
use std::fs;
use std::path::Path;
use std::process::Output;
use tutor::course::{Course, OutlineItem};

pub(crate) const BOOK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/book");

/// `tutor ARGS` with its progress in a scratch folder.
pub(crate) fn tutor(args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    tutor_with_data(data.path()).args(args).output().unwrap()
}

/// `tutor --course BOOK ARGS`, plain.
pub(crate) fn in_book(args: &[&str]) -> Output {
    let mut all = vec!["--course", BOOK, "--color", "never"];
    all.extend_from_slice(args);
    tutor(&all)
}

/// Copies a folder and everything in it.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
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
pub(crate) fn chapters(course: &Course) -> Vec<(String, Option<String>, u8, String)> {
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
            ("every-kind", Some("afterword"), "Quiz: Afterword"),
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
