//! The built-in course as a learner gets it: complete, in order, and every quiz sound.
use tutor::course::Course;
use tutor::quiz::QuestionKind;

const CHAPTERS: [&str; 10] = [
    "01-system-design-principles",
    "02-scalability-patterns",
    "03-database-design-for-scale",
    "04-caching-strategies",
    "05-load-balancing-and-distribution",
    "06-message-queues-and-event-driven-architecture",
    "07-microservices-architecture",
    "08-high-availability-and-fault-tolerance",
    "09-security-in-system-design",
    "10-system-design-interview-preparation",
];

#[test]
fn ten_chapters_in_order_each_with_a_quiz() {
    let loaded = Course::builtin().expect("the built-in course loads");
    assert!(
        loaded.diagnostics.errors.is_empty(),
        "{:?}",
        loaded.diagnostics.errors
    );
    assert!(
        loaded.diagnostics.warnings.is_empty(),
        "{:?}",
        loaded.diagnostics.warnings
    );
    let course = loaded.course;
    let ids: Vec<&str> = course.chapters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, CHAPTERS);
    assert_eq!(course.meta.level, "Intermediate to Advanced");
    for chapter in &course.chapters {
        assert!(
            course.quizzes_for(&chapter.id).next().is_some(),
            "{} has no quiz",
            chapter.id
        );
        assert!(chapter.body.contains("## Mini project"), "{}", chapter.id);
        assert!(
            chapter.body.contains("- [ ]"),
            "{}: a checklist",
            chapter.id
        );
        assert!(
            chapter.body.contains("## Reflection prompts"),
            "{}",
            chapter.id
        );
        assert!(
            chapter.body.contains("## Common confusions"),
            "{}",
            chapter.id
        );
    }
}

#[test]
fn every_quiz_belongs_to_a_chapter_and_every_question_is_explained() {
    let course = Course::builtin().expect("the built-in course loads").course;
    assert!(
        course.quizzes.len() >= 13,
        "ten chapter quizzes and three reviews"
    );
    for quiz in &course.quizzes {
        let chapter = quiz.chapter.as_deref().unwrap_or_default();
        assert!(
            CHAPTERS.contains(&chapter),
            "{} belongs to `{chapter}`",
            quiz.id
        );
        assert!((1..=100).contains(&quiz.mastery));
        for question in &quiz.questions {
            assert!(
                !question.id.is_empty(),
                "{}: a question without an id",
                quiz.id
            );
            let explained = question
                .explanation
                .as_deref()
                .is_some_and(|e| !e.trim().is_empty());
            assert!(explained, "{}/{}: no explanation", quiz.id, question.id);
            if let QuestionKind::Choice {
                choices, answer, ..
            } = &question.kind
            {
                assert!(answer.iter().all(|&i| i < choices.len()));
            }
        }
    }
    for chapter in &CHAPTERS[..9] {
        let quiz = course.quizzes_for(chapter).next().expect("a chapter quiz");
        assert!(
            (5..=8).contains(&quiz.questions.len()),
            "{}: {}",
            quiz.id,
            quiz.questions.len()
        );
    }
}

#[test]
fn the_three_review_quizzes_keep_their_shape() {
    let course = Course::builtin().expect("the built-in course loads").course;
    let reviews: Vec<_> = course
        .quizzes
        .iter()
        .filter(|q| q.id.starts_with("review-"))
        .collect();
    assert_eq!(reviews.len(), 3);
    let sizes: Vec<(usize, usize)> = reviews
        .iter()
        .map(|q| (q.questions.len(), q.needed()))
        .collect();
    assert_eq!(
        sizes,
        [(5, 4), (6, 5), (6, 5)],
        "5 at 80%, 6 needing 5, 6 at 80%"
    );
}
