//! A school's configuration: who is posting, the school's identifiers, the
//! roster, and per-kind severity overrides.
//!
//! Configuration is JSON (the shape in `shared/eval-sample/CONTRACT.md`, plus
//! the headteacher, the Designated Senior Person, the complaints procedure and
//! severities). Parsing is strict: an unknown field, a malformed postcode or a
//! name with digits in it is an error that names the field and gives its line
//! and column, never a silent default.
//!
//! ```
//! let config = postguard::Config::from_json(r#"{
//!   "role": "staff",
//!   "school": {"name": "Bucklebury Primary School", "postcode": "RG7 6PL"},
//!   "pupils": [{"first": "Amelia", "last": "Hart", "preferred": "Millie"}]
//! }"#).unwrap();
//! assert_eq!(config.pupils[0].preferred.as_deref(), Some("Millie"));
//!
//! let err = postguard::Config::from_json(r#"{"role": "staff", "school": {"name": "X", "postcode": "QV1 1CI"}}"#).unwrap_err();
//! assert_eq!(err.path, "school.postcode");
//! assert_eq!((err.line, err.column), (1, 64));
//! ```

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

use crate::detect::{phone, postcode};
use crate::finding::{Kind, Severity};
use crate::json::Json;
use crate::policy::Role;

/// The version of the configuration format this build writes and reads.
pub const CONFIG_VERSION: u32 = 1;

/// The embedded sample school, used when no configuration is given.
pub const DEFAULT_CONFIG_JSON: &str = include_str!("../data/bucklebury.config.json");

/// One school's configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Format version; absent means the current one.
    #[serde(default = "current_version", deserialize_with = "version")]
    pub version: u32,
    /// Who is posting: decides which guidelines apply.
    pub role: Role,
    /// The school's identifiers and contacts.
    pub school: School,
    /// Pupils on the roster.
    #[serde(default)]
    pub pupils: Vec<Person>,
    /// Staff on the roster.
    #[serde(default)]
    pub staff: Vec<StaffMember>,
    /// Per-kind severity overrides (`{"pupil_name": "block"}`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severity: BTreeMap<Kind, Severity>,
}

fn current_version() -> u32 {
    CONFIG_VERSION
}

fn version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let v = u32::deserialize(d)?;
    if v == 0 || v > CONFIG_VERSION {
        return Err(de::Error::custom(format!(
            "configuration version {v} is not supported (this build reads versions 1 to {CONFIG_VERSION})"
        )));
    }
    Ok(v)
}

/// The school's identifiers and the people to contact.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct School {
    /// The school's full name.
    #[serde(deserialize_with = "non_empty")]
    pub name: String,
    /// Other names and abbreviations ("Bucklebury School", "BPS").
    #[serde(default, deserialize_with = "non_empty_list")]
    pub aliases: Vec<String>,
    /// Hashtags, stored without the `#`.
    #[serde(default, deserialize_with = "hashtags")]
    pub hashtags: Vec<String>,
    /// Social media handles, stored without the `@`.
    #[serde(default, deserialize_with = "handles")]
    pub handles: Vec<String>,
    /// Web domains ("bucklebury.sch.uk"), lower-cased, without scheme or `www.`.
    #[serde(default, deserialize_with = "domains")]
    pub domains: Vec<String>,
    /// The school's postal address ("12 Church Lane, Bucklebury, Reading").
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_non_empty")]
    pub address: Option<String>,
    /// The school's postcode.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "uk_postcode")]
    pub postcode: Option<String>,
    /// The school's phone number.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "uk_phone")]
    pub phone: Option<String>,
    /// The headteacher's name, as the card should show it ("Mrs Helen Whitcombe").
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_non_empty")]
    pub headteacher: Option<String>,
    /// The Designated Senior Person for safeguarding (Staff 6).
    #[serde(default, skip_serializing_if = "Option::is_none", alias = "designated_senior_person")]
    pub safeguarding_lead: Option<Contact>,
    /// The complaints procedure: a URL or a sentence (Parent 2).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_non_empty")]
    pub complaints: Option<String>,
}

/// Someone to contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Their name.
    #[serde(deserialize_with = "non_empty")]
    pub name: String,
    /// Their phone number.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_non_empty")]
    pub phone: Option<String>,
    /// Their email address.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_non_empty")]
    pub email: Option<String>,
}

/// A pupil on the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Legal first name.
    #[serde(deserialize_with = "person_name")]
    pub first: String,
    /// Surname.
    #[serde(deserialize_with = "person_name")]
    pub last: String,
    /// The name they go by, when it differs from `first`.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_person_name")]
    pub preferred: Option<String>,
}

/// A member of staff on the roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffMember {
    /// First name.
    #[serde(deserialize_with = "person_name")]
    pub first: String,
    /// Surname.
    #[serde(deserialize_with = "person_name")]
    pub last: String,
    /// The name they go by, when it differs from `first`.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_person_name")]
    pub preferred: Option<String>,
    /// How pupils address them ("Mrs", "Mr", "Dr", …).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "optional_non_empty")]
    pub title: Option<String>,
}

