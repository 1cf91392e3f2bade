//! The command line as a user meets it: the built binary, its output and exit status.
use crate::common::{self, SAMPLE_COURSE, strip_own_sequences};
use std::path::Path;
use std::process::Output;

/// Runs tutor on the sample course, unless the arguments name a course or a command
/// that takes its own folder.
fn tutor(args: &[&str]) -> Output {
    let own_course =
        args.contains(&"--course") || matches!(args.first(), Some(&"check" | &"completions"));
    let course: &[&str] = if own_course {
        &[]
    } else {
        &["--course", SAMPLE_COURSE]
    };
    common::tutor()
        .args(course)
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the tutor binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn forbidden(c: char) -> bool {
    c != '\n' && (c.is_control())
}

#[test]
fn read_plain_has_no_escape_and_fits_the_width() {
    let out = tutor(&["read", "1", "--width", "80", "--color", "never"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("System Design Principles"));
    assert!(
        !text.bytes().any(|b| b == 0x1b),
        "an escape byte in plain output"
    );
    for line in text.lines() {
        let width = unicode_width::UnicodeWidthStr::width(line);
        assert!(width <= 80, "line of {width} columns: {line:?}");
    }
}

#[test]
fn read_with_colour_uses_escape_sequences_and_only_our_own() {
    let out = tutor(&[
        "read",
        "02-scalability-patterns",
        "--width",
        "100",
        "--color",
        "always",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("\u{1b}["), "no colour with --color always");
    let rest = strip_own_sequences(&text);
    assert!(!rest.chars().any(forbidden));
}

#[test]
fn code_in_a_list_or_quote_keeps_its_prefix_on_every_line() {
    let out = tutor(&["read", "2", "--width", "100", "--color", "never"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.contains("interface Session"))
        .expect("TS block");
    let indent = lines[start].len() - lines[start].trim_start().len();
    assert!(
        indent >= 2,
        "code in a list item is indented: {:?}",
        lines[start]
    );
    for line in &lines[start..start + 6] {
        assert!(
            line.starts_with(&" ".repeat(indent)),
            "lost list indent: {line:?}"
        );
    }
    let tabbed = lines
        .iter()
        .find(|l| l.contains("const raw = await"))
        .expect("tabbed line");
    assert!(!tabbed.contains('\t'), "tabs become spaces");

    let quoted: Vec<&&str> = lines
        .iter()
        .filter(|l| l.contains("return current"))
        .collect();
    assert!(!quoted.is_empty());
    let first = lines
        .iter()
        .position(|l| l.contains("def desired_instances"))
        .expect("py block");
    let bar = lines[first].trim_start().chars().next().expect("a bar");
    for line in &lines[first..first + 7] {
        assert_eq!(
            line.trim_start().chars().next(),
            Some(bar),
            "quote bar lost on {line:?}"
        );
    }
}

#[test]
fn diagrams_are_not_rewrapped() {
    let out = tutor(&["read", "1", "--width", "30", "--color", "never"]);
    let text = stdout(&out);
    assert!(text.contains("┌────────┐     ┌───────────────┐     ┌──────────┐"));
    assert!(text.contains("│ client │ ──▶ │ load balancer │ ──▶ │ app (×3) │"));
}

#[test]
fn read_any_markdown_file_and_strip_control_characters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("evil.md");
    let nasty = "Text &#27;[2J raw \u{1b}[31m bel \u{7} osc \u{1b}]52;c;ZXZpbA==\u{7} c1 \u{9b}2J \u{85}\n\n\
        [link \u{1b}[1m](https://example.com/\u{1b}]52;c;eA==\u{7} \"title \u{7}\u{9b}\")\n\n\
        ![alt \u{1b}[5m](img.png)\n\n\
        ```rust\u{1b}[2J\u{9b}\nlet x = \"\u{1b}[2J\u{7}\";\n```\n";
    std::fs::write(&path, nasty).expect("write fixture");
    let path = path.to_str().expect("utf-8 path");
    for color in ["never", "always"] {
        let out = tutor(&["read", path, "--color", color]);
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        let rest = if color == "never" {
            text.clone()
        } else {
            strip_own_sequences(&text)
        };
        assert!(
            !rest.chars().any(forbidden),
            "control character with --color {color}: {rest:?}"
        );
        assert!(text.contains("Text"));
    }
}

#[test]
fn lookups_that_fail_say_so_in_one_line_and_exit_2() {
    let cases: [(&[&str], &str); 5] = [
        (&["read", "no-such-chapter"], "no-such-chapter"),
        (&["read", "0"], "0"),
        (&["read", "missing.md"], "missing.md"),
        (&["read", "99"], "99"),
        (
            &["--course", "/nonexistent/course", "list"],
            "/nonexistent/course",
        ),
    ];
    for (args, needle) in cases {
        let out = tutor(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked") && !err.contains("backtrace"));
        assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
    }
}

#[test]
fn a_folder_that_is_not_a_course_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("notes.txt"), "nothing here").expect("write");
    let path = dir.path().to_str().expect("utf-8 path");
    let out = tutor(&["--course", path, "list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("not a course"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1);
}

#[test]
fn ambiguous_prefix_lists_the_candidates() {
    let out = tutor(&["read", "0"]);
    let err = stderr(&out);
    assert!(
        err.contains("01-system-design-principles") && err.contains("02-scalability"),
        "{err}"
    );
}

#[test]
fn chapters_are_found_by_id_number_and_prefix() {
    let by_id = stdout(&tutor(&[
        "read",
        "02-scalability-patterns",
        "--color",
        "never",
    ]));
    let by_number = stdout(&tutor(&["read", "2", "--color", "never"]));
    let by_prefix = stdout(&tutor(&["read", "02-sc", "--color", "never"]));
    assert!(by_id.contains("Scalability Patterns"));
    assert_eq!(by_id, by_number);
    assert_eq!(by_id, by_prefix);
}

#[test]
fn front_matter_is_never_displayed() {
    let text = stdout(&tutor(&["read", "1", "--color", "never"]));
    assert!(!text.contains("+++") && !text.contains("minutes = 25"));
}

#[test]
fn list_shows_chapters_in_order_with_quizzes() {
    let out = tutor(&["list"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let a = text
        .find("1  unread  System Design Principles")
        .expect("chapter 1");
    let b = text
        .find("2  unread  Scalability Patterns")
        .expect("chapter 2");
    let c = text
        .find("3  unread  Database Design for Scale")
        .expect("chapter 3");
    assert!(a < b && b < c);
    // The chapter's own quiz is found by its number: its id would say nothing more.
    assert!(
        text.contains("   quiz: 5 questions, need 4 of 5 (80%) — not taken\n"),
        "{text}"
    );
    assert!(!text.contains("02-scalability-patterns"), "{text}");
    assert!(text.contains("`tutor quiz N`"), "{text}");
}

#[test]
fn check_passes_on_the_builtin_course() {
    // Strictly: not one warning, answer cues included.
    let out = tutor(&["check", "--strict"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).starts_with("ok: "), "{}", stdout(&out));
    // The sample course's quiz 02 keeps its answers all `b` and longest, as the tests
    // that answer it rely on: warnings, which fail only a strict check.
    let sample = tutor(&["check", SAMPLE_COURSE]);
    assert_eq!(sample.status.code(), Some(0));
    let text = stdout(&sample);
    assert!(
        text.ends_with("ok: 3 chapters, 2 quizzes, 8 questions, 2 warnings\n"),
        "{text}"
    );
    let strict = tutor(&["check", "--strict", SAMPLE_COURSE]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn without_a_terminal_the_tui_refuses_with_status_2() {
    let out = tutor(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("needs a terminal"));
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(tutor(&["read"]).status.code(), Some(2));
    assert_eq!(tutor(&["read", "1", "--width", "0"]).status.code(), Some(2));
    assert_eq!(
        tutor(&["--color", "sometimes", "list"]).status.code(),
        Some(2)
    );
}

#[test]
fn completions_are_generated() {
    let out = tutor(&["completions", "bash"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("tutor"));
}

#[test]
fn a_course_folder_on_disk_is_read() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tutor(&[
        "--course",
        root.to_str().expect("utf-8"),
        "read",
        "3",
        "--color",
        "never",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Database Design for Scale"));
}

#[test]
fn check_on_each_invalid_fixture_locates_the_mistake_and_exits_1() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let mut cases = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        let out = tutor(&["check", dir.to_str().unwrap()]);
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(1), "{}: {text}", dir.display());
        let first = text.lines().next().unwrap();
        let mut parts = first.splitn(4, ':');
        let (path, line, col) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(path.starts_with(dir.to_str().unwrap()), "{first}");
        assert!(
            line.parse::<usize>().is_ok() && col.parse::<usize>().is_ok(),
            "{first}"
        );
        cases += 1;
    }
    assert!(cases >= 9, "only {cases} fixtures");
}

#[test]
fn a_tracing_question_loads_and_check_passes_without_a_warning() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/mdbook");
    let out = tutor(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "ok: 1 chapter, 1 quiz, 6 questions\n");
}

#[test]
fn an_invalid_tutor_now_stops_every_command_alike_with_status_2() {
    let run = |args: &[&str], now: &str| {
        common::tutor()
            .args(["--course", SAMPLE_COURSE])
            .args(args)
            .env("TUTOR_NOW", now)
            .output()
            .expect("the tutor binary runs")
    };
    // Not a day of February, not an hour of the day, not an offset.
    for now in [
        "2026-02-30T00:00:00Z",
        "2026-11-24T24:00:00Z",
        "2026-11-24T09:00:00+99:99",
    ] {
        let expected = format!(
            "tutor: TUTOR_NOW: `{now}` is not an RFC 3339 time (like 2026-11-24T09:00:00Z)\n"
        );
        // `tutor` alone refuses before it looks for a terminal, as `tutor list` does.
        for args in [&["list"][..], &[]] {
            let out = run(args, now);
            assert_eq!(out.status.code(), Some(2), "{args:?} {now}");
            assert_eq!(stderr(&out), expected, "{args:?}");
            assert!(out.stdout.is_empty(), "{args:?}");
        }
    }
    let out = run(&[], "2026-11-24\u{1b}[2J");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !stderr(&out).contains('\u{1b}'),
        "the echoed value is sanitized"
    );
}
