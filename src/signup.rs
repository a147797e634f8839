//! Pupil guideline 1, "observe age restrictions": each site's minimum age,
//! with its source, and a person's age counted as in England and Wales.
//!
//! A person is N on their Nth birthday. Someone born on 29 February turns a
//! year older on 1 March in common years (the anniversary of 29 February in a
//! year without one is taken to be 1 March).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// One site's minimum age.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeLimit {
    /// The key used on the command line and in JSON (`tiktok`).
    pub site: &'static str,
    /// The site's name as people say it.
    pub name: &'static str,
    /// Host names (the host or any subdomain).
    pub hosts: &'static [&'static str],
    /// The minimum age in the UK; `None` where each server sets its own (Mastodon).
    pub minimum_age: Option<u32>,
    /// Where the minimum age is stated.
    pub source: &'static str,
}

/// The sites' minimum ages in the UK.
pub const AGE_LIMITS: &[AgeLimit] = &[
    limit("facebook", "Facebook", &["facebook.com"], 13, "https://www.facebook.com/help/157793540954833"),
    limit("instagram", "Instagram", &["instagram.com"], 13, "https://help.instagram.com/581066165581870"),
    limit("threads", "Threads", &["threads.net", "threads.com"], 13, "https://help.instagram.com/769983657850450"),
    limit("snapchat", "Snapchat", &["snapchat.com"], 13, "https://snap.com/en-GB/terms"),
    limit("tiktok", "TikTok", &["tiktok.com"], 13, "https://www.tiktok.com/legal/page/eea/terms-of-service/en"),
    limit("x", "X", &["x.com", "twitter.com"], 13, "https://x.com/en/tos"),
    limit("discord", "Discord", &["discord.com"], 13, "https://discord.com/terms"),
    limit("reddit", "Reddit", &["reddit.com"], 13, "https://redditinc.com/policies/user-agreement"),
    limit("youtube", "YouTube", &["youtube.com"], 13, "https://support.google.com/accounts/answer/1350409"),
    limit("bluesky", "Bluesky", &["bsky.app"], 13, "https://bsky.social/about/support/tos"),
    limit("whatsapp", "WhatsApp", &["whatsapp.com"], 13, "https://www.whatsapp.com/legal/terms-of-service"),
    limit("linkedin", "LinkedIn", &["linkedin.com"], 16, "https://www.linkedin.com/legal/user-agreement"),
    AgeLimit {
        site: "mastodon",
        name: "Mastodon",
        hosts: &["mastodon.social", "mastodon.online", "mstdn.social"],
        minimum_age: None,
        source: "https://docs.joinmastodon.org/user/signup/",
    },
];

const fn limit(
    site: &'static str,
    name: &'static str,
    hosts: &'static [&'static str],
    minimum_age: u32,
    source: &'static str,
) -> AgeLimit {
    AgeLimit { site, name, hosts, minimum_age: Some(minimum_age), source }
}

/// The minimum age for a site, by its key or name (`tiktok`, `TikTok`,
/// `twitter`) or a host name (`www.tiktok.com`).
pub fn age_limit(site: &str) -> Option<&'static AgeLimit> {
    let wanted = site.trim().trim_end_matches('.').to_ascii_lowercase();
    let wanted = if wanted == "twitter" { "x".to_owned() } else { wanted };
    AGE_LIMITS.iter().find(|l| {
        l.site == wanted
            || l.name.eq_ignore_ascii_case(&wanted)
            || l.hosts.iter().any(|h| wanted == *h || wanted.strip_suffix(h).is_some_and(|rest| rest.ends_with('.')))
    })
}

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// 1–31, valid for the month.
    pub day: u32,
}