/// A configuration that could not be used: what is wrong and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The field at fault, as a path (`pupils[3].first`); empty for the document itself.
    pub path: String,
    /// 1-based line of the fault; 0 when the configuration was not read from text (the content script reads the
    /// browser's own objects).
    pub line: usize,
    /// 1-based column of the fault.
    pub column: usize,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        if !self.path.is_empty() && self.path != "." {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses and validates a configuration.
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
        let mut de = serde_json::Deserializer::from_str(json);
        let config: Config = deserialize_with_path(&mut de)?;
        de.end().map_err(|e| ConfigError {
            path: String::new(),
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        })?;
        Ok(config)
    }

    /// Validates a configuration read as a [`Json`] value (the content script's reader). Its errors say what is
    /// wrong but neither line nor field: the value was merged from several places, and naming the field would cost
    /// the content script's bundle 10 KB; the options page, where people edit their settings, names both.
    pub fn from_json_value(value: &Json) -> Result<Config, ConfigError> {
        Config::deserialize(value).map_err(|e| ConfigError {
            path: String::new(),
            line: 0,
            column: 0,
            message: e.to_string(),
        })
    }

    /// [`Config::from_json_value`], taking the value's strings rather than copying them (the content script reads
    /// the merged settings once, and has no use for them after).
    pub fn from_json_tree(mut value: Json) -> Result<Config, ConfigError> {
        Config::deserialize(&mut value).map_err(|e| ConfigError {
            path: String::new(),
            line: 0,
            column: 0,
            message: e.to_string(),
        })
    }

    /// The embedded sample school (Bucklebury Primary School).
    pub fn default_school() -> Config {
        Config::from_json(DEFAULT_CONFIG_JSON).expect("the embedded default configuration is valid")
    }

    /// The severity for a kind after the school's overrides.
    pub fn severity_for(&self, kind: Kind, default: Severity) -> Severity {
        self.severity.get(&kind).copied().unwrap_or(default)
    }
}

/// Reads the configuration, saying where (the field's path) any error is: the CLI and the options page, where
/// people fix their files, name the field. (The content script reads the browser's own objects instead:
/// [`crate::settings::JsonValue`].)
fn deserialize_with_path(
    de: &mut serde_json::Deserializer<serde_json::de::StrRead<'_>>,
) -> Result<Config, ConfigError> {
    serde_path_to_error::deserialize(de).map_err(|e| {
        let inner = e.inner();
        ConfigError {
            path: readable_path(&e.path().to_string()),
            line: inner.line(),
            column: inner.column(),
            message: strip_position(&inner.to_string()),
        }
    })
}

/// serde_path_to_error writes `?` for map keys and positions it cannot name; drop them.
fn readable_path(path: &str) -> String {
    path.split('.').filter(|segment| *segment != "?").collect::<Vec<_>>().join(".")
}

/// serde_json appends " at line L column C" to its messages; we report those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

fn non_empty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err(de::Error::custom("must not be empty"));
    }
    Ok(trimmed.to_string())
}

fn optional_non_empty<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    non_empty(d).map(Some)
}

fn non_empty_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let items = Vec::<String>::deserialize(d)?;
    items
        .into_iter()
        .map(|s| {
            let t = s.trim();
            if t.is_empty() {
                Err(de::Error::custom("list entries must not be empty"))
            } else {
                Ok(t.to_string())
            }
        })
        .collect()
}

/// Checks a name the way a person would: letters, with spaces, hyphens,
/// apostrophes and full stops between them.
pub fn validate_person_name(name: &str) -> Result<(), String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("a name must not be empty".into());
    }
    // Combining marks (U+0300–U+036F) too: a name typed with decomposed accents is still letters.
    let allowed = |c: char| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '\u{300}'..='\u{36f}');
    if let Some(bad) = name.chars().find(|c| !allowed(*c)) {
        return Err(format!("{name:?} contains {bad:?}: names are letters, spaces, hyphens and apostrophes"));
    }
    if !name.chars().any(char::is_alphabetic) {
        return Err(format!("{name:?} has no letters"));
    }
    Ok(())
}

fn person_name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    validate_person_name(&s).map_err(de::Error::custom)?;
    // Most names have nothing to trim: kept, not copied (a roster has hundreds).
    Ok(if s.trim().len() == s.len() { s } else { s.trim().to_string() })
}

fn optional_person_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    person_name(d).map(Some)
}

