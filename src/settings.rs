//! What the extension stores and how school IT's managed policy combines with
//! it: the effective configuration, which fields the policy locks, the
//! person's local settings (with a schema version, migrated from older
//! shapes), and the parent file staff hand out.
//!
//! Stored in `chrome.storage.local` under `settings`:
//! `{"schema": 1, "config": {…configuration…}, "paused": ["www.facebook.com"]}`.
//! The first releases stored the configuration alone under `config` (JSON
//! text or an object); [`LocalSettings::from_storage`] reads both.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::config::DEFAULT_CONFIG_JSON;
use crate::json::{Json, Number};
use crate::{Config, ConfigError};

/// The current schema of stored settings.
pub const SETTINGS_SCHEMA: u32 = 1;

/// The configuration fields a managed policy can set (and so lock).
pub const CONFIG_FIELDS: &[&str] = &["role", "school", "pupils", "staff", "severity"];

/// What the managed policy's `locked` list may name: the configuration fields, and `paused`.
pub const LOCKABLE: &[&str] = &["role", "school", "pupils", "staff", "severity", "paused"];

/// What the settings' rules read of a JSON value. serde_json's [`Value`] in
/// the CLI and on the extension's pages; the content script reads the
/// browser's own values (`JSON.parse`, `chrome.storage`), so that its bundle,
/// loaded on every page, carries no JSON parser.
pub trait JsonValue: Clone + Sized {
    /// Parses JSON text.
    fn parse(text: &str) -> Result<Self, String>;
    /// The text of a string.
    fn as_text(&self) -> Option<String>;
    /// A whole number.
    fn as_u64(&self) -> Option<u64>;
    /// Whether it is `null`.
    fn is_null(&self) -> bool;
    /// An object's fields; `None` when it is not an object.
    fn fields(&self) -> Option<Vec<(String, Self)>>;
    /// An object's fields, taken out of it (the sample school's roster is not copied); `None` when it is not an
    /// object.
    fn into_fields(self) -> Option<Vec<(String, Self)>>;
    /// An array's items; `None` when it is not an array.
    fn items(&self) -> Option<Vec<Self>>;
    /// The object of `fields`.
    fn object(fields: Vec<(String, Self)>) -> Self;
    /// The configuration this value describes, validated.
    fn to_config(&self) -> Result<Config, ConfigError>;
    /// The configuration this value describes, validated, taking the value's strings rather than copying them.
    fn into_config(self) -> Result<Config, ConfigError> {
        self.to_config()
    }
}

impl JsonValue for Value {
    fn parse(text: &str) -> Result<Value, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
    fn as_text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn as_u64(&self) -> Option<u64> {
        Value::as_u64(self)
    }
    fn is_null(&self) -> bool {
        Value::is_null(self)
    }
    fn fields(&self) -> Option<Vec<(String, Value)>> {
        self.as_object().map(|fields| fields.iter().map(|(name, value)| (name.clone(), value.clone())).collect())
    }
    fn into_fields(self) -> Option<Vec<(String, Value)>> {
        match self {
            Value::Object(fields) => Some(fields.into_iter().collect()),
            _ => None,
        }
    }
    fn items(&self) -> Option<Vec<Value>> {
        self.as_array().cloned()
    }
    fn object(fields: Vec<(String, Value)>) -> Value {
        Value::Object(fields.into_iter().collect::<Map<String, Value>>())
    }
    /// Through JSON text, so that an error has its line and column (in the merged configuration the options page
    /// shows).
    fn to_config(&self) -> Result<Config, ConfigError> {
        Config::from_json(&serde_json::to_string_pretty(self).expect("JSON values serialise"))
    }
}

/// The content script's values: its own small reader instead of serde_json (see [`crate::json`]).
impl JsonValue for Json {
    fn parse(text: &str) -> Result<Json, String> {
        Json::parse(text).map_err(|e| e.to_string())
    }
    fn as_text(&self) -> Option<String> {
        match self {
            Json::String(text) => Some(text.clone()),
            _ => None,
        }
    }
    fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(Number::Unsigned(n)) => Some(*n),
            _ => None,
        }
    }
    fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
    fn fields(&self) -> Option<Vec<(String, Json)>> {
        match self {
            Json::Object(fields) => Some(fields.clone()),
            _ => None,
        }
    }
    fn into_fields(self) -> Option<Vec<(String, Json)>> {
        match self {
            Json::Object(fields) => Some(fields),
            _ => None,
        }
    }
    fn items(&self) -> Option<Vec<Json>> {
        match self {
            Json::Array(items) => Some(items.clone()),
            _ => None,
        }
    }
    fn object(fields: Vec<(String, Json)>) -> Json {
        Json::Object(fields)
    }
    fn to_config(&self) -> Result<Config, ConfigError> {
        Config::from_json_value(self)
    }
    fn into_config(self) -> Result<Config, ConfigError> {
        Config::from_json_tree(self)
    }
}

