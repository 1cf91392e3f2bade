//! `tutor read` end to end, as SPEC §9 budgets it: the release binary started as a new
//! process on a generated 75 KB chapter with about 1,400 lines of code, width 100,
//! colour on, output discarded. Each run pays process start, loading the syntax set and
//! compiling the grammars it meets, exactly as a user's does.
//!
//! Set `MDCAT=/path/to/mdcat` to time `mdcat --ansi --columns 100` on the same file in
//! the same run (the budget is a third of its time).
#![allow(clippy::expect_used)]
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use tutor::markdown::sample::sample_chapter;

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .status()
        .expect("the program starts");
    assert!(status.success(), "{program} {args:?} failed");
}

fn read_process(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let chapter = dir.path().join("chapter-75k.md");
    std::fs::write(&chapter, sample_chapter(75_000)).expect("write the sample chapter");
    let path = chapter.to_str().expect("UTF-8 temp path");
    let tutor = env!("CARGO_BIN_EXE_tutor");

    let mut group = c.benchmark_group("read_process_75k");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(5));
    group.bench_function("tutor_color", |b| {
        b.iter(|| {
            run(
                tutor,
                &["read", path, "--width", "100", "--color", "always"],
            );
        });
    });
    group.bench_function("tutor_plain", |b| {
        b.iter(|| run(tutor, &["read", path, "--width", "100", "--color", "never"]));
    });
    if let Some(mdcat) = std::env::var_os("MDCAT").filter(|m| Path::new(m).exists()) {
        let mdcat = mdcat.to_string_lossy().into_owned();
        group.bench_function("mdcat", |b| {
            b.iter(|| run(&mdcat, &["--ansi", "--columns", "100", path]));
        });
    }
    group.finish();
}

criterion_group!(benches, read_process);
criterion_main!(benches);
