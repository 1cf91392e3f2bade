use super::*;
use crate::course::CourseMeta;

fn chapter(id: &str) -> Chapter {
    Chapter {
        id: id.to_owned(),
        title: id.to_owned(),
        ..Chapter::default()
    }
}

fn quiz(id: &str) -> Quiz {
    Quiz {
        id: id.to_owned(),
        title: id.to_owned(),
        chapter: None,
        mastery: 80,
        questions: Vec::new(),
    }
}

fn course() -> Course {
    Course {
        meta: CourseMeta::default(),
        chapters: ["01-intro", "02-scaling", "02-scaling-more", "caching", "3"]
            .map(chapter)
            .to_vec(),
        quizzes: ["scaling", "scaling-deep", "intro"].map(quiz).to_vec(),
        book: None,
    }
}

fn found(query: &str) -> Result<String, LookupError> {
    course().find_chapter(query).map(|c| c.id.clone())
}

#[test]
fn finds_chapter_by_exact_id_even_when_it_is_a_prefix() {
    assert_eq!(found("02-scaling").as_deref(), Ok("02-scaling"));
}

#[test]
fn exact_id_beats_number() {
    // "3" is also the third chapter's number, but a chapter is called "3".
    assert_eq!(found("3").as_deref(), Ok("3"));
}

#[test]
fn finds_chapter_by_number_in_course_order() {
    assert_eq!(found("1").as_deref(), Ok("01-intro"));
    assert_eq!(found("4").as_deref(), Ok("caching"));
    assert_eq!(found("01").as_deref(), Ok("01-intro"));
    // A number wins over a prefix: "02" is the second chapter, not ambiguous.
    assert_eq!(found("02").as_deref(), Ok("02-scaling"));
}

#[test]
fn finds_chapter_by_unique_prefix() {
    assert_eq!(found("cach").as_deref(), Ok("caching"));
    assert_eq!(found("01-").as_deref(), Ok("01-intro"));
}

#[test]
fn ambiguous_prefix_lists_candidates() {
    let Err(err) = found("02-sc") else {
        panic!("02-sc should be ambiguous")
    };
    assert_eq!(
        err,
        LookupError::Ambiguous {
            kind: "chapter",
            query: "02-sc".to_owned(),
            candidates: vec!["02-scaling".to_owned(), "02-scaling-more".to_owned()],
        }
    );
    assert_eq!(
        err.to_string(),
        "`02-sc` matches more than one chapter: 02-scaling, 02-scaling-more"
    );
}

#[test]
fn unknown_chapter_and_out_of_range_number_are_not_found() {
    for query in ["nope", "9", "-1", ""] {
        assert_eq!(
            found(query),
            Err(LookupError::NotFound {
                kind: "chapter",
                query: query.to_owned()
            }),
            "{query}"
        );
    }
    let Err(err) = found("nope") else {
        panic!("nope should not be found")
    };
    assert_eq!(err.to_string(), "no chapter matches `nope`");
}

#[test]
fn finds_quiz_by_id_or_unique_prefix() {
    let course = course();
    assert_eq!(
        course.find_quiz("scaling").map(|q| q.id.as_str()),
        Ok("scaling")
    );
    assert_eq!(course.find_quiz("in").map(|q| q.id.as_str()), Ok("intro"));
    assert!(matches!(
        course.find_quiz("sc"),
        Err(LookupError::Ambiguous { .. })
    ));
    assert!(matches!(
        course.find_quiz("1"),
        Err(LookupError::NotFound { kind: "quiz", .. })
    ));
}

