//! The `tutor` binary: parse the command line and hand over to the library.
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = tutor::cli::Cli::parse();
    match tutor::cli::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            eprintln!("tutor: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}
