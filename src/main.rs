//! The `tutor` binary: parse the command line and hand over to the library.
//!
//! Every error line leaves through the sanitizer here: messages quote arguments,
//! paths and environment values as given, and none of them may drive the terminal.
use clap::Parser;
use std::process::ExitCode;
use tutor::sanitize::strip_controls_keep_layout;

fn main() -> ExitCode {
    let cli = match tutor::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if err.use_stderr() => {
            // clap's message quotes the bad argument raw; print it plain and clean.
            eprint!("{}", strip_controls_keep_layout(&err.render().to_string()));
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
        // --help and --version: text of our own, on stdout, in clap's colours.
        Err(err) => err.exit(),
    };
    match tutor::cli::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            // The message may name a file or folder the user gave: it is sanitized too.
            eprintln!("tutor: {}", tutor::sanitize::for_terminal(&failure.message));
            ExitCode::from(failure.code)
        }
    }
}
