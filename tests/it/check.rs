//! `tutor check`'s validation, one fixture folder per mistake under
//! tests/fixtures/invalid/, each asserting the exact message and its location.

use std::path::Path;
use tutor::course::{Course, CourseError, check_dir};

/// Every error and warning found in a fixture, as `tutor check` prints them.
fn diagnostics(case: &str) -> Vec<String> {
    let loaded = Course::from_dir(Path::new(&format!("tests/fixtures/invalid/{case}"))).unwrap();
    let warnings = loaded
        .diagnostics
        .warnings
        .iter()
        .map(|w| format!("warning: {w}"));
    loaded
        .diagnostics
        .errors
        .iter()
        .map(ToString::to_string)
        .chain(warnings)
        .collect()
}

fn assert_only(case: &str, expected: &str) {
    assert_eq!(
        diagnostics(case),
        [format!("tests/fixtures/invalid/{case}/{expected}")]
    );
}

#[test]
fn toml_syntax_error() {
    assert_only(
        "toml-syntax-error",
        "basics.toml:3:19: invalid basic string, expected `\"`",
    );
}

#[test]
fn unknown_key() {
    assert_only(
        "unknown-key",
        "basics.toml:6:1: unknown key `chioces`, expected one of: id, prompt, choices, answer, explanation, why, section",
    );
}

#[test]
fn answer_beyond_choices() {
    assert_only(
        "answer-beyond-choices",
        "basics.toml:5:10: answer `e` is not one of the 4 choices (a to d)",
    );
}

#[test]
fn duplicate_question_id() {
    assert_only(
        "duplicate-question-id",
        "basics.toml:8:6: duplicate question id `same` (first used on line 2)",
    );
}

#[test]
fn unknown_chapter() {
    assert_only(
        "unknown-chapter",
        "basics.toml:1:11: unknown chapter `basic`, expected one of: basics",
    );
}

#[test]
fn mastery_zero() {
    assert_only(
        "mastery-zero",
        "basics.toml:1:11: mastery must be from 1 to 100 (percent), found 0",
    );
}

#[test]
fn mastery_101() {
    assert_only(
        "mastery-101",
        "basics.toml:2:11: mastery must be from 1 to 100 (percent), found 101",
    );
}

#[test]
fn missing_chapter_in_course_toml() {
    assert_only(
        "missing-chapter-in-course-toml",
        "content/course.toml:4:3: chapter `advanced` not found: no file `advanced.md`",
    );
}

#[test]
fn duplicate_chapter_in_course_toml() {
    assert_only(
        "duplicate-chapter-in-course-toml",
        "content/course.toml:1:23: chapter `basics` is listed twice (first on line 1)",
    );
}

#[test]
fn unknown_course_key() {
    assert_only(
        "unknown-course-key",
        "content/course.toml:2:1: unknown key `tag`, expected one of: id, title, description, level, \
         time_to_complete, prerequisites, skills_gained, success_criteria, tags, chapters",
    );
}

#[test]
fn select_all_duplicate_letter() {
    assert_only(
        "select-all-duplicate-letter",
        "basics.toml:5:21: letter `a` is listed twice in the answer",
    );
}

#[test]
fn empty_select_all() {
    assert_only(
        "empty-select-all",
        "basics.toml:5:10: select-all answer is empty: list at least one letter",
    );
}

#[test]
fn too_few_choices() {
    assert_only(
        "too-few-choices",
        "basics.toml:4:11: a question needs 2 to 8 choices (a to h), found 1",
    );
}

#[test]
fn too_many_choices() {
    assert_only(
        "too-many-choices",
        "basics.toml:4:11: a question needs 2 to 8 choices (a to h), found 9",
    );
}

#[test]
fn why_key_that_is_not_a_choice() {
    assert_only(
        "bad-why-letter",
        "basics.toml:9:1: `why` key `z` is not one of the 3 choices (a to c)",
    );
}

#[test]
fn why_key_that_is_the_right_answer() {
    assert_only(
        "why-on-right-answer",
        "basics.toml:6:23: `why` is for wrong choices, but `b` is a right answer",
    );
}

#[test]
fn missing_prompt() {
    assert_only("missing-prompt", "basics.toml:1:1: missing key `prompt`");
}

