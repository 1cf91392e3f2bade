//! Rendering budgets (SPEC §9): a code-heavy 75 KB chapter parsed, laid out at width 100
//! with colour and written as ANSI; the same at 100 KB and 1 MB to show the cost grows
//! linearly; and laying out an already parsed (and highlighted) 1 MB document.
//!
//! The input comes from `tutor::markdown::sample::sample_chapter`, a deterministic
//! generator. Syntect compiles its regexes once per process, so these numbers are
//! warm; a cold `tutor read` also pays that one-time compile.
use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use tutor::markdown::parse;
use tutor::markdown::sample::sample_chapter;
use tutor::theme::{Theme, ThemeKind};

const WIDTH: usize = 100;

/// What `tutor read` does: parse, lay out, write.
fn render(src: &str, theme: &Theme) -> usize {
    let rendered = parse(src).render(WIDTH, theme);
    let mut out = Vec::with_capacity(src.len() * 2);
    let written = rendered.lines.write_ansi(&mut out, true);
    assert!(written.is_ok());
    out.len()
}

fn parse_layout_write(c: &mut Criterion) {
    let theme = Theme::new(ThemeKind::Dark, true);
    let mut group = c.benchmark_group("parse_layout_write");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    for size in [75_000, 100_000, 1_000_000] {
        if size >= 1_000_000 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(6));
        }
        let src = sample_chapter(size);
        group.throughput(Throughput::Bytes(src.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &src, |b, src| {
            b.iter(|| render(black_box(src), &theme));
        });
    }
    group.finish();
}

fn layout_only(c: &mut Criterion) {
    let theme = Theme::new(ThemeKind::Dark, true);
    let mut group = c.benchmark_group("layout_only");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(4));
    for size in [100_000, 1_000_000] {
        let src = sample_chapter(size);
        let doc = parse(&src);
        doc.highlight();
        group.throughput(Throughput::Bytes(src.len() as u64));
        // The lines are kept, not dropped, inside the timing, as a reader keeps them
        // (the reader's own call: `render`, the lines stored compactly).
        group.bench_with_input(BenchmarkId::from_parameter(size), &doc, |b, doc| {
            b.iter_with_large_drop(|| doc.render(black_box(WIDTH), &theme));
        });
    }
    group.finish();
}

criterion_group!(benches, parse_layout_write, layout_only);
criterion_main!(benches);
