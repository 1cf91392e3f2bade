//! tutor: an offline terminal tutor — Markdown lessons, micro-quizzes scored against
//! mastery thresholds, and progress kept in a local TOML file.
//!
//! Everything testable lives in this library; `main.rs` only parses the command line
//! and dispatches. The core modules (`course`, `markdown`, `quiz`) never touch a
//! terminal.
pub mod cli;
pub mod course;
pub mod markdown;
pub mod progress;
pub mod quiz;
pub mod sanitize;
pub mod theme;
pub mod tui;
