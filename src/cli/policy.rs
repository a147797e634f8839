//! `postguard policy --role R`: the guidelines that apply to a role, and what
//! PostGuard looks for on their behalf.

use clap::Args;

use super::check::parse_role;
use super::EXIT_OK;
use postguard::policy::{clauses_for, guideline};
use postguard::{Kind, Role};

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// staff, governor, parent or pupil.
    #[arg(long, value_parser = parse_role)]
    role: Role,
}

pub fn run(args: &PolicyArgs) -> Result<u8, String> {
    let role = args.role;
    println!("Social media guidelines for {}\n", role.people());
    let mut section = None;
    for clause in clauses_for(role) {
        if section != Some(clause.section) {
            section = Some(clause.section);
            println!("{} guidelines", clause.section.title());
        }
        println!("  {}. {}: {}", clause.number, clause.title, clause.plain);
    }
    println!("\nWhat PostGuard points out before you post");
    for kind in Kind::ALL {
        let g = guideline(kind, role);
        let refs: Vec<String> = g.clauses.iter().map(|c| c.reference()).collect();
        println!("  {} ({}; {}): {} {}", kind.label(), refs.join(", "), g.severity, g.why, g.suggestion);
    }
    Ok(EXIT_OK)
}
