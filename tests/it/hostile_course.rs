//! A course folder is untrusted: links out of it, devices, fifos and huge files are
//! `check` errors and never read; folder and file names full of escapes reach no
//! terminal; and `tutor read` refuses what is not a regular file.
use crate::common::{copy_sample_course, text, tutor, tutor_with_data};
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const SECRET: &str = "SECRET-OUTSIDE-THE-COURSE";

/// Runs `command`, killing it if it has not finished in 20 seconds: a test of
/// endless files must fail, not hang.
fn run_bounded(command: &mut Command) -> (Output, Duration) {
    let started = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("still running after 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    (child.wait_with_output().unwrap(), started.elapsed())
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

/// The sample course plus every kind of file a course must not read.
fn hostile_course(root: &Path, outside: &Path) {
    copy_sample_course(root);
    let secret_md = outside.join("secret.md");
    std::fs::write(&secret_md, format!("# {SECRET}\n")).unwrap();
    let secret_quiz = outside.join("secret.toml");
    std::fs::write(&secret_quiz, format!("title = \"{SECRET}\"\n")).unwrap();
    let content = root.join("content");
    symlink(&secret_md, content.join("04-linked-out.md")).unwrap();
    symlink("/dev/zero", content.join("05-zero.md")).unwrap();
    symlink("/proc/self/pagemap", content.join("06-pagemap.md")).unwrap();
    mkfifo(&content.join("07-fifo.md"));
    let big = "x".repeat(8 * 1024 * 1024 + 1);
    std::fs::write(content.join("08-huge.md"), format!("# Huge\n\n{big}\n")).unwrap();
    symlink(&secret_quiz, root.join("quizzes/linked-out.toml")).unwrap();
    let comment = format!("# {}\n", "y".repeat(1024 * 1024));
    std::fs::write(root.join("quizzes/huge.toml"), comment).unwrap();
    // A link that stays inside the course is an ordinary file of it.
    symlink(
        root.join("content/01-system-design-principles.md"),
        content.join("09-alias.md"),
    )
    .unwrap();
}

fn without_course_order(root: &Path) {
    // course.toml lists the chapters; without it every .md is a chapter candidate.
    std::fs::remove_file(root.join("content/course.toml")).unwrap();
}

#[test]
fn files_a_course_must_not_read_are_check_errors_and_the_rest_loads() {
    let root = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    hostile_course(root.path(), outside.path());
    without_course_order(root.path());

    let (out, elapsed) = run_bounded(tutor().arg("check").arg(root.path()));
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(!stdout.contains(SECRET), "{stdout}");
    let expect = [
        (
            "content/04-linked-out.md",
            "leads outside the course folder",
        ),
        ("content/05-zero.md", "leads outside the course folder"),
        ("content/06-pagemap.md", "leads outside the course folder"),
        ("content/07-fifo.md", "is a fifo, not a regular file"),
        ("content/08-huge.md", "is larger than 8 MiB"),
        ("quizzes/linked-out.toml", "leads outside the course folder"),
        ("quizzes/huge.toml", "is larger than 1 MiB"),
    ];
    for (file, message) in expect {
        assert!(
            stdout
                .lines()
                .any(|l| l.contains(file) && l.contains(message)),
            "{file}: {message}\n{stdout}"
        );
    }
    assert!(!stdout.contains("09-alias.md"), "{stdout}");

    let data = tempfile::tempdir().unwrap();
    let (out, _) = run_bounded(
        tutor_with_data(data.path())
            .arg("--course")
            .arg(root.path())
            .arg("list"),
    );
    let listing = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!listing.contains(SECRET), "{listing}");
    // Listed by title (their ids say no more), and the alias by its id.
    for shown in [
        "System Design Principles",
        "Scalability Patterns",
        "Database Design for Scale",
        "(09-alias)",
    ] {
        assert!(listing.contains(shown), "{shown}\n{listing}");
    }
    assert!(!listing.contains("Huge"), "{listing}");
    for id in [
        "04-linked-out",
        "05-zero",
        "06-pagemap",
        "07-fifo",
        "08-huge",
    ] {
        assert!(!listing.contains(id), "{id}\n{listing}");
    }
    assert!(text(&out.stderr).contains("run `tutor check"));
}

#[test]
fn a_content_folder_linked_out_of_the_course_is_not_read() {
    let root = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    copy_sample_course(outside.path());
    std::fs::write(root.path().join("intro.md"), "# Intro\n").unwrap();
    symlink(outside.path().join("content"), root.path().join("content")).unwrap();
    let out = tutor().arg("check").arg(root.path()).output().unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("leads outside the course folder"),
        "{stdout}"
    );
    assert!(!stdout.contains("3 chapters"), "{stdout}");
}