/// The person's own settings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocalSettings<V = Value> {
    /// Schema version ([`SETTINGS_SCHEMA`]).
    pub schema: u32,
    /// Their configuration (a whole or partial configuration object), if they set one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<V>,
    /// Host names where PostGuard is paused.
    pub paused: Vec<String>,
}

impl<V> Default for LocalSettings<V> {
    fn default() -> LocalSettings<V> {
        LocalSettings { schema: SETTINGS_SCHEMA, config: None, paused: Vec::new() }
    }
}

/// The fields of stored settings.
const SETTINGS_FIELDS: [&str; 3] = ["schema", "config", "paused"];

impl<V: JsonValue> LocalSettings<V> {
    /// Reads what `chrome.storage.local` holds: `settings` (current), or a
    /// first-release `config` (JSON text or object), migrated.
    pub fn from_storage(settings: Option<&V>, legacy_config: Option<&V>) -> Result<LocalSettings<V>, String> {
        if let Some(value) = settings.filter(|v| !v.is_null()) {
            let fields = value.fields().ok_or("stored settings are not an object")?;
            if let Some((unknown, _)) = fields.iter().find(|(name, _)| !SETTINGS_FIELDS.contains(&name.as_str())) {
                return Err(format!(
                    "stored settings: unknown field `{unknown}`, expected `schema`, `config` or `paused`"
                ));
            }
            let field = |name: &str| fields.iter().find(|(n, v)| n == name && !v.is_null()).map(|(_, v)| v);
            let schema = field("schema").and_then(V::as_u64).ok_or("stored settings have no schema version")?;
            if schema > u64::from(SETTINGS_SCHEMA) {
                return Err(format!(
                    "stored settings are schema {schema}, newer than this version of PostGuard ({SETTINGS_SCHEMA})"
                ));
            }
            let paused = match field("paused") {
                None => Vec::new(),
                Some(list) => list
                    .items()
                    .and_then(|hosts| hosts.iter().map(V::as_text).collect::<Option<Vec<String>>>())
                    .ok_or("stored settings: `paused` is not a list of host names")?,
            };
            return Ok(LocalSettings { schema: schema as u32, config: field("config").cloned(), paused });
        }
        let config = match legacy_config.filter(|v| !v.is_null()) {
            None => None,
            Some(value) => match value.as_text() {
                Some(text) => Some(V::parse(&text).map_err(|e| format!("stored configuration: {e}"))?),
                None => Some(value.clone()),
            },
        };
        Ok(LocalSettings { config, ..LocalSettings::default() })
    }
}

impl<V> LocalSettings<V> {
    /// Whether PostGuard is paused on `host`.
    pub fn is_paused(&self, host: &str) -> bool {
        self.paused.iter().any(|p| p.eq_ignore_ascii_case(host))
    }

    /// These settings under a managed policy whose `locked` list may forbid pausing.
    pub fn under_policy(mut self, managed_locked: &[String]) -> LocalSettings<V> {
        if managed_locked.iter().any(|f| f == "paused") {
            self.paused.clear();
        }
        self
    }
}

/// The configuration in force, and which fields school IT's policy set.
#[derive(Debug, Clone)]
pub struct Effective<V = Value> {
    /// The merged configuration.
    pub config: Config,
    /// Its JSON object (what the options page shows).
    pub json: V,
    /// Fields set by the managed policy: shown locked, never overridden locally.
    pub locked: Vec<String>,
}

/// Combines the embedded default, the person's settings and the managed
/// policy, field by field: each top-level field comes from the policy when it
/// sets it, else from local settings (unless the policy's `locked` list names
/// it), else from the default school.
pub fn effective<V: JsonValue>(
    managed: Option<&V>,
    managed_locked: &[String],
    local: Option<&V>,
) -> Result<Effective<V>, ConfigError> {
    let (json, locked) = merged(managed.cloned(), managed_locked, local);
    let config = json.to_config()?;
    Ok(Effective { config, json, locked })
}

