//! Writes a generated progress file for the built-in course, for measuring the tutor on
//! big files: `cargo run --release --example progress_file -- ATTEMPTS DATA_DIR` writes
//! `DATA_DIR/progress.toml` with ATTEMPTS attempts (about 1.9 KB each) spread over the
//! course's quizzes, a review card per question, and the chapters read.
use std::path::PathBuf;
use std::process::ExitCode;
use tutor::course::Course;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(Ok(attempts)), Some(dir)) = (args.next().map(|a| a.parse::<usize>()), args.next())
    else {
        eprintln!("usage: progress_file ATTEMPTS DATA_DIR");
        return ExitCode::from(2);
    };
    let course = match Course::builtin() {
        Ok(loaded) => loaded.course,
        Err(err) => {
            eprintln!("the built-in course does not load: {err}");
            return ExitCode::FAILURE;
        }
    };
    let progress = tutor::study::sample::progress_for(&course, attempts);
    let text = match toml::to_string(&progress) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("cannot write TOML: {err}");
            return ExitCode::FAILURE;
        }
    };
    let dir = PathBuf::from(dir);
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join("progress.toml"), &text));
    if let Err(err) = written {
        eprintln!("cannot write {}: {err}", dir.display());
        return ExitCode::FAILURE;
    }
    println!("{} bytes, {attempts} attempts", text.len());
    ExitCode::SUCCESS
}
