//! `postguard`: check posts against a school's social media policy from the
//! command line, one at a time (human output) or in bulk (JSON Lines).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run()
}
