//! Loading courses: the content/ layout with course.toml, flat folders, the built-in
//! course, and folders that are not courses.

use crate::common::load;
use std::fs;
use std::path::Path;
use tutor::course::{Course, CourseError, CourseMeta};

fn ids<'a>(items: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    items.into_iter().collect()
}

#[test]
fn content_layout_reads_course_toml() {
    let loaded = load("tests/fixtures/valid/content-course");
    assert!(
        loaded.diagnostics.errors.is_empty() && loaded.diagnostics.warnings.is_empty(),
        "{:?}",
        loaded.diagnostics.errors
    );
    assert_eq!(
        loaded.course.meta,
        CourseMeta {
            id: "caching-101".into(),
            title: "Caching 101".into(),
            description: "Why caches help and how they bite.".into(),
            level: "Beginner".into(),
            time_to_complete: "2 hours".into(),
            prerequisites: vec!["HTTP basics".into()],
            skills_gained: vec!["Pick an eviction policy".into(), "Spot a stampede".into()],
            success_criteria: vec!["Master every quiz".into()],
            tags: vec!["caching".into(), "performance".into()],
        }
    );
}

#[test]
fn course_toml_decides_chapter_order() {
    let course = load("tests/fixtures/valid/content-course").course;
    assert_eq!(
        ids(course.chapters.iter().map(|c| c.id.as_str())),
        ["b-eviction", "a-why-cache"]
    );
    assert_eq!(course.find_chapter("1").unwrap().id, "b-eviction");
}

#[test]
fn front_matter_sets_title_summary_and_minutes_and_is_removed() {
    let course = load("tests/fixtures/valid/content-course").course;
    let chapter = course.find_chapter("a-why-cache").unwrap();
    assert_eq!(chapter.title, "Why Cache at All?");
    assert_eq!(chapter.summary.as_deref(), Some("Latency, load and cost."));
    assert_eq!(chapter.minutes, Some(12));
    assert!(
        chapter.body.starts_with("# This heading is overridden"),
        "{}",
        chapter.body
    );
}

#[test]
fn title_is_the_first_h1_as_plain_text() {
    let course = load("tests/fixtures/valid/content-course").course;
    let chapter = course.find_chapter("b-eviction").unwrap();
    assert_eq!(chapter.title, "Eviction policies: LRU and friends");
    assert_eq!((chapter.summary.as_ref(), chapter.minutes), (None, None));
}

#[test]
fn quizzes_attach_to_the_named_chapter_the_same_id_or_the_course() {
    let course = load("tests/fixtures/valid/content-course").course;
    let quiz_ids = |chapter| ids(course.quizzes_for(chapter).map(|q| q.id.as_str()));
    assert_eq!(quiz_ids("a-why-cache"), ["review"]);
    assert_eq!(quiz_ids("b-eviction"), ["b-eviction"]);
    assert_eq!(
        ids(course.course_quizzes().map(|q| q.id.as_str())),
        ["final"]
    );
    assert_eq!(
        ids(course.quizzes.iter().map(|q| q.id.as_str())),
        ["b-eviction", "final", "review"]
    );
}

#[test]
fn quiz_titles_and_mastery_default_sensibly() {
    let course = load("tests/fixtures/valid/content-course").course;
    let title_and_mastery = |id| {
        let quiz = course.find_quiz(id).unwrap();
        (quiz.title.as_str(), quiz.mastery)
    };
    assert_eq!(title_and_mastery("review"), ("Review: why cache", 70));
    assert_eq!(
        title_and_mastery("b-eviction"),
        ("Quiz: Eviction policies: LRU and friends", 80)
    );
    assert_eq!(title_and_mastery("final"), ("final", 80));
}

#[test]
fn flat_course_without_course_toml() {
    let loaded = load("tests/fixtures/valid/flat-course");
    let course = &loaded.course;
    assert_eq!(course.meta.id, "flat-course");
    assert_eq!(course.meta.title, "Getting Started");
    assert_eq!(
        ids(course.chapters.iter().map(|c| c.id.as_str())),
        ["01-start", "02-next"]
    );
    assert_eq!(course.chapters[1].title, "02-next");
    assert_eq!(
        ids(course.quizzes_for("01-start").map(|q| q.id.as_str())),
        ["01-start"]
    );
    let warnings: Vec<String> = loaded
        .diagnostics
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        warnings,
        [
            "tests/fixtures/valid/flat-course/02-next.md:1:1: no `#` heading: the title is the id `02-next`"
        ]
    );
}

