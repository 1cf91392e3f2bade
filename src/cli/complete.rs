//! Dynamic shell completion: chapter and quiz ids of the course the command line
//! names, offered by clap_complete's engine when the shell asks (`COMPLETE=bash tutor
//! -- tutor read <TAB>`; see the README for each shell's setup).
//!
//! The shell passes the whole command line being typed after `--`; the course is the
//! one its `--course` names, else the built-in one. Completion never prints a warning
//! or fails: a course that does not load offers nothing.
use crate::course::Course;
use clap_complete::engine::{CompletionCandidate, PathCompleter, ValueCompleter};
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

/// Chapter ids (with their titles as help); Markdown files and folders when no id
/// starts with what was typed, or it starts like a path.
pub fn chapters(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let mut candidates: Vec<CompletionCandidate> = course()
        .map(|course| {
            course
                .chapters
                .iter()
                .filter(|c| c.id.starts_with(typed.as_ref()))
                .map(|c| candidate(&c.id, &c.title))
                .collect()
        })
        .unwrap_or_default();
    // Files only when no id fits or a path is being typed: ids are what is wanted.
    let path_like = typed.starts_with(['.', '/', '~']);
    if !candidates.is_empty() && !path_like {
        return candidates;
    }
    let files = PathCompleter::any().filter(|path| {
        path.is_dir()
            || path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
    });
    candidates.extend(files.complete(current));
    candidates
}

/// Quiz ids, with their titles as help.
pub fn quizzes() -> Vec<CompletionCandidate> {
    course()
        .map(|course| {
            course
                .quizzes
                .iter()
                .map(|q| candidate(&q.id, &q.title))
                .collect()
        })
        .unwrap_or_default()
}

fn candidate(id: &str, title: &str) -> CompletionCandidate {
    // Titles were sanitized at load; the help is one line of plain text.
    CompletionCandidate::new(id).help(Some(title.to_owned().into()))
}

/// The course of the command line being completed, loaded quietly.
fn course() -> Option<Course> {
    let loaded = match course_dir(std::env::args_os()) {
        Some(dir) => Course::from_dir(&dir).ok()?,
        None => Course::builtin().ok()?,
    };
    Some(loaded.course)
}

/// The folder `--course DIR` (or `--course=DIR`) names in the words after `--`, the
/// last one winning as clap has it. `~/` is expanded: the shell has not done it for
/// a word still being typed.
pub fn course_dir(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    let mut words = args.into_iter().skip_while(|w| w != "--").skip(1);
    let mut dir = None;
    while let Some(word) = words.next() {
        let value = if word == "--course" {
            words.next()
        } else {
            word.to_str()
                .and_then(|w| w.strip_prefix("--course="))
                .map(OsString::from)
        };
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            dir = Some(expand_home(value));
        }
    }
    dir
}

fn expand_home(value: OsString) -> PathBuf {
    let home = std::env::var_os("HOME");
    match (value.to_str().and_then(|v| v.strip_prefix("~/")), home) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(words: &[&str]) -> Option<PathBuf> {
        course_dir(words.iter().map(OsString::from))
    }

    #[test]
    fn the_course_is_read_from_the_words_after_the_separator() {
        assert_eq!(dir(&["tutor", "--", "tutor", "read", ""]), None);
        assert_eq!(
            dir(&["tutor", "--", "tutor", "--course", "books/x", "quiz", "a"]),
            Some(PathBuf::from("books/x"))
        );
        assert_eq!(
            dir(&["tutor", "--", "tutor", "read", "--course=c", ""]),
            Some(PathBuf::from("c"))
        );
        // Before `--` are the completer's own arguments.
        assert_eq!(
            dir(&["tutor", "--course", "no", "--", "tutor", "read"]),
            None
        );
        // `--course` still being typed names nothing yet.
        assert_eq!(dir(&["tutor", "--", "tutor", "--course"]), None);
    }
}
