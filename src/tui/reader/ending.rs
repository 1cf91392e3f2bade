//! What the end of a chapter offers: its quiz (or, once it is mastered, to take it
//! again), the next chapter, and the quizzes to take besides (at the last chapter, the
//! course's review quizzes), laid out as lines for the reading column.
//!
//! The app describes the offers from the course and the progress ([`Ending`]); the
//! reader keeps them laid out for its width, so that scrolling can reach the last of
//! them and drawing only copies lines.
use crate::tui::draw::wrap_words;
use crate::tui::text;

/// The offers at the end of a chapter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ending {
    /// The chapter's quiz, the one `t` takes, and whether it is mastered.
    pub quiz: Option<(String, bool)>,
    /// The next chapter's title; None at the last chapter.
    pub next: Option<String>,
    /// Whether this is the course's last chapter.
    pub last: bool,
    /// Other quizzes to take from here (title, mastered): the chapter's others, and at
    /// the last chapter those of the course as a whole.
    pub more: Vec<(String, bool)>,
}

/// What a line of the ending is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndKind {
    /// The end-of-chapter rule and the words before a list.
    Note,
    /// Something a key does.
    Offer,
    /// A quiz listed.
    Item,
}

impl Ending {
    /// The ending as lines of at most `width` columns (words wrapped; a list item's
    /// continuation lines indented under its text).
    pub fn lines(&self, width: usize) -> Vec<(String, EndKind)> {
        let width = width.max(1);
        let mut lines = Vec::new();
        let mut add = |words: &str, kind: EndKind, indent: usize| {
            for (i, line) in wrap_words(words, width.saturating_sub(indent).max(1))
                .into_iter()
                .enumerate()
            {
                let pad = if i == 0 { 0 } else { indent };
                lines.push((format!("{}{line}", " ".repeat(pad)), kind));
            }
        };
        let rule = if self.last {
            text::END_OF_COURSE
        } else {
            text::END_OF_CHAPTER
        };
        add(rule, EndKind::Note, 0);
        if let Some((title, mastered)) = &self.quiz {
            let offer = if *mastered {
                text::quiz_mastered_retake("t", title)
            } else {
                text::take_quiz("t", title)
            };
            add(&offer, EndKind::Offer, 0);
        }
        if let Some(next) = &self.next {
            add(&text::next_chapter(next), EndKind::Offer, 0);
        }
        if !self.more.is_empty() {
            let heading = if self.last {
                text::COURSE_QUIZZES
            } else {
                text::MORE_QUIZZES
            };
            add(heading, EndKind::Note, 0);
            for (title, mastered) in &self.more {
                add(&text::listed_quiz(title, *mastered), EndKind::Item, 2);
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(ending: &Ending, width: usize) -> Vec<String> {
        ending.lines(width).into_iter().map(|(l, _)| l).collect()
    }

    #[test]
    fn a_chapter_offers_its_quiz_and_the_next_chapter() {
        let ending = Ending {
            quiz: Some(("Scaling".into(), false)),
            next: Some("Databases".into()),
            ..Ending::default()
        };
        assert_eq!(
            plain(&ending, 80),
            [
                text::END_OF_CHAPTER,
                "Press t to take the quiz “Scaling”",
                "Press ] for the next chapter, “Databases”",
            ]
        );
    }

    #[test]
    fn a_mastered_quiz_is_offered_again_not_as_new() {
        let ending = Ending {
            quiz: Some(("Scaling".into(), true)),
            ..Ending::default()
        };
        let lines = plain(&ending, 80);
        assert!(
            lines.iter().all(|l| !l.contains("to take the quiz")),
            "{lines:?}"
        );
        assert_eq!(
            lines[1],
            "✓ Quiz “Scaling” mastered. Press t to take it again"
        );
    }

    #[test]
    fn the_last_chapter_lists_the_course_quizzes_wrapped() {
        let ending = Ending {
            quiz: Some(("Interviews".into(), false)),
            next: None,
            last: true,
            more: vec![
                ("Review quiz: foundations".into(), true),
                ("Review quiz: a title long enough to wrap".into(), false),
            ],
        };
        let lines = plain(&ending, 30);
        assert_eq!(lines[0], text::END_OF_COURSE);
        assert!(
            lines.iter().any(|l| l == "· Review quiz: foundations ✓"),
            "{lines:?}"
        );
        let at = lines
            .iter()
            .position(|l| l.starts_with("· Review quiz: a"))
            .unwrap();
        assert!(lines[at + 1].starts_with("  "), "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 30)
        );
        assert!(!lines.iter().any(|l| l.contains("next chapter")));
    }
}
