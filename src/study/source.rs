//! Which folder a course id belongs to: the first place a course of that id was loaded
//! from is kept in its progress record (`source`), and loading one of the same id from
//! anywhere else is worth a warning, since the two would share one record.
//!
//! One function serves every front end (`tutor quiz --answers`, `tutor review`, the
//! interactive tutor): it records and words the warning, and the caller only shows it.
//! Finding where a course was loaded from (a folder made canonical) is the caller's
//! IO; nothing here touches the disk or a terminal.
use crate::progress::Progress;
use crate::sanitize::strip_controls;

/// Where the built-in course is recorded as coming from.
pub const BUILTIN: &str = "builtin";

/// Notes that course `id` was loaded from `here` (a canonical folder, or [`BUILTIN`]).
///
/// The first time, `here` is recorded as the id's source, to be written by the next
/// save. When another source is on record, the record is left as it is and the
/// warning to show is returned: both folders, as the record and `here` name them,
/// with every control character removed, since folder names reach the terminal.
pub fn note_source(progress: &mut Progress, id: &str, here: &str) -> Option<String> {
    let course = progress.courses.entry(id.to_owned()).or_default();
    if course.source.is_empty() {
        here.clone_into(&mut course.source);
        return None;
    }
    if course.source == here {
        return None;
    }
    Some(format!(
        "the course id {} was loaded from {} before and now from {}; both share one \
         progress record: if they are different courses, set `id` in this one's \
         course.toml",
        strip_controls(id),
        strip_controls(&course.source),
        strip_controls(here)
    ))
}

#[cfg(test)]
mod tests {
    use super::note_source;
    use crate::progress::Progress;

    #[test]
    fn the_first_folder_is_recorded_and_kept() {
        let mut progress = Progress::default();
        assert_eq!(note_source(&mut progress, "rust", "/a"), None);
        assert_eq!(note_source(&mut progress, "rust", "/a"), None);
        let warning = note_source(&mut progress, "rust", "/b").unwrap_or_default();
        assert!(warning.contains("/a before and now from /b"), "{warning}");
        assert!(warning.contains("set `id`"), "{warning}");
        assert_eq!(progress.courses["rust"].source, "/a");
    }

    #[test]
    fn folder_names_lose_their_controls() {
        let mut progress = Progress::default();
        note_source(&mut progress, "rust", "/a\u{1b}[2J");
        let warning = note_source(&mut progress, "rust", "/b\u{202e}txt").unwrap_or_default();
        assert!(
            warning.contains("/a[2J before and now from /btxt;"),
            "{warning}"
        );
        assert!(!warning.chars().any(crate::sanitize::is_control));
    }
}