/// The configuration in force, as [`effective`] combines it, when only the configuration is wanted (the content
/// script): the policy's fields are moved into it, and it is read without copying its strings.
pub fn effective_config<V: JsonValue>(
    managed: Option<V>,
    managed_locked: &[String],
    local: Option<&V>,
) -> Result<Config, ConfigError> {
    merged(managed, managed_locked, local).0.into_config()
}

/// The merged configuration object of [`effective`], and the fields the policy locks.
fn merged<V: JsonValue>(managed: Option<V>, managed_locked: &[String], local: Option<&V>) -> (V, Vec<String>) {
    let default = V::parse(DEFAULT_CONFIG_JSON).expect("the default configuration is valid");
    let mut merged = default.into_fields().expect("the default configuration is an object");
    let managed = managed.and_then(V::into_fields);
    let mut locked: Vec<String> = Vec::new();
    if let Some(managed) = &managed {
        locked.extend(managed.iter().map(|(f, _)| f).filter(|f| CONFIG_FIELDS.contains(&f.as_str())).cloned());
    }
    for field in managed_locked.iter().filter(|f| LOCKABLE.contains(&f.as_str())) {
        if !locked.contains(field) {
            locked.push(field.clone());
        }
    }
    let mut set = |field: String, value: V| match merged.iter_mut().find(|(f, _)| *f == field) {
        Some(slot) => slot.1 = value,
        None => merged.push((field, value)),
    };
    for (field, value) in local.and_then(V::fields).unwrap_or_default() {
        if !locked.contains(&field) {
            set(field, value);
        }
    }
    for (field, value) in managed.unwrap_or_default() {
        set(field, value);
    }
    (V::object(merged), locked)
}

