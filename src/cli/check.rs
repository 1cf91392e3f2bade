//! `tutor check`: validate a course and report every problem with its location.
use super::Failure;
use crate::course::{check_builtin, check_dir};
use std::path::Path;

/// Prints every error (`path:line:col: message`), every warning, then a summary line;
/// exit status 1 when there is an error, 0 otherwise (warnings do not fail).
pub fn run(dir: Option<&Path>) -> Result<u8, Failure> {
    let report = match dir {
        Some(dir) => check_dir(dir)?,
        None => check_builtin(),
    };
    // File names in the report come from the folder as it is on disk.
    print!("{}", crate::sanitize::for_terminal(&report.to_string()));
    Ok(u8::from(!report.is_ok()))
}
