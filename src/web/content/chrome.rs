//! The few extension APIs the content script uses: the stored configuration,
//! and the policy page.
//!
//! School IT's managed policy wins over the person's local settings, which win
//! over the embedded sample school. Chromium can take seconds to answer for
//! managed storage (measured: it may not answer at all before a page is
//! used), so the content script starts with what it has and switches when the
//! policy arrives.

use js_sys::{Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "managed"], js_name = get)]
    fn managed_get(key: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = get)]
    fn local_get(key: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "runtime"], js_name = getURL)]
    fn runtime_get_url(path: &str) -> String;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "runtime"], js_name = sendMessage)]
    fn runtime_send_message(message: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &js_sys::Function, millis: i32) -> JsValue;
}

/// The address of the extension page that shows the school's whole policy.
pub fn policy_page_url() -> String {
    runtime_get_url("pages/policy.html")
}

/// Asks the service worker to open the policy page in a new tab (a web page
/// cannot navigate to an extension page itself).
pub fn open_policy_page() {
    let message = js_sys::Object::new();
    Reflect::set(&message, &"type".into(), &"postguard:open-policy".into()).ok();
    if let Ok(promise) = runtime_send_message(&message) {
        wasm_bindgen_futures::spawn_local(async move {
            JsFuture::from(promise).await.ok();
        });
    }
}

/// The key under which the configuration is stored (managed policy and local settings alike).
pub const CONFIG_KEY: &str = "config";

/// How long to wait for the managed policy before starting without it.
const MANAGED_WAIT_MS: i32 = 300;

/// The configuration to start with, and the managed policy's answer if it is still to come.
pub struct Startup {
    /// Configuration JSON; `None` means the embedded default.
    pub config: Option<String>,
    /// Resolves with the managed configuration when it arrives late.
    pub late_policy: Option<Promise>,
}

/// Reads managed and local settings, waiting a short while for the managed ones.
pub async fn startup_config() -> Startup {
    let managed = managed_get(CONFIG_KEY).ok();
    let local = match local_get(CONFIG_KEY) {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|items| config_in(&items)),
        Err(_) => None,
    };
    let Some(managed) = managed else { return Startup { config: local, late_policy: None } };
    let timeout = Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, MANAGED_WAIT_MS);
    });
    let first = JsFuture::from(Promise::race(&js_sys::Array::of2(&managed, &timeout))).await.ok();
    match first.as_ref().and_then(config_in) {
        Some(policy) => Startup { config: Some(policy), late_policy: None },
        None if first.as_ref().is_some_and(|v| !v.is_undefined()) => Startup { config: local, late_policy: None },
        None => Startup { config: local, late_policy: Some(managed) },
    }
}

/// The managed configuration, once Chromium answers (`None` when there is no policy).
pub async fn late_policy(promise: Promise) -> Option<String> {
    JsFuture::from(promise).await.ok().and_then(|items| config_in(&items))
}

/// The `config` entry of a storage answer, as JSON text.
fn config_in(items: &JsValue) -> Option<String> {
    let value = Reflect::get(items, &JsValue::from_str(CONFIG_KEY)).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    // Policies carry the configuration as an object; local settings as a string or an object.
    match value.as_string() {
        Some(json) => Some(json),
        None => JSON::stringify(&value).ok()?.as_string(),
    }
}
