//! Finding a chapter or quiz from what a user typed on the command line.
//!
//! This module owns the matching rules of SPEC §6: an exact id wins, then (chapters
//! only) in a book a section number of SUMMARY.md (`4.2`, or `4.2.`), then a 1-based
//! number in course order, then a unique id prefix. In a book, a number with a dot is
//! always a section number: it never falls back to an order or a prefix. A quiz is
//! also found through its chapter, named as `read` names it. It never guesses between
//! several matches: an ambiguous prefix, or a chapter with several quizzes, is an
//! error listing the candidates. What is closest to a name that matched nothing is
//! [`suggest`]'s business.
use super::{Chapter, Course, LookupError, OutlineItem};
use crate::quiz::Quiz;

mod suggest;

impl Course {
    /// A chapter by id, section number (books), 1-based number in course order, or
    /// unique id prefix.
    pub fn find_chapter(&self, query: &str) -> Result<&Chapter, LookupError> {
        self.chapter_by_name(query)
            .unwrap_or_else(|| by_prefix(&self.chapters, |c| &c.id, query, "chapter"))
    }

    /// A chapter by exact id, section number (books) or number in course order: every
    /// rule but the prefix. None when no such rule applies.
    fn chapter_by_name(&self, query: &str) -> Option<Result<&Chapter, LookupError>> {
        if let Some(chapter) = self.chapters.iter().find(|c| c.id == query) {
            return Some(Ok(chapter));
        }
        if let Some(found) = self.find_section(query) {
            return Some(found);
        }
        let by_number = query.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
        by_number.and_then(|i| self.chapters.get(i)).map(Ok)
    }

    /// In a book, the chapter whose SUMMARY.md number `query` is, when it looks like
    /// one: digits and dots, a trailing dot allowed. None when the query is not a
    /// section number to look up (then the other rules apply).
    fn find_section(&self, query: &str) -> Option<Result<&Chapter, LookupError>> {
        let book = self.book.as_ref()?;
        let number = query.strip_suffix('.').unwrap_or(query);
        let numeric = !number.is_empty()
            && number
                .split('.')
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if !numeric {
            return None;
        }
        let not_found = || LookupError::NotFound {
            kind: "chapter",
            query: query.to_owned(),
        };
        for item in &book.outline {
            match item {
                OutlineItem::Chapter(i) => {
                    let chapter = self.chapters.get(*i)?;
                    if chapter.number.as_deref() == Some(number) {
                        return Some(Ok(chapter));
                    }
                }
                OutlineItem::Draft {
                    title,
                    number: Some(n),
                    missing,
                    ..
                } if n == number => {
                    return Some(Err(LookupError::NotReadable {
                        query: query.to_owned(),
                        title: title.clone(),
                        missing: *missing,
                    }));
                }
                _ => {}
            }
        }
        // `4.2` that is no section is not the 4th chapter nor a prefix of an id.
        query.contains('.').then(|| Err(not_found()))
    }

    /// A quiz by id; or the quiz of a chapter named by id, section number or number
    /// (as `read` takes it); or by unique quiz id prefix; or the quiz of the chapter of
    /// a unique chapter id prefix. A chapter with several quizzes is ambiguous,
    /// listing them; one with none is not found (unless a quiz id starts with the name).
    pub fn find_quiz(&self, query: &str) -> Result<&Quiz, LookupError> {
        if let Some(quiz) = self.quizzes.iter().find(|q| q.id == query) {
            return Ok(quiz);
        }
        // A chapter without a quiz leaves the name to the quizzes' prefixes.
        if let Some(chapter) = self.chapter_by_name(query) {
            match self.quiz_of(chapter?, query) {
                Err(LookupError::NotFound { .. }) => {}
                found => return found,
            }
        }
        match by_prefix(&self.quizzes, |q| &q.id, query, "quiz") {
            Err(LookupError::NotFound { .. }) => {}
            found => return found,
        }
        match by_prefix(&self.chapters, |c| &c.id, query, "chapter") {
            Ok(chapter) => self.quiz_of(chapter, query),
            Err(_) => Err(LookupError::NotFound {
                kind: "quiz",
                query: query.to_owned(),
            }),
        }
    }

    /// The one quiz of a chapter that `query` named.
    fn quiz_of<'a>(&'a self, chapter: &Chapter, query: &str) -> Result<&'a Quiz, LookupError> {
        let quizzes: Vec<&Quiz> = self
            .quizzes
            .iter()
            .filter(|q| q.chapter.as_deref() == Some(chapter.id.as_str()))
            .collect();
        match quizzes.as_slice() {
            [only] => Ok(only),
            [] => Err(LookupError::NotFound {
                kind: "quiz",
                query: query.to_owned(),
            }),
            several => Err(LookupError::Ambiguous {
                kind: "quiz",
                query: query.to_owned(),
                candidates: several.iter().map(|q| q.id.clone()).collect(),
            }),
        }
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
mod tests;
