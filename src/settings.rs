//! What the extension stores and how school IT's managed policy combines with
//! it: the effective configuration, which fields the policy locks, the
//! person's local settings (with a schema version, migrated from older
//! shapes), and the parent file staff hand out.
//!
//! Stored in `chrome.storage.local` under `settings`:
//! `{"schema": 1, "config": {…configuration…}, "paused": ["www.facebook.com"]}`.
//! The first releases stored the configuration alone under `config` (JSON
//! text or an object); [`LocalSettings::from_storage`] reads both.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::config::DEFAULT_CONFIG_JSON;
use crate::{Config, ConfigError};

/// The current schema of stored settings.
pub const SETTINGS_SCHEMA: u32 = 1;

/// The configuration fields a managed policy can set (and so lock).
pub const CONFIG_FIELDS: &[&str] = &["role", "school", "pupils", "staff", "severity"];

/// What the managed policy's `locked` list may name: the configuration fields, and `paused`.
pub const LOCKABLE: &[&str] = &["role", "school", "pupils", "staff", "severity", "paused"];

/// The person's own settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalSettings {
    /// Schema version ([`SETTINGS_SCHEMA`]).
    pub schema: u32,
    /// Their configuration (a whole or partial configuration object), if they set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<Value>,
    /// Host names where PostGuard is paused.
    #[serde(default)]
    pub paused: Vec<String>,
}

impl Default for LocalSettings {
    fn default() -> LocalSettings {
        LocalSettings { schema: SETTINGS_SCHEMA, config: None, paused: Vec::new() }
    }
}

impl LocalSettings {
    /// Reads what `chrome.storage.local` holds: `settings` (current), or a
    /// first-release `config` (JSON text or object), migrated.
    pub fn from_storage(settings: Option<&Value>, legacy_config: Option<&Value>) -> Result<LocalSettings, String> {
        if let Some(value) = settings.filter(|v| !v.is_null()) {
            let schema = value.get("schema").and_then(Value::as_u64).ok_or("stored settings have no schema version")?;
            if schema > u64::from(SETTINGS_SCHEMA) {
                return Err(format!(
                    "stored settings are schema {schema}, newer than this version of PostGuard ({SETTINGS_SCHEMA})"
                ));
            }
            return serde_json::from_value(value.clone()).map_err(|e| format!("stored settings: {e}"));
        }
        let config = match legacy_config {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => {
                Some(serde_json::from_str(text).map_err(|e| format!("stored configuration: {e}"))?)
            }
            Some(value) => Some(value.clone()),
        };
        Ok(LocalSettings { config, ..LocalSettings::default() })
    }

    /// Whether PostGuard is paused on `host`.
    pub fn is_paused(&self, host: &str) -> bool {
        self.paused.iter().any(|p| p.eq_ignore_ascii_case(host))
    }

    /// These settings under a managed policy whose `locked` list may forbid pausing.
    pub fn under_policy(mut self, managed_locked: &[String]) -> LocalSettings {
        if managed_locked.iter().any(|f| f == "paused") {
            self.paused.clear();
        }
        self
    }
}

/// The configuration in force, and which fields school IT's policy set.
#[derive(Debug, Clone)]
pub struct Effective {
    /// The merged configuration.
    pub config: Config,
    /// Its JSON object (what the options page shows).
    pub json: Value,
    /// Fields set by the managed policy: shown locked, never overridden locally.
    pub locked: Vec<String>,
}

/// Combines the embedded default, the person's settings and the managed
/// policy, field by field: each top-level field comes from the policy when it
/// sets it, else from local settings (unless the policy's `locked` list names
/// it), else from the default school.
pub fn effective(
    managed: Option<&Value>,
    managed_locked: &[String],
    local: Option<&Value>,
) -> Result<Effective, ConfigError> {
    let mut merged: Map<String, Value> =
        serde_json::from_str(DEFAULT_CONFIG_JSON).expect("the default configuration is valid");
    let mut locked: Vec<String> = Vec::new();
    if let Some(Value::Object(managed)) = managed {
        locked.extend(managed.keys().filter(|f| CONFIG_FIELDS.contains(&f.as_str())).cloned());
    }
    for field in managed_locked.iter().filter(|f| LOCKABLE.contains(&f.as_str())) {
        if !locked.contains(field) {
            locked.push(field.clone());
        }
    }
    if let Some(Value::Object(local)) = local {
        merged.extend(local.iter().filter(|(f, _)| !locked.contains(f)).map(|(f, v)| (f.clone(), v.clone())));
    }
    if let Some(Value::Object(managed)) = managed {
        merged.extend(managed.clone());
    }
    let json = Value::Object(merged);
    let config = Config::from_json(&serde_json::to_string_pretty(&json).expect("JSON values serialise"))?;
    Ok(Effective { config, json, locked })
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
        assert_eq!(LocalSettings::from_storage(None, None).unwrap(), LocalSettings::default());
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
        assert!(LocalSettings::from_storage(Some(&json!({"schema": 1, "colour": "red"})), None).is_err());
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
    fn locked_fields_ignore_local_values_even_when_the_policy_leaves_them_out() {
        let local = json!({"role": "parent", "severity": {"pupil_name": "info"}, "school": {"name": "Elsewhere"}});
        let locked = vec!["severity".to_owned(), "paused".to_owned(), "colour".to_owned()];
        let effective = effective(None, &locked, Some(&local)).unwrap();
        assert!(effective.config.severity.is_empty(), "the local severity is ignored");
        assert_eq!(effective.config.role, crate::Role::Parent, "unlocked fields stay the person's");
        assert_eq!(effective.locked, ["severity", "paused"], "unknown names are ignored");
        let settings = LocalSettings { paused: vec!["x.com".into()], ..LocalSettings::default() };
        assert!(!settings.clone().under_policy(&locked).is_paused("x.com"));
        assert!(settings.under_policy(&[]).is_paused("x.com"));
    }

    #[test]
    fn without_settings_the_default_school_is_in_force() {
        let effective = effective(None, &[], None).unwrap();
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