#[test]
fn quiz_without_questions() {
    assert_only(
        "empty-quiz",
        "basics.toml:1:1: quiz has no questions: add a [[questions]] table",
    );
}

#[test]
fn unknown_front_matter_key_is_located_in_the_chapter() {
    assert_only(
        "unknown-front-matter-key",
        "content/basics.md:3:1: unknown key `minuts`, expected one of: title, summary, minutes",
    );
}

#[test]
fn unclosed_front_matter() {
    assert_only(
        "unclosed-front-matter",
        "basics.md:1:1: front matter is never closed: add a `+++` line after it",
    );
}

/// Every warning `tutor check` prints for a valid fixture, then its summary.
fn valid_report(case: &str) -> String {
    check_dir(Path::new(&format!("tests/fixtures/valid/{case}")))
        .unwrap()
        .to_string()
}

#[test]
fn mdbook_unknown_keys_are_warnings_with_their_place() {
    let at = "tests/fixtures/valid/mdbook-unknown-keys/basics.toml";
    assert_eq!(
        valid_report("mdbook-unknown-keys"),
        format!(
            "{at}:3:1: warning: unknown key `telemetry` is ignored (as mdbook-quiz does), \
             expected one of: title, chapter, mastery, multipart, questions\n\
             {at}:9:8: warning: unknown key `answerIdx` is ignored (as mdbook-quiz does), \
             expected one of: prompt, distractors, answerIndex, sortAnswers\n\
             {at}:11:8: warning: unknown key `why` is ignored (as mdbook-quiz does), \
             expected one of: answer\n\
             {at}:12:1: warning: unknown key `difficulty` is ignored (as mdbook-quiz does), \
             expected one of: type, id, prompt, answer, context, multipart, promptExplanation\n\
             ok: 1 chapter, 1 quiz, 1 question, 4 warnings\n"
        )
    );
}

#[test]
fn native_unknown_keys_stay_errors() {
    assert_only(
        "unknown-key",
        "basics.toml:6:1: unknown key `chioces`, expected one of: id, prompt, choices, answer, explanation, why, section",
    );
}

#[test]
fn a_quiz_of_tracing_questions_only_passes_check_without_a_word() {
    assert_eq!(
        valid_report("mdbook-tracing"),
        "ok: 1 chapter, 1 quiz, 2 questions\n"
    );
}

#[test]
fn a_question_id_given_in_two_quiz_files_is_a_warning_naming_both() {
    let at = "tests/fixtures/valid/mdbook-shared-ids";
    assert_eq!(
        valid_report("mdbook-shared-ids"),
        format!(
            "{at}/two.toml:7:6: warning: question id `8f14e45f-ceea-467f-a8f2-6e7c1a5c4a2b` is \
             also used in {at}/one.toml:2:6; ids should be unique across the course\n\
             ok: 2 chapters, 2 quizzes, 3 questions, 1 warning\n"
        )
    );
}

#[test]
fn native_ids_need_only_be_unique_in_their_quiz() {
    // Two native quizzes both have a question `availability`: allowed (SPEC §4).
    assert_eq!(
        valid_report("native-shared-ids"),
        "ok: 2 chapters, 2 quizzes, 2 questions\n"
    );
}

#[test]
fn mdbook_answer_index_out_of_range() {
    assert_only(
        "mdbook-answer-index-out-of-range",
        "basics.toml:5:22: answerIndex must be from 0 to 2, found 3",
    );
}

#[test]
fn mdbook_tracing_line_number_past_the_program() {
    assert_only(
        "mdbook-tracing-line-number",
        "basics.toml:5:21: lineNumber must be from 1 to 3 (the program's lines), found 9",
    );
}

#[test]
fn mdbook_missing_multipart_entry() {
    assert_only(
        "mdbook-missing-multipart",
        "basics.toml:6:13: no entry `setpu` in the [multipart] table",
    );
}

#[test]
fn a_broken_quiz_is_left_out_and_the_rest_loads() {
    let loaded = Course::from_dir(Path::new(
        "tests/fixtures/invalid/missing-chapter-in-course-toml",
    ))
    .unwrap();
    assert_eq!(loaded.course.chapters.len(), 1);
    assert_eq!(loaded.course.quizzes.len(), 1);
    let loaded =
        Course::from_dir(Path::new("tests/fixtures/invalid/answer-beyond-choices")).unwrap();
    assert_eq!(loaded.course.chapters.len(), 1);
    assert!(loaded.course.quizzes.is_empty());
}

