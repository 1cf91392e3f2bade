//! The `tutor` binary: parse the command line and hand over to the library.
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = tutor::cli::Cli::parse();
    match tutor::cli::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            // The message may name a file or folder the user gave: it is sanitized too.
            eprintln!("tutor: {}", tutor::sanitize::for_terminal(&failure.message));
            ExitCode::from(failure.code)
        }
    }
}
