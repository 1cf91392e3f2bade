//! An mdBook the size of the Rust Book (SPEC §9): 120 chapters in nested folders, 700
//! `{{#include}}`-style directives into a `listings/` folder beside `src`, 93 quizzes
//! placed by `{{#quiz}}`, generated in a temporary folder. Measured in the process:
//! loading the course (`Course::from_dir`: every chapter read, expanded and scanned,
//! every quiz parsed), `check` of it, the home screen from disk to its first frame,
//! and one chapter rendered plain; and as the real binary, started as a new process:
//! `list`, `read 5.1 --color never` and `check`. Budgets: home under 100 ms, any
//! chapter under 50 ms without colour, `check` under 1 s.
//!
//! Set `TUTOR_BENCH_BOOK=DIR` to write the book to DIR (kept afterwards), to time the
//! same book with other tools (`hyperfine`, `perf stat`).
#![allow(clippy::unwrap_used, clippy::expect_used)]
use std::fmt::Write as _;
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tutor::course::{Course, check_dir};
use tutor::markdown::sample::sample_chapter;
use tutor::markdown::{parse, write_ansi};
use tutor::progress::{Clock, ProgressStore};
use tutor::theme::Theme;
use tutor::tui::app::App;
use tutor::tui::view;

/// Top-level chapters, each a folder with an index and sections: 20 × 6 = 120.
const PARTS: usize = 20;
const SECTIONS: usize = 5;
const INCLUDES: usize = 700;
const QUIZZES: usize = 93;

/// The Rust Book's chapters hold about 15 KB of Markdown each before includes.
const PROSE_BYTES: usize = 12_000;

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A listing of about 40 lines with an anchor around its middle, as the Rust Book's.
fn listing(n: usize) -> String {
    let mut s = String::from("use std::collections::HashMap;\n\nfn main() {\n");
    for i in 0..12 {
        let _ = writeln!(s, "    let value_{i} = compute({n}, {i});");
    }
    s.push_str("    // ANCHOR: here\n");
    for i in 0..8 {
        let _ = writeln!(s, "    println!(\"{{}}\", value_{i} + {n});");
    }
    s.push_str("    // ANCHOR_END: here\n");
    for i in 0..12 {
        let _ = writeln!(s, "    let _map_{i}: HashMap<u32, u32> = HashMap::new();");
    }
    s.push_str("}\n\nfn compute(a: usize, b: usize) -> usize {\n    a * b\n}\n");
    s
}

/// The directive for include number `n` of a chapter in `src/chNN/`, cycling through
/// every form the Rust Book uses.
fn directive(n: usize) -> String {
    let file = format!("../../listings/listing-{n:03}/src/main.rs");
    match n % 6 {
        0 => format!("```rust\n{{{{#include {file}}}}}\n```"),
        1 => format!("```rust\n{{{{#rustdoc_include {file}:here}}}}\n```"),
        2 => format!("```rust\n{{{{#include {file}:4:12}}}}\n```"),
        3 => format!("```rust\n{{{{#include {file}::10}}}}\n```"),
        4 => format!("```console\n{{{{#include ../../listings/listing-{n:03}/output.txt}}}}\n```"),
        _ => format!("{{{{#playground {file}}}}}"),
    }
}

fn quiz(n: usize) -> String {
    let mut s = String::new();
    for q in 0..4 {
        let _ = write!(
            s,
            "[[questions]]\nid = \"q{n}-{q}\"\ntype = \"MultipleChoice\"\n\
             prompt.prompt = \"What does listing {n} print on line {q}?\"\n\
             prompt.distractors = [\"`{q}`\", \"nothing\", \"it does not compile\"]\n\
             answer.answer = \"`{}`\"\ncontext = \"Each value is computed before it is printed.\"\n\n",
            q + n
        );
    }
    s
}