#[test]
fn tutor_read_refuses_devices_fifos_and_endless_proc_files() {
    let (out, elapsed) = run_bounded(tutor().args(["read", "/dev/zero"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("/dev/zero: is a device, not a regular file"),
        "{stderr}"
    );

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.md");
    mkfifo(&fifo);
    let (out, _) = run_bounded(tutor().arg("read").arg(&fifo));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is a fifo"),
        "{}",
        text(&out.stderr)
    );

    // /proc files say they are empty regular files and then never end.
    let (out, _) = run_bounded(tutor().args(["read", "/proc/self/pagemap"]));
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("larger than 8 MiB") || stderr.contains("cannot read"),
        "{stderr}"
    );
}

#[test]
fn file_names_that_differ_only_in_controls_are_errors_not_merged() {
    let root = tempfile::tempdir().unwrap();
    copy_sample_course(root.path());
    let content = root.path().join("content");
    std::fs::remove_file(content.join("course.toml")).unwrap();
    std::fs::write(content.join("04-intro.md"), "# One\n").unwrap();
    std::fs::write(content.join("04-intro\u{202e}.md"), "# Two\n").unwrap();
    let out = tutor().arg("check").arg(root.path()).output().unwrap();
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let clashes = stdout
        .lines()
        .filter(|l| l.contains("only in control characters"))
        .count();
    assert_eq!(clashes, 2, "{stdout}");
    assert!(!stdout.contains('\u{202e}'), "{stdout}");
}

/// True when `bytes` hold ESC, BEL or a bidi control (U+202A..E, U+2066..9).
fn has_controls(bytes: &[u8]) -> bool {
    let bidi = text(bytes)
        .chars()
        .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'));
    bidi || bytes.iter().any(|&b| b == 0x1b || b == 0x07)
}

/// Like [`has_controls`], but what colour output is made of — SGR (`ESC [ … m`) and
/// OSC 8 hyperlinks (`ESC ] 8 ; ; … ESC \\`) — is allowed: only other escapes, BEL and
/// bidi count.
fn has_controls_beyond_colour(bytes: &[u8]) -> bool {
    let all = text(bytes);
    let mut rest = all.as_str();
    let mut plain = String::new();
    while let Some(i) = rest.find('\u{1b}') {
        plain.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = if let Some(sgr) = tail.strip_prefix("\u{1b}[") {
            let digits = sgr.find(|c: char| !(c.is_ascii_digit() || c == ';'));
            match digits {
                Some(n) if sgr[n..].starts_with('m') => 2 + n + 1,
                _ => return true,
            }
        } else if let Some(link) = tail.strip_prefix("\u{1b}]8;;") {
            match link.find("\u{1b}\\") {
                Some(n) if !has_controls(&link.as_bytes()[..n]) => 4 + n + 2,
                _ => return true,
            }
        } else {
            return true;
        };
        rest = &tail[end..];
    }
    plain.push_str(rest);
    has_controls(plain.as_bytes())
}