#[test]
fn a_chapter_names_its_one_quiz_and_lists_several() {
    let mut course = course();
    for (quiz, chapter) in [("scaling", "02-scaling"), ("scaling-deep", "caching")] {
        if let Some(q) = course.quizzes.iter_mut().find(|q| q.id == quiz) {
            q.chapter = Some(chapter.to_owned());
        }
    }
    course.quizzes.push(Quiz {
        chapter: Some("caching".to_owned()),
        ..quiz("caching-review")
    });
    let id = |query: &str| course.find_quiz(query).map(|q| q.id.clone());
    assert_eq!(id("2").as_deref(), Ok("scaling"), "by number");
    assert_eq!(id("02-scaling").as_deref(), Ok("scaling"), "by chapter id");
    assert!(matches!(
        id("02-scaling-m"),
        Err(LookupError::NotFound { kind: "quiz", .. })
    ));
    assert_eq!(
        id("4"),
        Err(LookupError::Ambiguous {
            kind: "quiz",
            query: "4".to_owned(),
            candidates: vec!["scaling-deep".to_owned(), "caching-review".to_owned()],
        })
    );
    // A quiz's own id, or a prefix of one, comes before a chapter's.
    assert_eq!(id("scaling").as_deref(), Ok("scaling"));
    assert_eq!(id("intro").as_deref(), Ok("intro"));
    assert!(matches!(
        id("01"),
        Err(LookupError::NotFound { kind: "quiz", .. })
    ));
}

/// A book: `intro` unnumbered, then 1, 1.1 (`sub/one-one`), a draft 1.2, 2 and a
/// missing 3, then `end`; with chapter ids that are also numbers to show that ids
/// win.
fn book() -> Course {
    let numbered = |id: &str, number: Option<&str>, depth: u8| Chapter {
        number: number.map(str::to_owned),
        depth,
        ..chapter(id)
    };
    let chapters = vec![
        numbered("intro", None, 0),
        numbered("one", Some("1"), 0),
        numbered("sub/one-one", Some("1.1"), 1),
        numbered("two", Some("2"), 0),
        numbered("end", None, 0),
    ];
    let draft = |title: &str, number: &str, missing: bool| OutlineItem::Draft {
        title: title.to_owned(),
        number: Some(number.to_owned()),
        depth: 0,
        missing,
    };
    let outline = vec![
        OutlineItem::Chapter(0),
        OutlineItem::Part("Part".to_owned()),
        OutlineItem::Chapter(1),
        OutlineItem::Chapter(2),
        draft("Later", "1.2", false),
        OutlineItem::Chapter(3),
        draft("Lost", "3", true),
        OutlineItem::Separator,
        OutlineItem::Chapter(4),
    ];
    Course {
        meta: CourseMeta::default(),
        chapters,
        quizzes: Vec::new(),
        book: Some(crate::course::Book {
            config: crate::course::BookConfig::default(),
            outline,
        }),
    }
}

fn in_book(query: &str) -> Result<String, LookupError> {
    book().find_chapter(query).map(|c| c.id.clone())
}

#[test]
fn a_book_finds_chapters_by_section_number() {
    assert_eq!(in_book("1.1").as_deref(), Ok("sub/one-one"));
    assert_eq!(in_book("1.1.").as_deref(), Ok("sub/one-one"));
    assert_eq!(
        in_book("1").as_deref(),
        Ok("one"),
        "section 1, not the 1st chapter"
    );
    assert_eq!(in_book("2").as_deref(), Ok("two"));
    // No section 4: the 4th chapter in order.
    assert_eq!(in_book("4").as_deref(), Ok("two"));
    assert_eq!(in_book("5").as_deref(), Ok("end"));
    assert_eq!(in_book("sub/one-one").as_deref(), Ok("sub/one-one"));
    assert_eq!(in_book("sub/").as_deref(), Ok("sub/one-one"));
}

#[test]
fn a_section_number_that_is_no_section_is_not_found() {
    for query in ["1.5", "9.1", "1..1", "2.0"] {
        assert!(
            matches!(in_book(query), Err(LookupError::NotFound { .. })),
            "{query}"
        );
    }
}

#[test]
fn drafts_and_missing_chapters_are_named_but_not_opened() {
    let Err(err) = in_book("1.2") else {
        panic!("a draft opened")
    };
    assert_eq!(
        err.to_string(),
        "`1.2` (Later) is a draft: it has no text yet"
    );
    let Err(err) = in_book("3") else {
        panic!("a missing chapter opened")
    };
    assert_eq!(
        err.to_string(),
        "`3` (Lost) could not be read (see `tutor check`)"
    );
}
