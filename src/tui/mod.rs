//! The interactive tutor: a ratatui app over the core modules.
pub mod quiz_runner;
pub mod view;
