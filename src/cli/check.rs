//! `tutor check`: validate a course and report every problem with its location.
use super::Failure;
use crate::course::{check_builtin, check_dir};
use std::path::Path;

/// Prints every error (`path:line:col: message`), every warning, then a summary line;
/// exit status 1 when there is an error, or with `strict` a warning; 0 otherwise.
pub fn run(dir: Option<&Path>, strict: bool) -> Result<u8, Failure> {
    let report = match dir {
        Some(dir) => check_dir(dir)?,
        None => check_builtin(),
    };
    // File names in the report come from the folder as it is on disk.
    let mut text = crate::sanitize::for_terminal(&report.to_string()).into_owned();
    let warned = !report.diagnostics.warnings.is_empty();
    if strict && report.is_ok() && warned {
        text.push_str("--strict: warnings fail the check\n");
    }
    super::output::print(&text)?;
    Ok(u8::from(!report.is_ok() || (strict && warned)))
}