/// Why a date or an age could not be worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not written `YYYY-MM-DD`.
    Malformed(String),
    /// Written correctly but no such day (2014-02-30).
    Impossible(String),
    /// The date of birth is after today.
    BornAfterToday {
        /// The date of birth given.
        dob: Date,
        /// The day the age was to be counted on.
        today: Date,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Malformed(text) => {
                write!(f, "`{text}` is not a date written YYYY-MM-DD (for example 2013-09-01)")
            }
            DateError::Impossible(why) => f.write_str(why),
            DateError::BornAfterToday { dob, today } => {
                write!(f, "the date of birth {dob} is after today ({today})")
            }
        }
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        let malformed = || DateError::Malformed(text.to_owned());
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10)
        {
            return Err(malformed());
        }
        let (year, month, day) = (
            text[0..4].parse::<i32>().map_err(|_| malformed())?,
            text[5..7].parse::<u32>().map_err(|_| malformed())?,
            text[8..10].parse::<u32>().map_err(|_| malformed())?,
        );
        if !(1..=12).contains(&month) {
            return Err(DateError::Impossible(format!("{text} is not a date: there is no month {month}")));
        }
        Date::new(year, month, day).ok_or_else(|| {
            DateError::Impossible(format!(
                "{text} is not a date: {} {year} has {} days",
                MONTHS[month as usize - 1],
                days_in_month(year, month)
            ))
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Age in whole years on `today` of someone born on `dob`, counted as in England and Wales.
pub fn age_on(dob: Date, today: Date) -> Result<u32, DateError> {
    if dob > today {
        return Err(DateError::BornAfterToday { dob, today });
    }
    // This year's birthday: 29 February falls on 1 March in a common year.
    let birthday = if (dob.month, dob.day) == (2, 29) && !is_leap(today.year) { (3, 1) } else { (dob.month, dob.day) };
    let had_birthday = (today.month, today.day) >= birthday;
    Ok((today.year - dob.year) as u32 - u32::from(!had_birthday))
}

/// Whether someone is old enough for a site, as `postguard age` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgeCheck {
    /// The site's key.
    pub site: &'static str,
    /// The site's minimum age; `null` where each server sets its own.
    pub minimum_age: Option<u32>,
    /// The person's age today.
    pub age: u32,
    /// `null` when the minimum age is not known.
    pub old_enough: Option<bool>,
    /// Where the minimum age is stated.
    pub source: &'static str,
    /// What to do when the minimum age is not known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl AgeCheck {
    /// Checks a date of birth against a site's minimum age on `today`.
    pub fn new(limit: &AgeLimit, dob: Date, today: Date) -> Result<AgeCheck, DateError> {
        let age = age_on(dob, today)?;
        Ok(AgeCheck {
            site: limit.site,
            minimum_age: limit.minimum_age,
            age,
            old_enough: limit.minimum_age.map(|minimum| age >= minimum),
            source: limit.source,
            message: limit.minimum_age.is_none().then(|| {
                format!(
                    "Each {} server sets its own minimum age: read the server's rules before signing up.",
                    limit.name
                )
            }),
        })
    }
}

/// The nudge a pupil sees when the date of birth entered makes them too
/// young for the site: calm, in words a 10–13-year-old understands.
pub fn under_age_nudge(site_name: &str, minimum_age: u32) -> String {
    format!(
        "You need to be {minimum_age} or older to have a {site_name} account. That age limit is the law, not just a \
         rule, and accounts of younger people can be reported and removed. If you're not sure what to do, talk to \
         a parent or carer, or a teacher you trust."
    )
}

/// The reminder a pupil sees when a sign-up page opens.
pub fn signup_reminder(site_name: &str, minimum_age: Option<u32>) -> String {
    match minimum_age {
        Some(age) => format!(
            "Signing up to {site_name}? You need to be {age} or older. Your school asks everyone to keep to \
             the age limits. If you have a question, ask a parent, carer or teacher."
        ),
        None => format!(
            "Signing up to a {site_name} server? Each server has its own age limit: read its rules first. \
             If you have a question, ask a parent, carer or teacher."
        ),
    }
}

/// Which part of a date a form control holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    /// Day of the month.
    Day,
    /// Month.
    Month,
    /// Year.
    Year,
}

/// Which date part a control's label, name, id or placeholder names
/// (`"Day"`, `"birthday_month"`, `"YYYY"`, `"bday-year"`), if any.
pub fn date_part_named(hint: &str) -> Option<DatePart> {
    let hint = hint.to_ascii_lowercase();
    let words: Vec<&str> = hint.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let has = |names: &[&str]| {
        words.iter().any(|w| names.contains(w) || names.iter().any(|n| w.ends_with(n) && w.len() <= n.len() + 8))
    };
    // Order matters: "birthday" ends in "day", so whole words are tried first.
    let exact = |names: &[&str]| words.iter().any(|w| names.contains(w));
    if exact(&["day", "dd", "d"]) {
        return Some(DatePart::Day);
    }
    if exact(&["month", "mm", "m", "mon"]) {
        return Some(DatePart::Month);
    }
    if exact(&["year", "yyyy", "yy", "y"]) {
        return Some(DatePart::Year);
    }
    if has(&["month"]) {
        return Some(DatePart::Month);
    }
    if has(&["year"]) {
        return Some(DatePart::Year);
    }
    words.iter().any(|w| w.ends_with("day") && *w != "birthday").then_some(DatePart::Day)
}

