//! Finding a chapter or quiz from what a user typed on the command line.
//!
//! This module owns the matching rules of SPEC §6: an exact id wins, then (chapters
//! only) a 1-based number in course order, then a unique id prefix. It never guesses
//! between several matches: an ambiguous prefix is an error listing the candidates.
use super::{Chapter, Course, LookupError};
use crate::quiz::Quiz;

impl Course {
    /// A chapter by id, 1-based number in course order, or unique id prefix.
    pub fn find_chapter(&self, query: &str) -> Result<&Chapter, LookupError> {
        if let Some(chapter) = self.chapters.iter().find(|c| c.id == query) {
            return Ok(chapter);
        }
        let by_number = query.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
        if let Some(chapter) = by_number.and_then(|i| self.chapters.get(i)) {
            return Ok(chapter);
        }
        by_prefix(&self.chapters, |c| &c.id, query, "chapter")
    }

    /// A quiz by id or unique id prefix.
    pub fn find_quiz(&self, query: &str) -> Result<&Quiz, LookupError> {
        if let Some(quiz) = self.quizzes.iter().find(|q| q.id == query) {
            return Ok(quiz);
        }
        by_prefix(&self.quizzes, |q| &q.id, query, "quiz")
    }
}

fn by_prefix<'a, T>(
    items: &'a [T],
    id: impl Fn(&T) -> &str,
    query: &str,
    kind: &'static str,
) -> Result<&'a T, LookupError> {
    let matches: Vec<&T> = if query.is_empty() {
        Vec::new()
    } else {
        items.iter().filter(|t| id(t).starts_with(query)).collect()
    };
    match matches.as_slice() {
        [only] => Ok(only),
        [] => Err(LookupError::NotFound {
            kind,
            query: query.to_owned(),
        }),
        several => Err(LookupError::Ambiguous {
            kind,
            query: query.to_owned(),
            candidates: several.iter().map(|t| id(t).to_owned()).collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::CourseMeta;

    fn chapter(id: &str) -> Chapter {
        Chapter {
            id: id.to_owned(),
            title: id.to_owned(),
            summary: None,
            minutes: None,
            body: String::new(),
            study: crate::course::study::StudyItems::default(),
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
}
