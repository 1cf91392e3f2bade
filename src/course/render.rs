//! What the course tells the renderer about a chapter beyond its Markdown: how the
//! book hides code lines, the titles of the chapters its links lead to, and the
//! quizzes placed in it — the answers behind `markdown::ParseOptions` and
//! `markdown::LayoutOptions`.
//!
//! This module owns resolving a link written in a chapter (`ch02.md`,
//! `../format/x.html#anchor`) to a chapter of the course, as mdBook does from the
//! chapter's own folder under `src`. It never reads a file and never lays anything out.
use super::mdbook::files::normal;
use super::{Chapter, Course};
use crate::markdown::{Document, ParseOptions, QuizCard};
use crate::quiz::Quiz;
use std::collections::HashMap;
use std::path::Path;

impl Course {
    /// Per language, the prefix that hides a code line: a book's
    /// `[output.html.code.hidelines]`, nothing for other courses.
    pub fn hidelines(&self) -> HashMap<String, String> {
        self.book.as_ref().map_or_else(HashMap::new, |book| {
            book.config
                .hidelines
                .iter()
                .map(|(language, prefix)| (language.clone(), prefix.clone()))
                .collect()
        })
    }

    /// The title of the chapter a link written in `from` leads to: `ch02.md`,
    /// `ch02.html#x` (mdBook's built page) or `../part/ch.md`, resolved from the folder
    /// of `from`'s file. None when it leads to no chapter of the course.
    pub fn linked_chapter_title(&self, from: &Chapter, target: &str) -> Option<String> {
        let (index, _) = self.linked_chapter(from, target)?;
        self.chapters.get(index).map(|c| c.title.clone())
    }

    /// Where a link written in `from` leads: the index of the chapter and the anchor
    /// after its `#`, if any. Resolved as [`Course::linked_chapter_title`] says.
    pub fn linked_chapter<'t>(
        &self,
        from: &Chapter,
        target: &'t str,
    ) -> Option<(usize, Option<&'t str>)> {
        let anchor = target
            .split_once('#')
            .map(|(_, anchor)| anchor)
            .filter(|anchor| !anchor.is_empty());
        let path = target.split(['#', '?']).next().unwrap_or("");
        let path = path.replace("%20", " ");
        let stem = path
            .strip_suffix(".md")
            .or_else(|| path.strip_suffix(".html"))?;
        if stem.is_empty() || stem.contains("://") {
            return None;
        }
        let folder = Path::new(&from.id).parent().unwrap_or(Path::new(""));
        let id = normal(&folder.join(stem))?;
        let id = super::mdbook::files::shown(&id);
        // mdBook builds a README.md as index.html.
        let readme = id
            .strip_suffix("index")
            .filter(|rest| rest.is_empty() || rest.ends_with('/'))
            .map(|rest| format!("{rest}README"));
        let index = self
            .chapters
            .iter()
            .position(|c| c.id == id || Some(&c.id) == readme.as_ref())?;
        Some((index, anchor))
    }

    /// Parses `text`, the body of `chapter` (perhaps with the learner's records
    /// written in), with what the course knows around it: the code lines its book
    /// hides and the titles of the chapters it links to. `tutor read` and the reader
    /// both parse a chapter this way.
    pub fn parse_chapter(&self, chapter: &Chapter, text: &str) -> Document {
        let titles = |link: &str| self.linked_chapter_title(chapter, link);
        let options = ParseOptions {
            hidelines: self.hidelines(),
            chapter_titles: Some(&titles),
        };
        crate::markdown::parse_with(text, &options)
    }

    /// The quiz a `{{#quiz}}` of `chapter` placed, by the path its marker names.
    pub fn placed_quiz(&self, chapter: &Chapter, src: &str) -> Option<&Quiz> {
        let place = chapter.quiz_places.iter().find(|p| p.src == src)?;
        self.quizzes.iter().find(|q| q.id == place.quiz)
    }

    /// What the reader shows where a quiz stands: its title (without the `Quiz:` the
    /// renderer writes before it) and its number of questions.
    pub fn quiz_card(&self, chapter: &Chapter, src: &str) -> Option<QuizCard> {
        let quiz = self.placed_quiz(chapter, src)?;
        Some(QuizCard {
            title: card_title(&quiz.title),
            questions: quiz.questions.len(),
            state: None,
        })
    }
}

