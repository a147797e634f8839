//! Command-line parsing and dispatch. Each subcommand lives in its own module.

mod age;
mod check;
mod human;
mod jsonl;
mod photo;
mod policy;
mod roster;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use postguard::{Config, Engine, Role};

/// Exit status when the run went through and nothing needs attention.
pub const EXIT_OK: u8 = 0;
/// Exit status when findings were reported (human mode) or some input lines were bad (bulk mode).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status when the input or configuration could not be used at all.
pub const EXIT_UNUSABLE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "postguard",
    version,
    about = "Stop and think before you post: checks drafts against your school's social media policy"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a post (or, with --jsonl, many posts) for names, school identifiers and personal details.
    Check(check::CheckArgs),
    /// Work with configuration files.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Faces, position, time, camera and metadata text of photos and videos (one JSON line each).
    Photo(photo::PhotoArgs),
    /// Print the school's guidelines for a role.
    Policy(policy::PolicyArgs),
    /// Whether someone born on a date is old enough for a site (one JSON line).
    Age(age::AgeArgs),
    /// Import a roster from an MIS export.
    #[command(subcommand)]
    Roster(roster::RosterCommand),
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Check a configuration file; report the first problem with its line and column.
    Validate {
        /// The configuration file (JSON).
        file: PathBuf,
    },
    /// Print the embedded default configuration (the sample Bucklebury school).
    Default,
}

/// When to colour human output.
#[derive(Debug, Clone, Copy, ValueEnum, Default)]
pub enum ColorWhen {
    /// When standard output is a terminal.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let status = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Config(ConfigCommand::Validate { file }) => validate(&file),
        Command::Config(ConfigCommand::Default) => {
            print!("{}", postguard::config::DEFAULT_CONFIG_JSON);
            Ok(EXIT_OK)
        }
        Command::Photo(args) => photo::run(&args),
        Command::Policy(args) => policy::run(&args),
        Command::Age(args) => age::run(&args),
        Command::Roster(command) => roster::run(&command),
    };
    match status {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("postguard: {message}");
            ExitCode::from(EXIT_UNUSABLE)
        }
    }
}

/// Loads a configuration file, or the embedded default when none is given.
pub fn load_config(path: Option<&Path>) -> Result<Config, String> {
    let Some(path) = path else {
        return Ok(Config::default_school());
    };
    let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Config::from_json(&json).map_err(|e| format!("{}: {e}", path.display()))
}

/// Loads a configuration and builds its engine, optionally for another role.
pub fn load_engine(path: Option<&Path>, role: Option<Role>) -> Result<Engine, String> {
    let mut config = load_config(path)?;
    if let Some(role) = role {
        config.role = role;
    }
    Ok(Engine::new(&config))
}

fn validate(file: &Path) -> Result<u8, String> {
    let config = load_config(Some(file))?;
    Engine::new(&config);
    println!(
        "{}: valid ({} for {}, {} pupils, {} staff)",
        file.display(),
        config.role,
        config.school.name,
        config.pupils.len(),
        config.staff.len()
    );
    Ok(EXIT_OK)
}
