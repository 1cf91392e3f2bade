//! Every integration test, linked into one test binary: one module per area, and the
//! helpers they share in `common`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

mod answers_cli;
mod builtin_course;
mod check;
mod cli;
mod course;
mod course_bounds;
mod honest_records;
mod hostile_course;
mod html_course;
mod markdown_book;
mod markdown_bounds;
mod markdown_html;
mod markdown_props;
mod markdown_render;
mod mdbook_book;
mod mdbook_preprocess;
mod progress_file;
mod progress_lock;
mod progress_messages;
mod progress_prune;
mod progress_store;
mod pty_tutor;
mod quiz;
mod quiz_cli;
mod quiz_session;
mod reading_seen;
mod report_cli;
mod review_cli;
mod review_spacing;
mod tracing_cli;
mod tui_app;
mod tui_book;
mod tui_dashboard;
mod tui_keys;
mod tui_quiz;
mod tui_quiz_view;
mod tui_render;
mod tui_review;
mod tui_study;
mod tui_tracing;
mod tui_update;
