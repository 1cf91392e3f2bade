//! The blocks a book's chapters use beyond `CommonMark`: GitHub-style alerts
//! (`> [!NOTE]`), definition lists, HTML `details` folds, the Rust Book's `<Listing>`
//! figures, the places where quizzes stand, and the flags of a code block's info string.
//!
//! These are part of the width-independent [`Content`](super::document::Content): plain
//! data, already sanitized by the parser, knowing nothing of widths or colours.
use super::document::{Block, Run};

/// The kind of a GitHub-style alert, `> [!NOTE]` and its four siblings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalloutKind {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

impl CalloutKind {
    /// The word shown above the alert's text, as GitHub and mdBook title it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Note => "Note",
            Self::Tip => "Tip",
            Self::Important => "Important",
            Self::Warning => "Warning",
            Self::Caution => "Caution",
        }
    }
}

/// One part of a definition list, in the order written: a term, or what defines the
/// term(s) before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Definition {
    Term(Vec<Run>),
    Meaning(Vec<Block>),
}

/// An HTML `details` element: its summary, and the content it folds away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fold {
    /// Which fold of the document this is, counting `<details>` tags in the order
    /// they open (nested ones included): what a reader names to unfold it.
    pub index: usize,
    pub summary: Vec<Run>,
    pub blocks: Vec<Block>,
}

/// The Rust Book's `<Listing number="2-1" file-name="src/main.rs" caption="…">`: its
/// content between a file name above and a caption below, as the book's HTML shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listing {
    pub file_name: Option<String>,
    /// `Listing 2-1: caption`, `Listing 2-1` or the caption alone; empty for none.
    pub caption: Vec<Run>,
    pub blocks: Vec<Block>,
}

/// What a code block's info string says about the code beyond its language, in the
/// words shown on the block's frame. The order of the variants is the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum CodeFlag {
    /// The Rust Book's `does_not_compile`.
    DoesNotCompile,
    /// The Rust Book's `panics`.
    Panics,
    /// The Rust Book's `not_desired_behavior`.
    NotDesired,
    /// rustdoc's `compile_fail`.
    CompileFail,
    /// rustdoc's `should_panic`.
    ShouldPanic,
    /// rustdoc's `ignore` (and `ignore-<target>`).
    Ignore,
}

impl CodeFlag {
    /// The flag an info-string word stands for. Words that only steer mdBook's
    /// playground or rustdoc's test runner (`no_run`, `editable`, `noplayground`,
    /// `edition2021`, `hidelines=…`) say nothing about the code a reader sees, so
    /// they, and words nobody knows, stand for none.
    pub fn from_word(word: &str) -> Option<Self> {
        let flag = match word {
            "does_not_compile" => Self::DoesNotCompile,
            "panics" => Self::Panics,
            "not_desired_behavior" | "not_desired_behaviour" => Self::NotDesired,
            "compile_fail" => Self::CompileFail,
            "should_panic" => Self::ShouldPanic,
            "ignore" => Self::Ignore,
            _ if word.starts_with("ignore-") => Self::Ignore,
            _ => return None,
        };
        Some(flag)
    }

    /// The flag in words, as shown after the language.
    pub fn words(self) -> &'static str {
        match self {
            Self::DoesNotCompile => "does not compile",
            Self::Panics => "panics",
            Self::NotDesired => "not the desired behaviour",
            Self::CompileFail => "compile fail",
            Self::ShouldPanic => "should panic",
            Self::Ignore => "ignore",
        }
    }

    /// Whether the flag warns about what the code does (the Rust Book marks such code
    /// with a worried crab), rather than how tests treat it.
    pub fn is_warning(self) -> bool {
        matches!(self, Self::DoesNotCompile | Self::Panics | Self::NotDesired)
    }
}

#[cfg(test)]
mod tests {
    use super::CodeFlag;

    #[test]
    fn flags_read_as_words_and_playground_words_are_dropped() {
        let words = [
            "does_not_compile",
            "panics",
            "not_desired_behavior",
            "ignore",
        ];
        let shown: Vec<&str> = words
            .iter()
            .filter_map(|w| CodeFlag::from_word(w))
            .map(CodeFlag::words)
            .collect();
        assert_eq!(
            shown,
            [
                "does not compile",
                "panics",
                "not the desired behaviour",
                "ignore"
            ]
        );
        for quiet in [
            "no_run",
            "editable",
            "noplayground",
            "edition2021",
            "hidelines=#",
        ] {
            assert_eq!(CodeFlag::from_word(quiet), None, "{quiet}");
        }
        assert_eq!(CodeFlag::from_word("ignore-wasm32"), Some(CodeFlag::Ignore));
        assert!(CodeFlag::Panics.is_warning());
        assert!(!CodeFlag::ShouldPanic.is_warning());
    }
}
