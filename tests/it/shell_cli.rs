//! The command line in a shell's pipes and completion: every command exits quietly
//! when its output is closed early, and the dynamic completion script offers the
//! chapter and quiz ids of the course the line names.
use crate::common::{SAMPLE_COURSE, text, tutor_with_data};
use std::process::Stdio;

#[test]
fn every_command_exits_quietly_on_a_closed_pipe() {
    let data = tempfile::tempdir().unwrap();
    let commands: [&[&str]; 10] = [
        &["read", "1"],
        &["list"],
        &["progress"],
        &["progress", "--json"],
        &["progress", "--markdown"],
        &["completions", "zsh"],
        &["quiz", "2", "--print"],
        &["review"],
        &["check", SAMPLE_COURSE],
        &["--help"],
    ];
    for args in commands {
        let mut child = tutor_with_data(data.path())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reading end is closed before tutor writes a byte.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
}

/// What the shell's dynamic completion script gets back for `words`, the cursor on
/// the last word (bash's protocol: one candidate a line).
fn complete(words: &[&str]) -> Vec<String> {
    let out = crate::common::tutor()
        .arg("--")
        .args(words)
        .env("COMPLETE", "bash")
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn completion_offers_chapter_and_quiz_ids_of_the_chosen_course() {
    let chapters = complete(&["tutor", "read", "0"]);
    assert_eq!(chapters.len(), 9, "{chapters:?}");
    assert_eq!(chapters[3], "04-caching-strategies");
    let quizzes = complete(&["tutor", "quiz", "review-"]);
    assert_eq!(
        quizzes,
        [
            "review-1-foundations",
            "review-2-concepts",
            "review-3-trade-offs"
        ]
    );
    let in_book = complete(&[
        "tutor",
        "--course",
        "tests/fixtures/book",
        "read",
        "getting",
    ]);
    assert_eq!(
        in_book,
        [
            "getting-started/installing",
            "getting-started/linux",
            "getting-started/windows"
        ]
    );
    let book_quizzes = complete(&["tutor", "quiz", "--course=tests/fixtures/book", ""]);
    assert!(
        book_quizzes.contains(&"every-kind".to_owned()),
        "{book_quizzes:?}"
    );
    // A path being typed completes as a path.
    let files = complete(&["tutor", "read", "./tests/fixtures/bo"]);
    assert_eq!(files, ["./tests/fixtures/book/"]);
    // The registration script for the shell, and the static one, both name tutor.
    let script = crate::common::tutor()
        .env("COMPLETE", "zsh")
        .output()
        .unwrap();
    assert!(text(&script.stdout).contains("#compdef tutor"));
    let fixed = crate::common::tutor()
        .args(["completions", "zsh"])
        .output()
        .unwrap();
    assert!(text(&fixed.stdout).starts_with("#compdef tutor"));
}
