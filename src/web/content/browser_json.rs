//! The browser's stored values (`chrome.storage` answers: the person's settings, school IT's policy) as
//! [`Json`]: the browser writes each out as text (`JSON.stringify`, native code) and the core reads the text.
//! One call across the boundary per value, where reading the browser's objects field by field took one per field
//! and string (about 1,100 for a 330-person roster; see [`crate::json`]).

use js_sys::JSON;
use wasm_bindgen::JsValue;

use crate::json::Json;

/// `value` as JSON; `undefined` (nothing stored) is `null`.
pub fn to_json(value: &JsValue) -> Result<Json, String> {
    let text = JSON::stringify(value).map_err(|_| "a stored value is not JSON (it holds a cycle or a BigInt)")?;
    match text.as_string() {
        Some(text) => Json::parse(&text).map_err(|e| e.to_string()),
        None => Ok(Json::Null), // undefined, a function or a symbol: nothing JSON can hold
    }
}