/// The file staff or IT give parents: the school's identifiers, complaints
/// procedure and severities, role `parent`, and never the roster.
pub fn parent_file(config: &Config) -> Value {
    let mut school = serde_json::to_value(&config.school).expect("the school serialises");
    if let Value::Object(fields) = &mut school {
        // Staff contacts are for staff; parents get the complaints procedure.
        fields.remove("safeguarding_lead");
    }
    serde_json::json!({
        "version": config.version,
        "role": "parent",
        "school": school,
        "severity": config.severity,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn first_release_settings_migrate() {
        let text = Value::String(r#"{"role": "parent", "school": {"name": "X"}}"#.into());
        let settings = LocalSettings::from_storage(None, Some(&text)).unwrap();
        assert_eq!(settings.schema, SETTINGS_SCHEMA);
        assert_eq!(settings.config.unwrap()["role"], "parent");
        let object = json!({"role": "pupil", "school": {"name": "X"}});
        assert_eq!(LocalSettings::from_storage(None, Some(&object)).unwrap().config.unwrap()["role"], "pupil");
        assert_eq!(LocalSettings::<Value>::from_storage(None, None).unwrap(), LocalSettings::default());
    }

    #[test]
    fn current_settings_are_read_and_future_ones_refused() {
        let stored = json!({"schema": 1, "config": {"role": "parent"}, "paused": ["www.facebook.com"]});
        let settings = LocalSettings::from_storage(Some(&stored), None).unwrap();
        assert!(settings.is_paused("WWW.FACEBOOK.COM"));
        assert!(!settings.is_paused("x.com"));
        let future = json!({"schema": 9, "config": {}});
        assert!(LocalSettings::from_storage(Some(&future), None).unwrap_err().contains("newer"));
        assert!(LocalSettings::from_storage(Some(&json!({"paused": []})), None).is_err());
        let unknown = LocalSettings::from_storage(Some(&json!({"schema": 1, "colour": "red"})), None).unwrap_err();
        assert!(unknown.contains("`colour`"), "{unknown}");
        let paused = LocalSettings::from_storage(Some(&json!({"schema": 1, "paused": "x.com"})), None).unwrap_err();
        assert!(paused.contains("`paused`"), "{paused}");
        assert!(LocalSettings::from_storage(Some(&json!({"schema": 1, "paused": [1]})), None).is_err());
        assert!(LocalSettings::from_storage(Some(&json!([1])), None).unwrap_err().contains("not an object"));
        let null_fields = json!({"schema": 1, "config": null, "paused": null});
        assert_eq!(LocalSettings::from_storage(Some(&null_fields), None).unwrap(), LocalSettings::default());
    }

    #[test]
    fn managed_fields_win_and_are_locked_local_fields_fill_in() {
        let managed = json!({"role": "staff", "school": {"name": "Hill Top School", "headteacher": "Dr Ada Obi"}});
        let local = json!({"role": "parent", "severity": {"pupil_name": "block"}, "pupils": [{"first": "Zoë", "last": "Smith"}]});
        let effective = effective(Some(&managed), &[], Some(&local)).unwrap();
        assert_eq!(effective.config.role, crate::Role::Staff);
        assert_eq!(effective.config.school.name, "Hill Top School");
        assert_eq!(effective.config.pupils.len(), 1, "the local roster is kept");
        assert_eq!(effective.config.severity.len(), 1);
        assert_eq!(effective.locked, ["role", "school"]);
    }

    #[test]
    fn the_content_script_reads_the_configuration_the_pages_read() {
        let managed = json!({"role": "staff", "school": {"name": "Hill Top School", "headteacher": "Dr Ada Obi"}});
        let local = json!({"role": "parent", "severity": {"pupil_name": "block"}, "pupils": [{"first": "Zoë", "last": "Smith"}]});
        let bad = json!({"school": {"name": "Hill Top School", "phone": "12"}});
        let locked = vec!["role".to_string(), "pupils".to_string()];
        let cases: [(Option<&Value>, &[String], Option<&Value>); 6] = [
            (None, &[], None),
            (Some(&managed), &[], None),
            (None, &[], Some(&local)),
            (Some(&managed), &locked, Some(&local)),
            (None, &[], Some(&bad)),
            (Some(&bad), &[], Some(&local)),
        ];
        let as_json = |value: &Value| Json::parse(&value.to_string()).unwrap();
        for (managed, locked, local) in cases {
            let pages = effective(managed, locked, local).map(|e| e.config);
            let content = effective_config(managed.map(as_json), locked, local.map(as_json).as_ref());
            match (&pages, &content) {
                (Ok(a), Ok(b)) => assert_eq!(a, b),
                (Err(a), Err(b)) => assert!(a.to_string().ends_with(&b.to_string()), "{a} against {b}"),
                _ => panic!("{managed:?} {locked:?} {local:?}: pages {pages:?}, content script {content:?}"),
            }
        }
    }

    #[test]
    fn locked_fields_ignore_local_values_even_when_the_policy_leaves_them_out() {
        let local = json!({"role": "parent", "severity": {"pupil_name": "info"}, "school": {"name": "Elsewhere"}});
        let locked = vec!["severity".to_owned(), "paused".to_owned(), "colour".to_owned()];
        let effective = effective(None, &locked, Some(&local)).unwrap();
        assert!(effective.config.severity.is_empty(), "the local severity is ignored");
        assert_eq!(effective.config.role, crate::Role::Parent, "unlocked fields stay the person's");
        assert_eq!(effective.locked, ["severity", "paused"], "unknown names are ignored");
        let settings: LocalSettings = LocalSettings { paused: vec!["x.com".into()], ..LocalSettings::default() };
        assert!(!settings.clone().under_policy(&locked).is_paused("x.com"));
        assert!(settings.under_policy(&[]).is_paused("x.com"));
    }

    #[test]
    fn without_settings_the_default_school_is_in_force() {
        let effective = effective::<Value>(None, &[], None).unwrap();
        assert_eq!(effective.config.school.name, "Bucklebury Primary School");
        assert!(effective.locked.is_empty());
    }

    #[test]
    fn a_bad_field_is_reported_with_its_place() {
        let local = json!({"role": "teacher"});
        let e = effective(None, &[], Some(&local)).unwrap_err();
        assert_eq!(e.path, "role");
        assert!(e.line > 0);
    }

    #[test]
    fn the_parent_file_has_no_roster_and_no_staff_contacts() {
        let file = parent_file(&Config::default_school());
        assert_eq!(file["role"], "parent");
        assert_eq!(file["school"]["name"], "Bucklebury Primary School");
        assert!(file.get("pupils").is_none() && file.get("staff").is_none());
        assert!(file["school"].get("safeguarding_lead").is_none());
        assert!(file["school"]["complaints"].is_string());
        // It is a valid configuration on its own.
        Config::from_json(&file.to_string()).unwrap();
    }
}
