//! The `tutor` binary: answer the shell's completion requests, parse the command line
//! and hand over to the library.
//!
//! Every error line leaves through the sanitizer here: messages quote arguments,
//! paths and environment values as given, and none of them may drive the terminal.
//! Nothing here panics on a closed stdout or stderr: those writes are let go.
use clap::{CommandFactory, Parser};
use std::io::Write as _;
use std::process::ExitCode;
use tutor::sanitize::strip_controls_keep_layout;

fn main() -> ExitCode {
    // `COMPLETE=zsh tutor` prints the shell's dynamic completion script, and the
    // script calls back here for chapter and quiz ids; otherwise this does nothing.
    clap_complete::CompleteEnv::with_factory(tutor::cli::Cli::command).complete();
    let cli = match tutor::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) if err.use_stderr() => {
            // clap's message quotes the bad argument raw; print it plain and clean.
            let text = strip_controls_keep_layout(&err.render().to_string()).into_owned();
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
        // --help and --version: text of our own, on stdout, in clap's colours.
        Err(err) => err.exit(),
    };
    match tutor::cli::run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(failure) => {
            // The message may name a file or folder the user gave: it is sanitized too.
            let _ = writeln!(
                std::io::stderr().lock(),
                "tutor: {}",
                tutor::sanitize::for_terminal(&failure.message)
            );
            ExitCode::from(failure.code)
        }
    }
}