#[test]
fn a_course_folder_named_with_escapes_reaches_no_terminal() {
    let parent = tempfile::tempdir().unwrap();
    let name = "course\u{1b}]0;owned\u{7}\u{1b}]52;c;aGk=\u{7}\u{202e}txt.exe";
    let root = parent.path().join(name);
    copy_sample_course(&root);
    // A broken quiz makes every command warn and name the folder.
    std::fs::write(root.join("quizzes/broken\u{1b}[2J.toml"), "title = [\n").unwrap();
    let data = tempfile::tempdir().unwrap();
    let runs: &[&[&str]] = &[
        &["list"],
        &["check"],
        &["read", "1"],
        &["progress"],
        &["progress", "--json"],
        &["read", "missing-chapter"],
    ];
    for color in ["never", "always"] {
        for args in runs {
            let out = tutor_with_data(data.path())
                .args(["--color", color, "--course"])
                .arg(&root)
                .args(*args)
                .output()
                .unwrap();
            let stderr = text(&out.stderr);
            assert!(!has_controls(&out.stderr), "{args:?} {color}: {stderr:?}");
            let stdout_bad = if color == "never" {
                has_controls(&out.stdout)
            } else {
                has_controls_beyond_colour(&out.stdout)
            };
            assert!(!stdout_bad, "{args:?} {color}: {:?}", text(&out.stdout));
            if args[0] != "check" {
                assert!(stderr.contains("run `tutor check"), "{args:?}: {stderr}");
            }
        }
    }
    // `check DIR` and `read FILE` name the folder in their messages as well.
    for args in [
        vec!["check".to_owned()],
        vec!["read".to_owned(), format!("{}/nothing.md", root.display())],
    ] {
        let mut command = tutor();
        command.args(&args);
        if args[0] == "check" {
            command.arg(&root);
        }
        let out = command.output().unwrap();
        assert!(
            !has_controls(&out.stdout),
            "{args:?}: {:?}",
            text(&out.stdout)
        );
        assert!(
            !has_controls(&out.stderr),
            "{args:?}: {:?}",
            text(&out.stderr)
        );
        assert!(
            text(&out.stdout).contains("course]0;owned]52;c;aGk=txt.exe")
                || text(&out.stderr).contains("course]0;owned]52;c;aGk=txt.exe"),
            "the folder is still named, without its controls"
        );
    }
}

#[test]
fn values_from_the_progress_file_with_controls_do_not_reach_the_output() {
    let data = tempfile::tempdir().unwrap();
    let attempt =
        "[[courses.system-design-fundamentals.quizzes.02-scalability-patterns.attempts]]\n";
    let progress = format!(
        "version = 1\n\n{attempt}id = \"a\\u001b]0;x\\u0007\"\n\
         started = \"2026-11-24T00:00:00Z\"\ncorrect = 1\ntotal = 1\nneeded = 1\npassed = true\n\n\
         {attempt}id = \"b\"\nstarted = \"\\u001b]52;c;aGk=\\u0007\\u202e\"\ncorrect = 1\n\
         total = 1\nneeded = 1\npassed = true\n"
    );
    std::fs::write(data.path().join("progress.toml"), progress).unwrap();
    for args in [&["progress"][..], &["progress", "--json"], &["list"]] {
        let out = tutor_with_data(data.path())
            .arg("--course")
            .arg(crate::common::SAMPLE_COURSE)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(
            !has_controls(&out.stdout),
            "{args:?}: {:?}",
            text(&out.stdout)
        );
        assert!(
            !has_controls(&out.stderr),
            "{args:?}: {:?}",
            text(&out.stderr)
        );
    }
}

#[test]
fn the_tui_shows_no_control_from_folder_names_or_chapters() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use tutor::tui::input::Input;
    use tutor::tui::keymap::KeyCode;

    let parent = tempfile::tempdir().unwrap();
    // No course.toml: the course id is the folder's name.
    let root = parent.path().join("c\u{1b}]0;owned\u{7}\u{202e}\u{2066}x");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(
        root.join("01-intro\u{202d}.md"),
        "# Intro\u{202e} title\n\nBody \u{2067}text \u{1b}]52;c;aGk=\u{7} end.\n",
    )
    .unwrap();
    let loaded = crate::common::load(&root);
    let data = tempfile::tempdir().unwrap();
    let mut app = crate::common::app(&loaded.course, data.path());
    let mut screens = Vec::new();
    for keys in [None, Some(KeyCode::Enter)] {
        if let Some(key) = keys {
            crate::common::press_key(&mut app, key);
        }
        app.handle(Input::Resize(80, 24));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|frame| tutor::tui::view::draw(frame, &app))
            .unwrap();
        screens.push(crate::common::screen_text(terminal.backend().buffer()));
    }
    assert!(
        screens[1].contains("Body text ]52;c;aGk= end."),
        "{}",
        screens[1]
    );
    for screen in &screens {
        assert!(!has_controls(screen.as_bytes()), "{screen:?}");
    }
}
