//! The browser layer: compiled only for `wasm32`, a thin shell over the core.
//!
//! [`Checker`] is what extension pages (the options page's "try a post" box)
//! and the content script call; offsets cross into JavaScript as UTF-16 code
//! units, exactly as JavaScript indexes strings.

use wasm_bindgen::prelude::*;

pub mod content;

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
        let engine = Engine::new(&config).map_err(|e| JsError::new(&e.to_string()))?;
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
