//! `postguard roster import FILE.csv [--staff]`: a roster from an MIS export,
//! printed as a configuration fragment; every rejected record named on stderr
//! as `row N: reason`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{EXIT_FINDINGS, EXIT_OK};
use postguard::roster::{import, RosterKind};

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// Read a CSV export (SIMS, Arbor, Bromcom or a plain list) and print `{"pupils": […]}`.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file.
    file: PathBuf,
    /// The file lists staff (prints `{"staff": […]}`, with titles).
    #[arg(long)]
    staff: bool,
}

pub fn run(command: &RosterCommand) -> Result<u8, String> {
    let RosterCommand::Import(args) = command;
    let bytes = std::fs::read(&args.file).map_err(|e| format!("cannot read {}: {e}", args.file.display()))?;
    let kind = if args.staff { RosterKind::Staff } else { RosterKind::Pupils };
    let import = import(&bytes, kind).map_err(|e| format!("{}: {e}", args.file.display()))?;
    if !import.ignored_columns.is_empty() {
        eprintln!("ignoring columns: {}", import.ignored_columns.join(", "));
    }
    for rejected in &import.rejected {
        eprintln!("{rejected}");
    }
    let fragment = match kind {
        RosterKind::Pupils => serde_json::json!({ "pupils": import.roster.pupils }),
        RosterKind::Staff => serde_json::json!({ "staff": import.roster.staff }),
    };
    println!("{}", serde_json::to_string_pretty(&fragment).map_err(|e| e.to_string())?);
    Ok(if import.rejected.is_empty() { EXIT_OK } else { EXIT_FINDINGS })
}