#[test]
fn every_invalid_fixture_fails_check() {
    let mut cases = 0;
    for entry in std::fs::read_dir("tests/fixtures/invalid").unwrap() {
        let report = check_dir(&entry.unwrap().path()).unwrap();
        assert!(!report.is_ok(), "{report}");
        assert_eq!(report.summary(), "1 error in 1 file", "{report}");
        cases += 1;
    }
    assert!(cases >= 20);
}

#[test]
fn every_valid_fixture_passes_check() {
    for case in [
        "content-course",
        "flat-course",
        "flat-with-meta",
        "html-text",
        "mdbook",
        "mdbook-parts",
        "mdbook-shared-ids",
        "mdbook-tracing",
        "mdbook-unknown-keys",
    ] {
        let report = check_dir(Path::new(&format!("tests/fixtures/valid/{case}"))).unwrap();
        assert!(report.is_ok(), "{case}: {report}");
    }
}

#[test]
fn report_prints_warnings_after_errors_and_sums_up() {
    let report = check_dir(Path::new("tests/fixtures/valid/mdbook")).unwrap();
    assert_eq!(report.to_string(), "ok: 1 chapter, 1 quiz, 6 questions\n");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("c.md"), "# C\n").unwrap();
    std::fs::write(
        dir.path().join("c.toml"),
        "[[questions]]\ntype = \"ShortAnswer\"\nprompt.prompt = \"p\"\nanswer.answer = \"\"\n\
         [[questions]]\ntype = \"Essay\"\n",
    )
    .unwrap();
    let report = check_dir(dir.path()).unwrap();
    let at = format!("{}/c.toml", dir.path().display());
    assert_eq!(
        report.to_string(),
        format!(
            "{at}:4:17: answer is empty\n\
             {at}:5:1: warning: skipped question 2: `Essay` questions are not supported\n\
             1 error, 1 warning in 1 file\n"
        )
    );
}

#[test]
fn a_folder_that_does_not_exist_is_an_error() {
    let err = check_dir(Path::new("tests/fixtures/no-such-course")).unwrap_err();
    assert!(matches!(err, CourseError::Io { .. }));
    assert_eq!(
        err.to_string(),
        "tests/fixtures/no-such-course: no such folder"
    );
}

#[test]
fn the_builtin_course_checks_clean() {
    let report = tutor::course::check_builtin();
    assert!(report.diagnostics.is_empty(), "{report}");
}

#[test]
fn a_section_that_names_no_heading_is_an_error_at_the_key() {
    let report = check_dir(Path::new("tests/fixtures/invalid/section-not-a-heading")).unwrap();
    assert_eq!(
        report.to_string(),
        "tests/fixtures/invalid/section-not-a-heading/basics.toml:6:11: `section` \
         `Vertical scaling` is not a heading of chapter `basics`: name a heading by its text \
         or its anchor (`basics`, `horizontal-scaling`, `edge`)\n1 error in 1 file\n"
    );
    // Loading the course for reading does not parse every chapter: only check tells.
    let loaded = Course::from_dir(Path::new("tests/fixtures/invalid/section-not-a-heading"));
    assert!(loaded.unwrap().diagnostics.errors.is_empty());
}

#[test]
fn sections_named_by_text_or_anchor_check_clean() {
    assert_eq!(
        valid_report("sections"),
        "ok: 1 chapter, 1 quiz, 3 questions\n"
    );
    let loaded = Course::from_dir(Path::new("tests/fixtures/valid/sections")).unwrap();
    let course = &loaded.course;
    let mut sections = tutor::course::section::Sections::new(course);
    let found: Vec<Option<String>> = sections
        .of_quiz(&course.quizzes[0])
        .into_iter()
        .map(|s| s.map(|s| s.anchor))
        .collect();
    assert_eq!(
        found,
        [
            Some("horizontal-scaling".to_owned()),
            Some("edge".to_owned()),
            Some("horizontal-scaling".to_owned()),
        ]
    );
}