#[test]
fn flat_course_toml_is_metadata_not_a_quiz_and_its_list_leaves_readme_out() {
    let loaded = load("tests/fixtures/valid/flat-with-meta");
    assert!(
        loaded.diagnostics.errors.is_empty() && loaded.diagnostics.warnings.is_empty(),
        "{:?}",
        loaded.diagnostics.warnings
    );
    let course = loaded.course;
    assert_eq!(course.meta.title, "Flat With Metadata");
    assert_eq!(course.meta.id, "flat-with-meta");
    assert_eq!(
        ids(course.chapters.iter().map(|c| c.id.as_str())),
        ["lesson"]
    );
    assert_eq!(
        ids(course.quizzes.iter().map(|q| q.id.as_str())),
        ["lesson"]
    );
}

#[test]
fn flat_readme_is_a_chapter_without_a_list() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("README.md"), "# Read me\n").unwrap();
    fs::write(dir.path().join("intro.md"), "# Intro\n").unwrap();
    let course = load(dir.path()).course;
    assert_eq!(
        ids(course.chapters.iter().map(|c| c.id.as_str())),
        ["README", "intro"]
    );
}

#[test]
fn chapters_left_out_of_the_list_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    fs::create_dir(&content).unwrap();
    fs::write(content.join("course.toml"), "chapters = [\"a\"]\n").unwrap();
    fs::write(content.join("a.md"), "# A\n").unwrap();
    fs::write(content.join("b.md"), "# B\n").unwrap();
    let loaded = load(dir.path());
    assert_eq!(
        ids(loaded.course.chapters.iter().map(|c| c.id.as_str())),
        ["a"]
    );
    let b = content.join("b.md");
    assert_eq!(loaded.diagnostics.warnings.len(), 1);
    assert_eq!(
        loaded.diagnostics.warnings[0].message,
        format!("{} is not in `chapters`, so it is left out", b.display())
    );
    assert_eq!(
        (
            loaded.diagnostics.warnings[0].line,
            loaded.diagnostics.warnings[0].col
        ),
        (1, 12)
    );
}

#[test]
fn a_folder_without_content_or_markdown_is_not_a_course() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("quiz.toml"), "").unwrap();
    let err = Course::from_dir(dir.path()).unwrap_err();
    assert!(matches!(err, CourseError::NotACourse(_)), "{err}");
    assert!(
        err.to_string()
            .ends_with("not a course folder (no content/ folder and no .md files)")
    );
}

#[test]
fn a_file_is_not_a_course_folder() {
    let err =
        Course::from_dir(Path::new("tests/fixtures/valid/flat-course/01-start.md")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "tests/fixtures/valid/flat-course/01-start.md: not a folder"
    );
}

#[test]
fn titles_and_metadata_lose_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("course.toml"),
        "title = \"Evil\\u001b]52;c;eA==\\u0007 course\"\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("evil.md"),
        "+++\nsummary = \"a\\u001b[2Jb\"\n+++\n# Red \x1b[31mtitle\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("evil.toml"),
        "title = \"Q\\u009b1m\"\n[[questions]]\nid = \"x\\u001b\"\nprompt = \"p\\u001b[H\\nline\"\n\
         choices = [\"a\\u0007\", \"b\"]\nanswer = \"a\"\n",
    )
    .unwrap();
    let loaded = load(dir.path());
    assert!(
        loaded.diagnostics.errors.is_empty(),
        "{:?}",
        loaded.diagnostics.errors
    );
    let course = loaded.course;
    assert_eq!(course.meta.title, "Evil]52;c;eA== course");
    assert_eq!(course.chapters[0].title, "Red [31mtitle");
    assert_eq!(course.chapters[0].summary.as_deref(), Some("a[2Jb"));
    let quiz = &course.quizzes[0];
    assert_eq!(quiz.title, "Q1m");
    assert_eq!(quiz.questions[0].id, "x");
    assert_eq!(quiz.questions[0].prompt, "p[H\nline");
    let tutor::quiz::QuestionKind::Choice { choices, .. } = &quiz.questions[0].kind else {
        panic!()
    };
    assert_eq!(choices, &["a", "b"]);
}

#[test]
fn the_builtin_course_loads_with_its_metadata() {
    let loaded = Course::builtin().unwrap();
    assert!(
        loaded.diagnostics.errors.is_empty(),
        "{:?}",
        loaded.diagnostics.errors
    );
    let course = loaded.course;
    assert!(!course.meta.id.is_empty() && !course.meta.title.is_empty());
    for quiz in &course.quizzes {
        if let Some(chapter) = &quiz.chapter {
            assert!(
                course.find_chapter(chapter).is_ok(),
                "{}: {chapter}",
                quiz.id
            );
        }
    }
}
