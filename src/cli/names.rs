//! What a name that found nothing is told: the lookup's own message, the closest
//! chapters or quizzes ("did you mean …"), and where to see them all.
//!
//! The matching is the course's ([`Course::find_chapter`], [`Course::find_quiz`],
//! [`Course::suggest_chapters`]); this only words the failure.
use super::Failure;
use crate::course::{Course, LookupError};

/// A chapter lookup that failed, with the closest chapters when nothing matched.
pub fn chapter_failure(course: &Course, query: &str, err: &LookupError) -> Failure {
    let closest = match err {
        LookupError::NotFound { .. } => course
            .suggest_chapters(query)
            .iter()
            .map(|c| named(&c.id, &c.title))
            .collect(),
        _ => Vec::new(),
    };
    failure(err, &closest)
}

/// A quiz lookup that failed: a chapter without a quiz, or with several, says so; a
/// name that matched nothing gets the closest quizzes.
pub fn quiz_failure(course: &Course, query: &str, err: &LookupError) -> Failure {
    if let LookupError::NotFound { kind: "quiz", .. } = err
        && let Ok(chapter) = course.find_chapter(query)
    {
        return Failure::usage(format!(
            "chapter `{}` ({}) has no quiz (see `tutor list`)",
            chapter.id, chapter.title
        ));
    }
    if let LookupError::Ambiguous {
        kind: "quiz",
        candidates,
        ..
    } = err
        && let Ok(chapter) = course.find_chapter(query)
        && candidates
            .iter()
            .all(|id| course.quizzes_for(&chapter.id).any(|q| &q.id == id))
    {
        return Failure::usage(format!(
            "chapter `{}` ({}) has {} quizzes: {}; name one (see `tutor list`)",
            chapter.id,
            chapter.title,
            candidates.len(),
            candidates.join(", ")
        ));
    }
    let closest = match err {
        LookupError::NotFound { .. } => course
            .suggest_quizzes(query)
            .iter()
            .map(|q| named(&q.id, &q.title))
            .collect(),
        _ => Vec::new(),
    };
    failure(err, &closest)
}

/// `id (Title)`, or the id alone when the title is the id.
fn named(id: &str, title: &str) -> String {
    if title.is_empty() || title == id {
        id.to_owned()
    } else {
        format!("{id} ({title})")
    }
}

/// One line: what went wrong, what comes closest, where to look.
fn failure(err: &LookupError, closest: &[String]) -> Failure {
    let suggestion = match closest {
        [] => String::new(),
        [only] => format!("; did you mean {only}?"),
        [first @ .., last] => format!("; did you mean {} or {last}?", first.join(", ")),
    };
    Failure::usage(format!("{err}{suggestion} (see `tutor list`)"))
}
