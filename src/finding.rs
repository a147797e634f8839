//! What the engine reports: a kind of risky detail, where it is, and what the
//! school's policy says about it.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

use crate::policy::Clause;
use crate::text::{utf16_len, Span};

/// The kinds of detail PostGuard looks for.
///
/// The order is the order of precedence when two findings overlap: an email
/// address wins over a name inside it, a school's name over a pupil's name
/// inside it ("St Mary's"), a street address over a name inside it ("Victoria Road").
///
/// The three tone kinds ([`Kind::is_tone`]) come last. Their spans are whole
/// sentences and never compete with the details inside them (both are
/// reported); among themselves one sentence carries one kind, by this order:
/// a threat over a hostile remark over a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An email address.
    EmailAddress,
    /// The school's name, alias, hashtag, handle, web address, or its own phone, address or postcode.
    SchoolIdentifier,
    /// A UK phone number.
    PhoneNumber,
    /// A house number and street, with the town when written straight after.
    StreetAddress,
    /// A full UK postcode.
    Postcode,
    /// A date tied to someone's birth or age.
    DateOfBirth,
    /// A member of staff on the roster.
    StaffName,
    /// A pupil on the roster.
    PupilName,
    /// A threat of harm, exposure or retaliation against the school or someone connected with it.
    Threat,
    /// A derogatory, insulting, mocking or defamatory remark about the school or someone connected with it.
    HostileRemark,
    /// A public complaint about how the school or its staff handled something.
    Complaint,
}

impl Kind {
    /// Every kind, in order of precedence.
    pub const ALL: [Kind; 11] = [
        Kind::EmailAddress,
        Kind::SchoolIdentifier,
        Kind::PhoneNumber,
        Kind::StreetAddress,
        Kind::Postcode,
        Kind::DateOfBirth,
        Kind::StaffName,
        Kind::PupilName,
        Kind::Threat,
        Kind::HostileRemark,
        Kind::Complaint,
    ];

    /// The tone kinds, in order of precedence.
    pub const TONE: [Kind; 3] = [Kind::Threat, Kind::HostileRemark, Kind::Complaint];

    /// Whether this kind is about the tone of a sentence rather than a detail in it.
    pub fn is_tone(self) -> bool {
        matches!(self, Kind::Threat | Kind::HostileRemark | Kind::Complaint)
    }

    /// The identifier used in JSON and configuration (`pupil_name`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::EmailAddress => "email_address",
            Kind::SchoolIdentifier => "school_identifier",
            Kind::PhoneNumber => "phone_number",
            Kind::StreetAddress => "street_address",
            Kind::Postcode => "postcode",
            Kind::DateOfBirth => "date_of_birth",
            Kind::StaffName => "staff_name",
            Kind::PupilName => "pupil_name",
            Kind::Threat => "threat",
            Kind::HostileRemark => "hostile_remark",
            Kind::Complaint => "complaint",
        }
    }

    /// What a finding of this kind is, in a sentence ("a pupil's name").
    pub fn description(self) -> &'static str {
        match self {
            Kind::EmailAddress => "an email address",
            Kind::SchoolIdentifier => "an identifier of the school",
            Kind::PhoneNumber => "a phone number",
            Kind::StreetAddress => "a home address",
            Kind::Postcode => "a postcode",
            Kind::DateOfBirth => "a date of birth",
            Kind::StaffName => "a staff member's name",
            Kind::PupilName => "a pupil's name",
            Kind::Threat => "a threat",
            Kind::HostileRemark => "a hostile remark",
            Kind::Complaint => "a public complaint",
        }
    }

    /// A short label for people ("pupil's name").
    pub fn label(self) -> &'static str {
        match self {
            Kind::EmailAddress => "email address",
            Kind::SchoolIdentifier => "school identifier",
            Kind::PhoneNumber => "phone number",
            Kind::StreetAddress => "home address",
            Kind::Postcode => "postcode",
            Kind::DateOfBirth => "date of birth",
            Kind::StaffName => "staff member's name",
            Kind::PupilName => "pupil's name",
            Kind::Threat => "threat",
            Kind::HostileRemark => "hostile remark",
            Kind::Complaint => "public complaint",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How strongly a finding is raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; never holds a post.
    Info,
    /// Holds the post until the person chooses to edit or post anyway.
    Warn,
    /// Holds the post; the school does not allow posting it anyway.
    Block,
}

impl Severity {
    /// The identifier used in JSON and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warn => "warn",
            Severity::Block => "block",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One risky detail found in a post, with the guidance that applies to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What was found.
    pub kind: Kind,
    /// Where, in UTF-8 bytes of the checked text.
    pub span: Span,
    /// The matched text, exactly as written.
    pub text: String,
    /// How strongly to raise it, after the school's overrides.
    pub severity: Severity,
    /// The policy clauses this breaches for the configured role.
    pub clauses: &'static [Clause],
    /// Why it matters, in one line (see [`Finding::message`]).
    pub why: &'static str,
    /// What to do instead (for a complaint, with the school's own complaints procedure): most are the
    /// guideline's own words, borrowed rather than copied into every finding.
    pub suggestion: Cow<'static, str>,
    /// For the tone kinds: who the sentence is aimed at and the words that make it one
    /// ("aimed at “Mrs Doe”; the words “useless woman”").
    pub because: Option<String>,
}

impl Finding {
    /// One line on what was found and why it matters, for the card and the CLI.
    pub fn message(&self) -> String {
        match &self.because {
            Some(because) => format!("“{}” reads as {}: {}. {}", self.text, self.kind.description(), because, self.why),
            None => format!("“{}” is {}. {}", self.text, self.kind.description(), self.why),
        }
    }
}

/// A finding as it crosses into JSON or JavaScript: the contract's fields
/// (`kind`, UTF-16 `start`/`end`) first, then the guidance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingRecord {
    /// `pupil_name`, `phone_number`, …
    pub kind: Kind,
    /// Start, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The matched text.
    pub text: String,
    /// `info`, `warn` or `block`.
    pub severity: Severity,
    /// Clause references ("Staff 2").
    pub clauses: Vec<String>,
    /// What was found and why it matters.
    pub message: String,
    /// What to do instead.
    pub suggestion: String,
}

/// Converts the findings of `text` (in text order, as [`crate::Engine::check`]
/// returns them) to records with UTF-16 offsets, in one pass over the text.
pub fn records(text: &str, findings: &[Finding]) -> Vec<FindingRecord> {
    let (mut byte, mut unit) = (0, 0);
    let mut to_utf16 = |at: usize| {
        if at < byte {
            (byte, unit) = (0, 0);
        }
        unit += utf16_len(&text[byte..at]);
        byte = at;
        unit
    };
    findings
        .iter()
        .map(|f| FindingRecord {
            kind: f.kind,
            start: to_utf16(f.span.start),
            end: to_utf16(f.span.end),
            text: f.text.clone(),
            severity: f.severity,
            clauses: f.clauses.iter().map(|c| c.reference()).collect(),
            message: f.message(),
            suggestion: f.suggestion.to_string(),
        })
        .collect()
}
