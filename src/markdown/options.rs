//! What a caller may tell the renderer beyond the Markdown itself: how a book hides
//! code lines and what its chapters are called (when parsing), and which folds are
//! open and what the chapter's quizzes are (when laying out).
//!
//! Everything here comes from the caller, not from the chapter; text it supplies is
//! still sanitized before it is shown. Nothing here reads files or knows of courses:
//! the book loader and the reader fill these in.
use std::collections::HashMap;
use std::fmt;

/// Looks up the title of the chapter a link points to, given the link's target as
/// written (`ch02.md`, `../ch03/x.html#anchor`); `None` when it is no chapter.
pub type ChapterTitles<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Looks up the quiz a `{{#quiz PATH}}` placed, given that path as written.
pub type QuizCards<'a> = &'a dyn Fn(&str) -> Option<QuizCard>;

/// Settings that shape the parsed [`Document`](super::Document).
#[derive(Default, Clone)]
pub struct ParseOptions<'a> {
    /// Per language, the prefix that hides a code line (mdBook's
    /// `[output.html.code.hidelines]`, e.g. `python = "~"`). Rust blocks always hide
    /// rustdoc's `# ` lines; a block's own `hidelines=PREFIX` wins over this.
    pub hidelines: HashMap<String, String>,
    /// Titles of the chapters links lead to: a resolved link shows the chapter's title
    /// rather than a file address no terminal can open.
    pub chapter_titles: Option<ChapterTitles<'a>>,
}

impl fmt::Debug for ParseOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseOptions")
            .field("hidelines", &self.hidelines)
            .field("chapter_titles", &self.chapter_titles.is_some())
            .finish()
    }
}

/// Which `details` folds a layout shows open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Unfold<'a> {
    /// Every fold closed, showing only its summary (as `tutor read` prints them).
    #[default]
    None,
    All,
    /// The folds with these indices (see [`FoldLine::index`](super::FoldLine)).
    Only(&'a [usize]),
}

impl Unfold<'_> {
    pub fn is_open(self, index: usize) -> bool {
        match self {
            Self::None => false,
            Self::All => true,
            Self::Only(open) => open.contains(&index),
        }
    }
}

/// What the course knows of a quiz placed in a chapter, shown where it stands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuizCard {
    pub title: String,
    pub questions: usize,
    /// How the learner stands with it: `not taken`, `mastered`, `best 60%`, ...
    pub state: Option<String>,
}

/// Settings of one layout; the default is what `tutor read` prints.
#[derive(Clone, Copy, Default)]
pub struct LayoutOptions<'a> {
    pub unfold: Unfold<'a>,
    /// The quizzes placed in the chapter; without it a quiz shows its path.
    pub quizzes: Option<QuizCards<'a>>,
    /// Said after each quiz, e.g. `press Enter to take it`.
    pub quiz_hint: Option<&'a str>,
    /// Said after a closed fold's summary instead of `(folded)`, e.g. `(Enter opens)`.
    pub folded_note: Option<&'a str>,
}

impl fmt::Debug for LayoutOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LayoutOptions")
            .field("unfold", &self.unfold)
            .field("quizzes", &self.quizzes.is_some())
            .field("quiz_hint", &self.quiz_hint)
            .field("folded_note", &self.folded_note)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::Unfold;

    #[test]
    fn folds_open_as_asked() {
        assert!(!Unfold::None.is_open(0));
        assert!(Unfold::All.is_open(7));
        let open = [1, 3];
        assert!(Unfold::Only(&open).is_open(3));
        assert!(!Unfold::Only(&open).is_open(2));
    }
}