/// Writes the book into `root`.
fn generate(root: &Path) {
    write(
        &root.join("book.toml"),
        "[book]\ntitle = \"A Book the Size of the Rust Book\"\nsrc = \"src\"\n\n\
         [preprocessor.quiz]\ndefault-language = \"rust\"\n",
    );
    let prose = sample_chapter(PROSE_BYTES);
    let mut summary = String::from("# Summary\n\n[Foreword](foreword.md)\n\n");
    write(
        &root.join("src/foreword.md"),
        "# Foreword\n\nA generated book.\n",
    );
    let chapters = PARTS * (SECTIONS + 1);
    let mut include = 0;
    let mut quizzes = 0;
    for part in 1..=PARTS {
        if part % 5 == 1 {
            let _ = writeln!(summary, "\n# Part {}\n", part / 5 + 1);
        }
        for section in 0..=SECTIONS {
            let file = if section == 0 {
                format!("ch{part:02}/index.md")
            } else {
                format!("ch{part:02}/sec-{section}.md")
            };
            let indent = if section == 0 { "" } else { "    " };
            let _ = writeln!(summary, "{indent}- [Chapter {part}.{section}](./{file})");
            let index = (part - 1) * (SECTIONS + 1) + section;
            // 700 includes over 120 chapters: 6 in the first 100, 5 in the rest.
            let count = INCLUDES / chapters + usize::from(index < INCLUDES % chapters);
            let mut text = format!("# Chapter {part}.{section}\n\n");
            for _ in 0..count {
                let _ = write!(
                    text,
                    "Here is listing {include}:\n\n{}\n\n",
                    directive(include)
                );
                let dir = root.join(format!("listings/listing-{include:03}"));
                write(&dir.join("src/main.rs"), &listing(include));
                write(
                    &dir.join("output.txt"),
                    "$ cargo run\n   Compiling listing\n42\n",
                );
                include += 1;
            }
            text.push_str(&prose);
            if section > 0 && quizzes < QUIZZES {
                let _ = write!(
                    text,
                    "\n\n{{{{#quiz ../../quizzes/quiz-{quizzes:03}.toml}}}}\n"
                );
                write(
                    &root.join(format!("quizzes/quiz-{quizzes:03}.toml")),
                    &quiz(quizzes),
                );
                quizzes += 1;
            }
            write(&root.join("src").join(&file), &text);
        }
    }
    assert_eq!(include, INCLUDES);
    assert_eq!(quizzes, QUIZZES);
    write(&root.join("src/SUMMARY.md"), &summary);
}

/// The book's folder: `TUTOR_BENCH_BOOK` when set (kept), else a temporary one.
fn book() -> (Option<tempfile::TempDir>, PathBuf) {
    if let Some(dir) = std::env::var_os("TUTOR_BENCH_BOOK") {
        let dir = PathBuf::from(dir);
        generate(&dir);
        return (None, dir);
    }
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("book");
    generate(&dir);
    (Some(temp), dir)
}

fn run(args: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_tutor"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.code().is_some_and(|c| c <= 1), "tutor {args:?}");
}

fn in_process(c: &mut Criterion) {
    let (_keep, dir) = book();
    let loaded = Course::from_dir(&dir).unwrap();
    assert!(
        loaded.diagnostics.is_ok(),
        "{:?}",
        loaded.diagnostics.errors.first()
    );
    assert_eq!(loaded.course.chapters.len(), 1 + PARTS * (SECTIONS + 1));
    assert_eq!(loaded.course.quizzes.len(), QUIZZES);

    let mut group = c.benchmark_group("book");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(6));
    group.bench_function("load_course", |b| {
        b.iter(|| Course::from_dir(black_box(&dir)).unwrap());
    });
    group.bench_function("check", |b| {
        b.iter(|| check_dir(black_box(&dir)).unwrap());
    });
    let data = tempfile::tempdir().unwrap();
    group.bench_function("home_first_frame_from_disk_80x24", |b| {
        b.iter(|| {
            let loaded = Course::from_dir(black_box(&dir)).unwrap();
            let store = ProgressStore::open(data.path());
            let mut app = App::new(
                &loaded.course,
                store,
                Theme::plain(),
                Clock::Fixed(jiff::Timestamp::UNIX_EPOCH),
            );
            app.resize(80, 24);
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
            terminal.draw(|f| view::draw(f, &app)).unwrap();
        });
    });
    let chapter = loaded.course.find_chapter("5.1").unwrap();
    let theme = Theme::plain();
    group.bench_function("render_chapter_5.1_plain", |b| {
        b.iter(|| {
            let lines = parse(black_box(&chapter.body)).layout(100, &theme);
            let mut out = Vec::new();
            write_ansi(&mut out, &lines, false).unwrap();
            out.len()
        });
    });
    group.finish();
}

fn process(c: &mut Criterion) {
    let (_keep, dir) = book();
    let data = tempfile::tempdir().unwrap();
    let (dir, data) = (dir.to_str().unwrap(), data.path().to_str().unwrap());
    let mut group = c.benchmark_group("book_process");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(6));
    group.bench_function("list", |b| {
        b.iter(|| run(&["--course", dir, "--data-dir", data, "list"]));
    });
    group.bench_function("read_5.1_plain", |b| {
        b.iter(|| {
            let args = ["--course", dir, "--data-dir", data, "read", "5.1"];
            run(&[&args[..], &["--color", "never", "--width", "100"]].concat());
        });
    });
    group.bench_function("check", |b| b.iter(|| run(&["check", dir])));
    group.finish();
}

criterion_group!(benches, in_process, process);
criterion_main!(benches);
