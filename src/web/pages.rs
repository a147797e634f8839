//! The engine for PostGuard's extension pages (`--features pages`): the
//! policy page and the options page (its "try a post" box, roster import,
//! settings and parent file).

use wasm_bindgen::prelude::*;

use crate::finding::records;
use crate::{Config, Engine};

/// One school's engine, built once and reused for every check.
#[wasm_bindgen]
pub struct Checker {
    engine: Engine,
}

#[wasm_bindgen]
impl Checker {
    /// Builds an engine from a configuration's JSON, or the embedded sample school when `None`.
    #[wasm_bindgen(constructor)]
    pub fn new(config_json: Option<String>) -> Result<Checker, JsError> {
        let config = match config_json {
            Some(json) => Config::from_json(&json).map_err(|e| JsError::new(&e.to_string()))?,
            None => Config::default_school(),
        };
        let engine = Engine::new(&config);
        Ok(Checker { engine })
    }

    /// The findings in `text`: `[{kind, start, end, text, severity, clauses, message, suggestion}]`.
    pub fn check(&self, text: &str) -> Result<JsValue, JsError> {
        let findings = self.engine.check(text);
        serde_wasm_bindgen::to_value(&records(text, &findings)).map_err(|e| JsError::new(&e.to_string()))
    }
}

/// The school's whole policy for the configured role, for the policy page
/// (see [`crate::guidance::Guidance`]); the embedded sample school when `None`.
#[wasm_bindgen(js_name = policyGuidance)]
pub fn policy_guidance(config_json: Option<String>) -> Result<JsValue, JsError> {
    let config = match config_json {
        Some(json) => Config::from_json(&json).map_err(|e| JsError::new(&e.to_string()))?,
        None => Config::default_school(),
    };
    let guidance = crate::guidance::Guidance::new(&config);
    serde_wasm_bindgen::to_value(&guidance).map_err(|e| JsError::new(&e.to_string()))
}

/// Reads a roster export for the options page (see [`crate::roster`]):
/// `{people, rejected: ["row N: reason"], ignored_columns, encoding}`, or an
/// error saying why the file cannot be used.
#[wasm_bindgen(js_name = importRoster)]
pub fn import_roster(bytes: &[u8], staff: bool) -> Result<JsValue, JsError> {
    use crate::roster::{import, Encoding, RosterKind};
    let kind = if staff { RosterKind::Staff } else { RosterKind::Pupils };
    let import = import(bytes, kind).map_err(|e| JsError::new(&e.to_string()))?;
    let people =
        if staff { serde_json::to_value(&import.roster.staff) } else { serde_json::to_value(&import.roster.pupils) }
            .map_err(|e| JsError::new(&e.to_string()))?;
    let answer = serde_json::json!({
        "people": people,
        "rejected": import.rejected.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "ignored_columns": import.ignored_columns,
        "encoding": match import.encoding { Encoding::Utf8 => "UTF-8", Encoding::Windows1252 => "Windows-1252" },
    });
    json_to_js(&answer)
}

/// The settings in force for extension pages: `{config, locked, paused, schema, stored}` from
/// the managed policy's `config` and `locked` list and the stored `settings` /
/// first-release `config` (each as JSON text, or absent); or an error with its place.
/// `stored` is the person's own settings as stored (migrated), for a page that changes one part of them.
#[wasm_bindgen(js_name = effectiveSettings)]
pub fn effective_settings(
    managed: Option<String>,
    locked: Vec<String>,
    settings: Option<String>,
    legacy_config: Option<String>,
) -> Result<JsValue, JsError> {
    let parse = |json: Option<String>| -> Result<Option<serde_json::Value>, JsError> {
        json.map(|j| serde_json::from_str(&j).map_err(|e| JsError::new(&e.to_string()))).transpose()
    };
    let stored =
        crate::settings::LocalSettings::from_storage(parse(settings)?.as_ref(), parse(legacy_config)?.as_ref())
            .map_err(|e| JsError::new(&e))?;
    let local = stored.clone().under_policy(&locked);
    let effective = crate::settings::effective(parse(managed)?.as_ref(), &locked, local.config.as_ref())
        .map_err(|e| JsError::new(&e.to_string()))?;
    json_to_js(&serde_json::json!({
        "config": effective.json,
        "locked": effective.locked,
        "paused": local.paused,
        "stored": stored,
        "schema": crate::settings::SETTINGS_SCHEMA,
    }))
}

/// Checks a configuration's JSON: `undefined` when it is valid, else the problem with its line and column.
#[wasm_bindgen(js_name = validateConfig)]
pub fn validate_config(json: &str) -> Option<String> {
    Config::from_json(json).err().map(|e| e.to_string())
}

/// The file staff give parents, for a configuration's JSON (see [`crate::settings::parent_file`]).
#[wasm_bindgen(js_name = parentFile)]
pub fn parent_file(config_json: &str) -> Result<String, JsError> {
    let config = Config::from_json(config_json).map_err(|e| JsError::new(&e.to_string()))?;
    serde_json::to_string_pretty(&crate::settings::parent_file(&config)).map_err(|e| JsError::new(&e.to_string()))
}

/// JSON values cross into JavaScript as plain objects (maps would not).
fn json_to_js(value: &serde_json::Value) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(value, &serializer).map_err(|e| JsError::new(&e.to_string()))
}
