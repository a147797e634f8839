//! `postguard age --site SITE --dob DATE [--today DATE]`: whether someone is
//! old enough for a site, as one JSON line.

use clap::Args;

use super::EXIT_OK;
use postguard::signup::{age_limit, AgeCheck, Date, AGE_LIMITS};

#[derive(Debug, Args)]
pub struct AgeArgs {
    /// The site: facebook, instagram, threads, snapchat, tiktok, x, discord, reddit, youtube, bluesky,
    /// whatsapp, linkedin or mastodon (a host name such as www.tiktok.com works too).
    #[arg(long)]
    site: String,
    /// Date of birth, YYYY-MM-DD.
    #[arg(long)]
    dob: String,
    /// The day to count the age on, YYYY-MM-DD (default: today's local date).
    #[arg(long)]
    today: Option<String>,
}

pub fn run(args: &AgeArgs) -> Result<u8, String> {
    let limit = age_limit(&args.site).ok_or_else(|| {
        let known: Vec<&str> = AGE_LIMITS.iter().map(|l| l.site).collect();
        format!("unknown site `{}`; known sites: {}", args.site, known.join(", "))
    })?;
    let dob: Date = args.dob.parse().map_err(|e| format!("--dob: {e}"))?;
    let today: Date = match &args.today {
        Some(text) => text.parse().map_err(|e| format!("--today: {e}"))?,
        None => local_today(),
    };
    let check = AgeCheck::new(limit, dob, today).map_err(|e| e.to_string())?;
    println!("{}", serde_json::to_string(&check).map_err(|e| e.to_string())?);
    Ok(EXIT_OK)
}

fn local_today() -> Date {
    use chrono::Datelike;
    let now = chrono::Local::now().date_naive();
    Date::new(now.year(), now.month(), now.day()).expect("the calendar's own date exists")
}
