//! `postguard check`: one post with human output, or many with `--jsonl`.

use clap::Args;
use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use super::{human, jsonl, load_engine, ColorWhen, EXIT_FINDINGS, EXIT_OK};
use postguard::Role;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The post to check; read from standard input when absent.
    #[arg(conflicts_with = "jsonl")]
    text: Option<String>,
    /// School configuration (JSON); the embedded sample school when absent.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Check many posts: one {"id", "text"} object per line ("-" for standard input); prints one result line each.
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
    /// Check as this role instead of the configured one.
    #[arg(long, value_parser = parse_role)]
    role: Option<Role>,
    /// Colour the human output.
    #[arg(long, value_enum, default_value_t)]
    color: ColorWhen,
}

/// Parses a role name as the configuration spells it.
pub fn parse_role(s: &str) -> Result<Role, String> {
    Role::ALL.into_iter().find(|r| r.as_str() == s).ok_or_else(|| {
        let known: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown role {s:?}; use one of {}", known.join(", "))
    })
}

pub fn run(args: &CheckArgs) -> Result<u8, String> {
    let engine = load_engine(args.config.as_deref(), args.role)?;
    if let Some(path) = &args.jsonl {
        return jsonl::run(&engine, path);
    }
    let text = match &args.text {
        Some(text) => text.clone(),
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
            text
        }
    };
    let findings = engine.check(&text);
    let color = match args.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    human::print(&engine, &text, &findings, color).map_err(|e| format!("cannot write output: {e}"))?;
    Ok(if findings.is_empty() { EXIT_OK } else { EXIT_FINDINGS })
}
