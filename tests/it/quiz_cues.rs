//! `tutor check` warns when a quiz's form gives its answers away (SPEC §4): one
//! fixture per cue under tests/fixtures/cues/, each asserting the one warning it
//! produces, word for word; `--strict` turns warnings into a failed check.
use crate::common;
use std::path::Path;
use tutor::course::check_dir;

/// The full report `tutor check` prints for a cue fixture.
fn report(case: &str) -> String {
    check_dir(Path::new(&format!("tests/fixtures/cues/{case}")))
        .unwrap()
        .to_string()
}

/// Asserts that the fixture's report is exactly one warning, `expected` (after the
/// file's path), and the summary line.
fn assert_only_warning(case: &str, expected: &str, summary: &str) {
    assert_eq!(
        report(case),
        format!("tests/fixtures/cues/{case}/basics.toml:{expected}\n{summary}\n")
    );
}

#[test]
fn the_key_being_the_longest_choice_in_most_questions() {
    assert_only_warning(
        "longest-key",
        "3:6: warning: the right answer is the longest choice in 2 of 3 single-answer \
         questions (`sessions`, `replicas`): a learner can pass by picking the longest; make \
         the right answers no longer than the others",
        "ok: 1 chapter, 1 quiz, 3 questions, 1 warning",
    );
}

#[test]
fn one_letter_holding_most_of_the_keys() {
    assert_only_warning(
        "one-letter",
        "3:6: warning: `c` is the right answer of 3 of 4 single-answer questions (`one`, \
         `two`, `four`): spread the right answers over the letters",
        "ok: 1 chapter, 1 quiz, 4 questions, 1 warning",
    );
}

#[test]
fn all_of_the_above() {
    assert_only_warning(
        "all-of-the-above",
        "2:6: warning: question `benefits`: choice d) says \"all of the above\", which gives \
         answers away; write a choice that stands on its own",
        "ok: 1 chapter, 1 quiz, 1 question, 1 warning",
    );
}

#[test]
fn none_of_the_above_in_emphasis() {
    assert_only_warning(
        "none-of-the-above",
        "2:6: warning: question `primary`: choice c) says \"none of the above\", which gives \
         answers away; write a choice that stands on its own",
        "ok: 1 chapter, 1 quiz, 1 question, 1 warning",
    );
}

#[test]
fn none_of_the_above_in_an_mdbook_quiz() {
    // mdbook-quiz shuffles the distractors in with the answer; the letter is the one
    // the learner sees.
    assert_only_warning(
        "mdbook-none-of-the-above",
        "3:6: warning: question `mq-order`: choice b) says \"none of the above\", which gives \
         answers away; write a choice that stands on its own",
        "ok: 1 chapter, 1 quiz, 1 question, 1 warning",
    );
}

#[test]
fn two_choices_the_same_but_for_case_and_spaces() {
    assert_only_warning(
        "same-choices",
        "2:6: warning: question `store`: choices a) and c) are the same",
        "ok: 1 chapter, 1 quiz, 1 question, 1 warning",
    );
}

#[test]
fn a_select_all_question_whose_every_choice_is_right() {
    assert_only_warning(
        "every-choice-right",
        "2:6: warning: question `shard-key`: every choice is right, so ticking them all \
         passes it; add a choice that is wrong",
        "ok: 1 chapter, 1 quiz, 1 question, 1 warning",
    );
}

#[test]
fn a_letter_right_in_every_select_all_question() {
    assert_eq!(
        report("letter-in-every-select-all-key"),
        "tests/fixtures/cues/letter-in-every-select-all-key/basics.toml:2:6: warning: `a` is \
         right in every select-all question (`shard-key`, `cache-safety`): ticking it is \
         always safe; make it wrong in some of them\n\
         tests/fixtures/cues/letter-in-every-select-all-key/basics.toml:2:6: warning: `c` is \
         right in every select-all question (`shard-key`, `cache-safety`): ticking it is \
         always safe; make it wrong in some of them\n\
         ok: 1 chapter, 1 quiz, 2 questions, 2 warnings\n"
    );
}

#[test]
fn a_quiz_without_cues_has_no_warning() {
    assert_eq!(report("clean"), "ok: 1 chapter, 1 quiz, 5 questions\n");
}

#[test]
fn a_quiz_of_one_question_is_no_pattern_of_longest_answers() {
    // Its one answer is its longest choice: one question cannot show a habit.
    assert_eq!(
        report("one-question"),
        "ok: 1 chapter, 1 quiz, 1 question\n"
    );
}

#[test]
fn strict_makes_warnings_fail_and_says_so() {
    let dir = "tests/fixtures/cues/all-of-the-above";
    let relaxed = common::tutor().args(["check", dir]).output().unwrap();
    assert_eq!(relaxed.status.code(), Some(0));
    let strict = common::tutor()
        .args(["check", "--strict", dir])
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));
    let text = String::from_utf8(strict.stdout).unwrap();
    assert!(
        text.ends_with(
            "ok: 1 chapter, 1 quiz, 1 question, 1 warning\n--strict: warnings fail the check\n"
        ),
        "{text}"
    );
    let clean = common::tutor()
        .args(["check", "--strict", "tests/fixtures/cues/clean"])
        .output()
        .unwrap();
    assert_eq!(clean.status.code(), Some(0));
}
