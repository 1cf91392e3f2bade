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
        // The review quizzes ask across chapters: they belong to the course as a whole.
        match quiz.chapter.as_deref() {
            Some(chapter) => assert!(CHAPTERS.contains(&chapter), "{}", quiz.id),
            None => assert!(quiz.id.starts_with("review-"), "{}", quiz.id),
        }
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
        // A micro-quiz: a question for each thing the chapter teaches, a few minutes.
        assert!(
            (5..=16).contains(&quiz.questions.len()),
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
    // The source's 5, 6 and 6 questions, each now asked across chapters, plus one
    // more each; all at 80%.
    assert_eq!(sizes, [(6, 5), (7, 6), (7, 6)]);
}

/// The single-answer questions of a quiz, as (choices, index of the right one).
fn single_answers(quiz: &tutor::quiz::Quiz) -> Vec<(&[String], usize)> {
    quiz.questions
        .iter()
        .filter_map(|q| match &q.kind {
            QuestionKind::Choice {
                choices,
                answer,
                select_all: false,
                ..
            } => Some((choices.as_slice(), answer[0])),
            _ => None,
        })
        .collect()
}

/// Index of the longest choice (the first of equals), as a test-taker guessing by
/// length would pick.
fn longest(choices: &[String]) -> usize {
    let lengths: Vec<usize> = choices.iter().map(|c| c.chars().count()).collect();
    let most = lengths.iter().copied().max().unwrap_or_default();
    lengths.iter().position(|&l| l == most).unwrap_or_default()
}

#[test]
fn no_quiz_can_be_passed_by_the_form_of_its_choices() {
    let course = Course::builtin().expect("the built-in course loads").course;
    for quiz in &course.quizzes {
        let single = single_answers(quiz);
        // The right answer is the longest choice (or tied for it) in at most a third
        // of the single-answer questions.
        let longest_right = single
            .iter()
            .filter(|(choices, key)| {
                let length = choices[*key].chars().count();
                choices.iter().all(|c| c.chars().count() <= length)
            })
            .count();
        assert!(
            longest_right * 3 <= single.len(),
            "{}: the longest choice is right in {longest_right} of {}",
            quiz.id,
            single.len()
        );
        // Nor the shortest: guessing by length fails in both directions.
        let shortest_right = single
            .iter()
            .filter(|(choices, key)| {
                let length = choices[*key].chars().count();
                choices.iter().all(|c| c.chars().count() >= length)
            })
            .count();
        assert!(
            shortest_right * 3 <= single.len(),
            "{}: the shortest choice is right in {shortest_right} of {}",
            quiz.id,
            single.len()
        );
        // Always picking the longest choice (one choice in a select-all question too)
        // passes no quiz.
        let by_length = quiz
            .questions
            .iter()
            .filter(|q| match &q.kind {
                QuestionKind::Choice {
                    choices, answer, ..
                } => answer.as_slice() == [longest(choices)],
                _ => false,
            })
            .count();
        assert!(
            by_length < quiz.needed(),
            "{}: picking the longest scores {by_length}, {} needed",
            quiz.id,
            quiz.needed()
        );
        // No letter holds more than 40% of the quiz's keys (select-all keys count
        // each of their letters).
        let mut per_letter = [0_usize; tutor::quiz::MAX_CHOICES];
        for question in &quiz.questions {
            if let QuestionKind::Choice { answer, .. } = &question.kind {
                for &i in answer {
                    per_letter[i] += 1;
                }
            }
        }
        let keys: usize = per_letter.iter().sum();
        for (i, &n) in per_letter.iter().enumerate() {
            assert!(
                n * 10 <= keys * 4,
                "{}: `{}` is right {n} times of {keys}",
                quiz.id,
                tutor::quiz::letter(i)
            );
        }
    }
}
