//! Bounded work on hostile courses (SPEC §7): `check` warns where the reader lays
//! deep nesting flat, and stays within generous time and size bounds on courses
//! built to make it repeat itself.
use std::fs;

use tutor::course::check_dir;

#[test]
fn check_warns_where_nesting_is_laid_flat_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!(
        "+++\ntitle = \"Deep\"\n+++\n# Deep\n\nfine\n\n{}x\n",
        "- ".repeat(20_000)
    );
    fs::write(dir.path().join("01-deep.md"), deep).unwrap();
    fs::write(dir.path().join("02-shallow.md"), "# Shallow\n\n> - a\n").unwrap();
    let report = check_dir(dir.path()).unwrap();
    assert!(report.is_ok(), "{report}");
    let warnings: Vec<String> = report
        .diagnostics
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].ends_with(
            "01-deep.md:8:1: quotes or lists nested too deep (past 32 levels of lists or 64 \
             of quotes): the reader shows the deepest levels flat"
        ),
        "{warnings:?}"
    );
}
