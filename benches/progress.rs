//! The progress file's budget (SPEC §9): a file of 10,000 attempts — about 8 answers
//! each across the built-in course's quizzes, a review card per question, the chapters
//! read, reflections and checklists — loads and saves in under 100 ms each.
//!
//! `load` opens the store on the file (read, parse, check). `save` is what follows
//! every answer: the attempt recorded again, then the save (lock, a look at the file,
//! write, fsync, rename). `save_after_another_tutor` is the rarer save that finds the
//! file changed by another process since it was read, so it reads and merges it too.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use tutor::course::Course;
use tutor::progress::ProgressStore;

const ATTEMPTS: usize = 10_000;

/// The generated file's text, for the built-in course.
fn sample_file() -> String {
    let course = Course::builtin().expect("the built-in course loads").course;
    let progress = tutor::study::sample::progress_for(&course, ATTEMPTS);
    toml::to_string(&progress).expect("serializes")
}

/// Records the latest attempt again with one more answer, as the tutor does after
/// each answer.
fn answer_again(store: &mut ProgressStore) {
    let progress = store.progress_mut();
    let course = progress.courses.values_mut().next().expect("a course");
    let (quiz, record) = course.quizzes.iter_mut().next().expect("a quiz");
    let quiz = quiz.clone();
    let mut latest = record.attempts.last().cloned().expect("an attempt");
    latest.answers.rotate_left(1);
    let id = progress.courses.keys().next().cloned().expect("a course");
    progress.record_attempt(&id, &quiz, latest);
}

fn write_sample(dir: &Path, text: &str) {
    std::fs::write(dir.join("progress.toml"), text).expect("writes the sample file");
}

fn progress(c: &mut Criterion) {
    let text = sample_file();
    eprintln!("progress file: {} bytes, {ATTEMPTS} attempts", text.len());
    let dir = tempfile::tempdir().expect("temp dir");
    write_sample(dir.path(), &text);

    let mut group = c.benchmark_group("progress_10k_attempts");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("load", |b| {
        // Freeing what was loaded is the end of the program's life, not of its start.
        b.iter_with_large_drop(|| {
            let store = ProgressStore::open(dir.path());
            assert!(store.is_saving());
            black_box(store)
        });
    });
    let mut store = ProgressStore::open(dir.path());
    group.bench_function("save", |b| {
        b.iter(|| {
            answer_again(&mut store);
            assert!(store.save());
        });
    });
    group.bench_function("save_after_another_tutor", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                // Another tutor wrote the file since this one read it.
                write_sample(dir.path(), &text);
                answer_again(&mut store);
                let start = Instant::now();
                assert!(store.save());
                spent += start.elapsed();
            }
            spent
        });
    });
    group.finish();
}

criterion_group!(benches, progress);
criterion_main!(benches);