fn prefixed_list<'de, D: Deserializer<'de>>(d: D, prefix: char, what: &str) -> Result<Vec<String>, D::Error> {
    let items = Vec::<String>::deserialize(d)?;
    items
        .into_iter()
        .map(|s| {
            let bare = s.trim().trim_start_matches(prefix);
            if bare.is_empty() || !bare.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                return Err(de::Error::custom(format!(
                    "{s:?} is not a {what}: use letters, digits and underscores, optionally starting with {prefix:?}"
                )));
            }
            Ok(bare.to_string())
        })
        .collect()
}

fn hashtags<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    prefixed_list(d, '#', "hashtag")
}

fn handles<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    prefixed_list(d, '@', "handle")
}

fn domains<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let items = Vec::<String>::deserialize(d)?;
    items
        .into_iter()
        .map(|s| {
            let lower = s.trim().to_ascii_lowercase();
            let bare = lower.strip_prefix("www.").unwrap_or(&lower);
            let valid = bare.contains('.')
                && bare
                    .split('.')
                    .all(|label| !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
            if !valid {
                return Err(de::Error::custom(format!(
                    "{s:?} is not a domain: write it like \"bucklebury.sch.uk\", without https:// or a path"
                )));
            }
            Ok(bare.to_string())
        })
        .collect()
}

fn uk_postcode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = String::deserialize(d)?;
    postcode::normalise(s.trim())
        .map(|_| Some(s.trim().to_string()))
        .ok_or_else(|| de::Error::custom(format!("{s:?} is not a valid UK postcode (like \"RG7 6PL\")")))
}

fn uk_phone<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let s = String::deserialize(d)?;
    phone::national_digits(s.trim())
        .map(|_| Some(s.trim().to_string()))
        .ok_or_else(|| de::Error::custom(format!("{s:?} is not a UK phone number (like \"0118 496 0000\")")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(json: &str) -> ConfigError {
        Config::from_json(json).unwrap_err()
    }

    #[test]
    fn the_embedded_default_is_the_sample_school() {
        let config = Config::default_school();
        assert_eq!(config.school.name, "Bucklebury Primary School");
        assert!(config.pupils.len() >= 300, "{} pupils", config.pupils.len());
        assert!(config.staff.len() >= 30, "{} staff", config.staff.len());
    }

    #[test]
    fn unknown_fields_list_the_allowed_ones() {
        let e = error("{\"role\": \"staff\",\n \"school\": {\"name\": \"X\", \"motto\": \"Be kind\"}}");
        assert_eq!(e.path, "school.motto");
        assert_eq!(e.line, 2);
        assert!(e.message.contains("unknown field `motto`"), "{e}");
        assert!(e.message.contains("`aliases`"), "{e}");
    }

    #[test]
    fn names_with_digits_are_rejected_where_they_are() {
        let e = error(
            r#"{"role": "staff", "school": {"name": "X"}, "pupils": [{"first": "Amelia", "last": "Hart"}, {"first": "B0b", "last": "Smith"}]}"#,
        );
        assert_eq!(e.path, "pupils[1].first");
        assert!(e.message.contains("'0'"), "{e}");
    }

    #[test]
    fn bad_roles_kinds_and_severities_are_named() {
        assert!(error(r#"{"role": "teacher", "school": {"name": "X"}}"#).message.contains("unknown variant `teacher`"));
        let e = error(r#"{"role": "staff", "school": {"name": "X"}, "severity": {"pupil": "block"}}"#);
        assert!(e.message.contains("unknown variant `pupil`"), "{e}");
        let e = error(r#"{"role": "staff", "school": {"name": "X"}, "severity": {"pupil_name": "stop"}}"#);
        assert_eq!(e.path, "severity");
        assert!(e.message.contains("unknown variant `stop`, expected one of `info`, `warn`, `block`"), "{e}");
    }

    #[test]
    fn malformed_json_reports_line_and_column() {
        let e = error("{\"role\": \"staff\",\n\"school\": {\"name\": \"X\",}}");
        assert_eq!((e.line, e.path.as_str()), (2, "school"));
        let e = error("{\"role\": \"staff\", \"school\": {\"name\": \"X\"}} trailing");
        assert!(e.message.contains("trailing"), "{e}");
    }

    #[test]
    fn handles_hashtags_and_domains_are_normalised() {
        let c = Config::from_json(
            r##"{"role": "parent", "school": {"name": "X", "hashtags": ["#XPrimary"], "handles": ["XPS"], "domains": ["WWW.X.sch.uk"]}}"##,
        )
        .unwrap();
        assert_eq!(c.school.hashtags, ["XPrimary"]);
        assert_eq!(c.school.handles, ["XPS"]);
        assert_eq!(c.school.domains, ["x.sch.uk"]);
        assert_eq!(
            error(r#"{"role": "staff", "school": {"name": "X", "domains": ["https://x.sch.uk/"]}}"#).path,
            "school.domains"
        );
    }

    #[test]
    fn missing_school_name_is_an_error() {
        let e = error(r#"{"role": "staff", "school": {}}"#);
        assert!(e.message.contains("missing field `name`"), "{e}");
    }
}
