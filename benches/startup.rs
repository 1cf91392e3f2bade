//! The first frame of the home screen, measured from process start: the built binary
//! on its built-in course in a pseudo-terminal of 100×30, timed from spawning it until
//! the home screen's last row has arrived (SPEC §9: under 20 ms). Each sample is a
//! fresh process; quitting it is not timed.
#![allow(clippy::unwrap_used, clippy::expect_used)]
use criterion::{Criterion, criterion_group, criterion_main};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The last word of the home screen's last row (its key hints), so its arrival means
/// the first frame is complete. (Styles are written between the hints' keys and words,
/// so a longer run of the row's text is not in the bytes as one piece.)
const LAST_ROW: &[u8] = b"help";

/// Spawns the tutor and returns how long its first frame took to arrive.
fn first_frame(data: &std::path::Path) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tutor"));
    cmd.arg("--data-dir");
    cmd.arg(data);
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if seen.windows(LAST_ROW.len()).any(|w| w == LAST_ROW) {
                let _ = tx.send(Instant::now());
                // Keep draining so the child never blocks on a full pty.
                while matches!(reader.read(&mut buf), Ok(n) if n > 0) {}
                break;
            }
        }
    });
    let drawn = rx.recv_timeout(Duration::from_secs(10)).unwrap();
    let mut writer = pair.master.take_writer().unwrap();
    writer.write_all(b"q").unwrap();
    child.wait().unwrap();
    drawn - start
}

fn startup(c: &mut Criterion) {
    let data = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("startup");
    group
        .sample_size(30)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("first_home_frame_from_spawn_100x30", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| first_frame(data.path())).sum());
    });
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
