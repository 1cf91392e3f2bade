//! tutor: an offline terminal tutor — Markdown lessons, micro-quizzes scored against
//! mastery thresholds, and progress kept in a local TOML file.
//!
//! Everything testable lives in this library; `main.rs` only parses the command line
//! and dispatches. The core never touches a terminal; its dependencies point one way:
//! `sanitize`, `diagnostic` → `markdown`, `quiz` → `course` → `progress` → `study` →
//! `cli`, `tui`.
pub mod cli;
pub mod course;
pub mod diagnostic;
pub mod markdown;
pub mod progress;
pub mod quiz;
pub mod sanitize;
pub mod study;
pub mod theme;
pub mod tui;

/// An OS error as a reader should see it: the message without the "(os error 2)" code.
pub fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}
