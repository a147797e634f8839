//! The settings' JSON values as the browser holds them: what `chrome.storage`
//! answers and `JSON.parse` makes. The content script merges and reads its
//! settings through these (see [`crate::settings::JsonValue`]) instead of
//! serde_json, whose parser and per-type code were a tenth of its bundle.

use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::settings::JsonValue;
use crate::{Config, ConfigError};

impl JsonValue for JsValue {
    fn parse(text: &str) -> Result<JsValue, String> {
        JSON::parse(text).map_err(|e| {
            e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| "not JSON".into())
        })
    }

    fn as_text(&self) -> Option<String> {
        self.as_string()
    }

    fn as_u64(&self) -> Option<u64> {
        // Whole numbers JavaScript holds exactly.
        self.as_f64().filter(|n| n.fract() == 0.0 && (0.0..=9_007_199_254_740_991.0).contains(n)).map(|n| n as u64)
    }

    fn is_null(&self) -> bool {
        JsValue::is_null(self) || self.is_undefined()
    }

    fn fields(&self) -> Option<Vec<(String, JsValue)>> {
        if !self.is_object() || Array::is_array(self) {
            return None;
        }
        let entries = Object::entries(self.unchecked_ref());
        Some(
            entries
                .iter()
                .map(|entry| {
                    let pair = Array::from(&entry);
                    (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
                })
                .collect(),
        )
    }

    fn items(&self) -> Option<Vec<JsValue>> {
        Array::is_array(self).then(|| Array::from(self).iter().collect())
    }

    fn object(fields: Vec<(String, JsValue)>) -> JsValue {
        let pairs: Array = fields.into_iter().map(|(name, value)| Array::of2(&name.into(), &value)).collect();
        // `fromEntries` defines each field as the object's own, even one named `__proto__`.
        Object::from_entries(&pairs).map(JsValue::from).unwrap_or_else(|_| Object::new().into())
    }

    /// Without a line and column: the merged object was never text. The options page, where people edit their
    /// settings, reports the same error with its place.
    fn to_config(&self) -> Result<Config, ConfigError> {
        serde_wasm_bindgen::from_value(self.clone()).map_err(|e| ConfigError {
            path: String::new(),
            line: 0,
            column: 0,
            message: e.to_string(),
        })
    }
}