/// The number a control's value or shown text gives for a date part:
/// days 1–31, months 1–12 (or their English names, short or long), four-digit years.
pub fn date_part_value(part: DatePart, text: &str) -> Option<u32> {
    let text = text.trim();
    let number: Option<u32> = text.parse().ok();
    match part {
        DatePart::Day => number.filter(|d| (1..=31).contains(d)),
        DatePart::Month => number.filter(|m| (1..=12).contains(m)).or_else(|| month_named(text)),
        DatePart::Year => number.filter(|y| (1900..=2200).contains(y) && text.len() == 4),
    }
}

/// 1–12 for an English month name, long or short ("March", "mar", "Sept").
pub fn month_named(text: &str) -> Option<u32> {
    let lower = text.trim().trim_end_matches('.').to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.to_lowercase().starts_with(&lower)).map(|i| i as u32 + 1)
}

/// The minimum age a Mastodon server's rules state ("You must be at least 16
/// years old", "16+ only", "over 18s only"), if they state one.
pub fn minimum_age_in_rules(rules: &str) -> Option<u32> {
    let lower = rules.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')')).collect();
    for (i, word) in words.iter().enumerate() {
        let number = |w: &str| w.trim_end_matches(['+', 's']).parse::<u32>().ok().filter(|n| (10..=21).contains(n));
        let Some(age) = number(word) else { continue };
        let before = if i >= 3 { &words[i - 3..i] } else { &words[..i] };
        let after = words.get(i + 1..(i + 3).min(words.len())).unwrap_or(&[]);
        let plus = word.ends_with('+');
        let cue_before = before.iter().any(|w| matches!(*w, "least" | "over" | "aged" | "age" | "minimum" | "older"));
        let cue_after = after.iter().any(|w| w.starts_with("year") || *w == "or" || *w == "and");
        if plus || cue_before || (cue_after && before.iter().any(|w| matches!(*w, "be" | "are" | "must"))) {
            return Some(age);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn a_person_is_n_on_their_nth_birthday() {
        assert_eq!(age_on(date("2013-11-25"), date("2026-11-25")), Ok(13));
        assert_eq!(age_on(date("2013-11-26"), date("2026-11-25")), Ok(12));
        assert_eq!(age_on(date("2013-12-31"), date("2026-01-01")), Ok(12));
        assert_eq!(age_on(date("2026-11-25"), date("2026-11-25")), Ok(0));
    }

    #[test]
    fn born_on_29_february_is_a_year_older_on_1_march_in_common_years() {
        let dob = date("2012-02-29");
        assert_eq!(age_on(dob, date("2025-02-28")), Ok(12));
        assert_eq!(age_on(dob, date("2025-03-01")), Ok(13));
        assert_eq!(age_on(dob, date("2024-02-28")), Ok(11));
        assert_eq!(age_on(dob, date("2024-02-29")), Ok(12), "in a leap year, on the day itself");
    }

    #[test]
    fn dates_must_be_written_yyyy_mm_dd_and_exist() {
        assert_eq!(date("2014-02-28"), Date { year: 2014, month: 2, day: 28 });
        for bad in ["2014-2-28", "14-02-28", "2014/02/28", "2014-02-28T00:00", "", "２０１４-02-28", "2014-0a-01"] {
            assert!(matches!(bad.parse::<Date>(), Err(DateError::Malformed(_))), "{bad}");
        }
        let e = "2014-02-30".parse::<Date>().unwrap_err();
        assert_eq!(e.to_string(), "2014-02-30 is not a date: February 2014 has 28 days");
        assert!(matches!("2014-13-01".parse::<Date>(), Err(DateError::Impossible(_))));
        assert!(matches!("2014-00-10".parse::<Date>(), Err(DateError::Impossible(_))));
        assert!(matches!("2015-02-29".parse::<Date>(), Err(DateError::Impossible(_))));
        assert!("2016-02-29".parse::<Date>().is_ok());
        assert!("2000-02-29".parse::<Date>().is_ok());
        assert!("1900-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn a_birth_date_after_today_is_an_error() {
        let e = age_on(date("2027-01-01"), date("2026-11-25")).unwrap_err();
        assert_eq!(e.to_string(), "the date of birth 2027-01-01 is after today (2026-11-25)");
    }

    #[test]
    fn every_adapted_site_and_snapchat_has_a_limit_with_a_source() {
        for site in crate::sites::SITES {
            let limit = age_limit(site.hosts[0]).unwrap_or_else(|| panic!("{}", site.name));
            assert!(limit.source.starts_with("https://"), "{}", limit.site);
        }
        assert_eq!(age_limit("snapchat").unwrap().minimum_age, Some(13));
        assert_eq!(age_limit("LinkedIn").unwrap().minimum_age, Some(16));
        assert_eq!(age_limit("www.tiktok.com").unwrap().site, "tiktok");
        assert_eq!(age_limit("twitter").unwrap().site, "x");
        assert_eq!(age_limit("mastodon").unwrap().minimum_age, None);
        assert_eq!(age_limit("myspace"), None);
    }

    #[test]
    fn one_day_short_the_birthday_itself_and_years_over() {
        let today = date("2026-11-25");
        for limit in AGE_LIMITS.iter().filter(|l| l.minimum_age.is_some()) {
            let minimum = limit.minimum_age.unwrap() as i32;
            let on_birthday = Date { year: 2026 - minimum, month: 11, day: 25 };
            let day_short = Date { day: 26, ..on_birthday };
            let years_over = Date { year: on_birthday.year - 5, ..on_birthday };
            let verdict = |dob| AgeCheck::new(limit, dob, today).unwrap().old_enough;
            assert_eq!(verdict(day_short), Some(false), "{}", limit.site);
            assert_eq!(verdict(on_birthday), Some(true), "{}", limit.site);
            assert_eq!(verdict(years_over), Some(true), "{}", limit.site);
        }
    }

    #[test]
    fn date_parts_are_recognised_by_their_names() {
        use DatePart::*;
        for (hint, part) in [
            ("Day", Some(Day)),
            ("day", Some(Day)),
            ("birthday_day", Some(Day)),
            ("bday-day", Some(Day)),
            ("DD", Some(Day)),
            ("Month", Some(Month)),
            ("birthday_month", Some(Month)),
            ("MM", Some(Month)),
            ("Year", Some(Year)),
            ("birthday_year", Some(Year)),
            ("bday-year", Some(Year)),
            ("YYYY", Some(Year)),
            ("Birthday", None),
            ("Email", None),
            ("SELECTOR_1", None),
        ] {
            assert_eq!(date_part_named(hint), part, "{hint}");
        }
    }

    #[test]
    fn date_part_values_from_numbers_and_month_names() {
        use DatePart::*;
        assert_eq!(date_part_value(Day, "07"), Some(7));
        assert_eq!(date_part_value(Day, "32"), None);
        assert_eq!(date_part_value(Day, "Day"), None);
        assert_eq!(date_part_value(Month, "3"), Some(3));
        assert_eq!(date_part_value(Month, "March"), Some(3));
        assert_eq!(date_part_value(Month, "Sep"), Some(9));
        assert_eq!(date_part_value(Month, "Sept."), Some(9));
        assert_eq!(date_part_value(Month, "Month"), None);
        assert_eq!(date_part_value(Year, "2014"), Some(2014));
        assert_eq!(date_part_value(Year, "14"), None);
        assert_eq!(date_part_value(Year, "Year"), None);
    }

    #[test]
    fn mastodon_server_rules_that_state_an_age() {
        assert_eq!(minimum_age_in_rules("You must be at least 16 years old to use this server."), Some(16));
        assert_eq!(minimum_age_in_rules("18+ only. No spam."), Some(18));
        assert_eq!(minimum_age_in_rules("Users must be 13 or older"), Some(13));
        assert_eq!(minimum_age_in_rules("No users under the age of 16"), Some(16));
        assert_eq!(minimum_age_in_rules("Be kind. No more than 10 posts an hour. Rule 12: no spam."), None);
        assert_eq!(minimum_age_in_rules("Sexually explicit content must be marked."), None);
    }

    #[test]
    fn the_nudge_names_the_age_the_law_reporting_and_who_to_talk_to() {
        let nudge = under_age_nudge("TikTok", 13);
        for words in ["13 or older", "TikTok", "the law", "reported and removed", "talk to", "teacher"] {
            assert!(nudge.contains(words), "{words}: {nudge}");
        }
        assert!(signup_reminder("Mastodon", None).contains("own age limit"));
        assert!(signup_reminder("LinkedIn", Some(16)).contains("16 or older"));
    }

    #[test]
    fn mastodon_has_no_verdict_and_says_why() {
        let check = AgeCheck::new(age_limit("mastodon").unwrap(), date("2015-01-01"), date("2026-11-25")).unwrap();
        assert_eq!((check.minimum_age, check.old_enough, check.age), (None, None, 11));
        assert!(check.message.unwrap().contains("server's rules"));
        let json = serde_json::to_string(
            &AgeCheck::new(age_limit("tiktok").unwrap(), date("2015-01-01"), date("2026-11-25")).unwrap(),
        )
        .unwrap();
        assert_eq!(
            json,
            r#"{"site":"tiktok","minimum_age":13,"age":11,"old_enough":false,"source":"https://www.tiktok.com/legal/page/eea/terms-of-service/en"}"#
        );
    }
}