/// A quiz title as it reads after the renderer's `Quiz:`: `Quiz: Functions` is
/// `Functions`, `Quiz 2 of 3: Functions` is `Functions (2 of 3)`.
fn card_title(title: &str) -> String {
    if let Some(rest) = title.strip_prefix("Quiz: ") {
        return rest.to_owned();
    }
    if let Some((count, name)) = title.strip_prefix("Quiz ").and_then(|r| r.split_once(": "))
        && let Some((n, of)) = count.split_once(" of ")
        && [n, of]
            .iter()
            .all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()))
    {
        return format!("{name} ({count})");
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{CourseMeta, QuizPlace};

    fn chapter(id: &str, title: &str) -> Chapter {
        Chapter {
            id: id.to_owned(),
            title: title.to_owned(),
            ..Chapter::default()
        }
    }

    fn course() -> Course {
        let mut placing = chapter("part/two", "Two");
        placing.quiz_places.push(QuizPlace {
            quiz: "q".to_owned(),
            src: "quizzes/q.toml".to_owned(),
            offset: 0,
        });
        Course {
            meta: CourseMeta::default(),
            chapters: vec![
                chapter("intro", "Introduction"),
                chapter("part/one", "One"),
                placing,
                chapter("part/README", "The Part"),
            ],
            quizzes: vec![Quiz {
                id: "q".to_owned(),
                title: "Quiz 2 of 3: Two".to_owned(),
                chapter: Some("part/two".to_owned()),
                mastery: 80,
                questions: Vec::new(),
            }],
            book: None,
        }
    }

    #[test]
    fn links_lead_to_chapters_from_the_folder_of_the_chapter_written_in() {
        let course = course();
        let from = &course.chapters[2];
        let title = |target: &str| course.linked_chapter_title(from, target);
        assert_eq!(title("one.md").as_deref(), Some("One"));
        assert_eq!(title("one.html#a-heading").as_deref(), Some("One"));
        assert_eq!(title("../intro.md").as_deref(), Some("Introduction"));
        assert_eq!(title("./index.html").as_deref(), Some("The Part"));
        assert_eq!(title("README.md").as_deref(), Some("The Part"));
        assert_eq!(title("../../outside.md"), None);
        assert_eq!(title("missing.md"), None);
        assert_eq!(title("image.png"), None);
        assert_eq!(title("https://example.com/x.html"), None);
        assert_eq!(
            course.linked_chapter(from, "one.html#a-heading"),
            Some((1, Some("a-heading")))
        );
        assert_eq!(course.linked_chapter(from, "../intro.md"), Some((0, None)));
        assert_eq!(course.linked_chapter(from, "#here"), None);
        let intro = &course.chapters[0];
        assert_eq!(
            course.linked_chapter_title(intro, "part/one.md").as_deref(),
            Some("One")
        );
    }

    #[test]
    fn a_placed_quiz_is_found_by_its_marker_and_carded() {
        let course = course();
        let placing = &course.chapters[2];
        assert_eq!(
            course.quiz_card(placing, "quizzes/q.toml"),
            Some(QuizCard {
                title: "Two (2 of 3)".to_owned(),
                questions: 0,
                state: None,
            })
        );
        assert!(
            course
                .quiz_card(&course.chapters[0], "quizzes/q.toml")
                .is_none()
        );
        assert!(course.quiz_card(placing, "quizzes/other.toml").is_none());
        assert_eq!(card_title("Quiz: Functions"), "Functions");
        assert_eq!(card_title("My own title"), "My own title");
        assert_eq!(card_title("Quiz one of two: x"), "Quiz one of two: x");
    }
}
