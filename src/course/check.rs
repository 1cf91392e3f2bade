//! The validation report behind `tutor check`.
//!
//! This module owns what a check reports and how it is summed up in one line. It
//! loads courses through the same path as every other command, so `check` can never
//! disagree with `list` or `quiz` about what is broken. It never prints: the CLI does.
use super::{CourseError, Loaded};
use crate::diagnostic::Diagnostics;
use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

/// Everything `tutor check` has to say about a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub diagnostics: Diagnostics,
    /// What loaded: chapters, quizzes and their questions.
    pub chapters: usize,
    pub quizzes: usize,
    pub questions: usize,
}

/// Checks the built-in course.
pub fn check_builtin() -> Report {
    Report::from(&super::load::load_checked(super::source::embedded()))
}

/// Checks a course folder; only a folder that cannot be read as a course at all is
/// an `Err`, everything else is in the report.
pub fn check_dir(dir: &Path) -> Result<Report, CourseError> {
    if let Some(found) = super::book::find(dir)? {
        return Ok(Report::from(&super::book::load(&found, true)));
    }
    super::source::from_dir(dir).map(|files| Report::from(&super::load::load_checked(files)))
}

impl From<&Loaded> for Report {
    fn from(loaded: &Loaded) -> Self {
        let course = &loaded.course;
        Report {
            diagnostics: loaded.diagnostics.clone(),
            chapters: course.chapters.len(),
            quizzes: course.quizzes.len(),
            questions: course.quizzes.iter().map(|q| q.questions.len()).sum(),
        }
    }
}

impl Report {
    /// True when there is no error; warnings do not fail a check.
    pub fn is_ok(&self) -> bool {
        self.diagnostics.is_ok()
    }

    /// One line: `3 errors, 1 warning in 2 files` or `ok: 3 chapters, 2 quizzes, 11
    /// questions` (with `, 1 warning` when there are warnings).
    pub fn summary(&self) -> String {
        let Diagnostics { errors, warnings } = &self.diagnostics;
        let warning_count = count(warnings.len(), "warning", "warnings");
        if self.is_ok() {
            let loaded = format!(
                "ok: {}, {}, {}",
                count(self.chapters, "chapter", "chapters"),
                count(self.quizzes, "quiz", "quizzes"),
                count(self.questions, "question", "questions"),
            );
            return if warnings.is_empty() {
                loaded
            } else {
                format!("{loaded}, {warning_count}")
            };
        }
        let files: BTreeSet<&str> = errors
            .iter()
            .chain(warnings)
            .map(|d| d.path.as_str())
            .collect();
        let error_count = count(errors.len(), "error", "errors");
        let files = count(files.len(), "file", "files");
        if warnings.is_empty() {
            format!("{error_count} in {files}")
        } else {
            format!("{error_count}, {warning_count} in {files}")
        }
    }
}

/// Errors one per line, then warnings marked as such, then the summary line.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.diagnostics.errors {
            writeln!(f, "{error}")?;
        }
        for w in &self.diagnostics.warnings {
            writeln!(f, "{}:{}:{}: warning: {}", w.path, w.line, w.col, w.message)?;
        }
        writeln!(f, "{}", self.summary())
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;

    fn diagnostic(path: &str) -> Diagnostic {
        Diagnostic {
            path: path.to_owned(),
            line: 1,
            col: 2,
            message: "bad".to_owned(),
        }
    }

    fn report(errors: &[&str], warnings: &[&str]) -> Report {
        Report {
            diagnostics: Diagnostics {
                errors: errors.iter().map(|p| diagnostic(p)).collect(),
                warnings: warnings.iter().map(|p| diagnostic(p)).collect(),
            },
            chapters: 3,
            quizzes: 1,
            questions: 11,
        }
    }

    #[test]
    fn summary_counts_errors_warnings_and_files() {
        assert_eq!(
            report(&["a", "a", "b"], &["c"]).summary(),
            "3 errors, 1 warning in 3 files"
        );
        assert_eq!(report(&["a"], &[]).summary(), "1 error in 1 file");
    }

    #[test]
    fn summary_of_a_clean_course_says_what_loaded() {
        assert_eq!(
            report(&[], &[]).summary(),
            "ok: 3 chapters, 1 quiz, 11 questions"
        );
        assert_eq!(
            report(&[], &["a", "b"]).summary(),
            "ok: 3 chapters, 1 quiz, 11 questions, 2 warnings"
        );
        assert!(report(&[], &["a"]).is_ok());
        assert!(!report(&["a"], &[]).is_ok());
    }

    #[test]
    fn display_lists_errors_then_warnings_then_summary() {
        let text = report(&["e.toml"], &["w.md"]).to_string();
        assert_eq!(
            text,
            "e.toml:1:2: bad\nw.md:1:2: warning: bad\n1 error, 1 warning in 2 files\n"
        );
    }
}
