//! The few extension APIs the content script uses: the stored configuration,
//! and the policy page.
//!
//! School IT's managed policy wins over the person's local settings, which win
//! over the embedded sample school. Chromium can take seconds to answer for
//! managed storage (measured: it may not answer at all before a page is
//! used), so the content script starts with what it has and switches when the
//! policy arrives.

use js_sys::{Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "managed"], js_name = get)]
    fn managed_get(keys: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "storage", "local"], js_name = get)]
    fn local_get(keys: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "runtime"], js_name = getURL)]
    fn runtime_get_url(path: &str) -> String;
    #[wasm_bindgen(catch, js_namespace = ["chrome", "runtime"], js_name = sendMessage)]
    fn runtime_send_message(message: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "onChanged"], js_name = addListener)]
    fn storage_on_changed_add_listener(callback: &js_sys::Function);
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

/// Asks the background worker what a photo or video (its bytes as a `data:` URL) shows and carries: the facts
/// of [`crate::photo::PhotoFacts`] as a plain object, or why it could not be read.
pub async fn inspect_photo(data_url: String) -> Result<JsValue, String> {
    let message = js_sys::Object::new();
    Reflect::set(&message, &"type".into(), &"postguard:photo".into()).ok();
    Reflect::set(&message, &"data".into(), &data_url.into()).ok();
    let promise = runtime_send_message(&message).map_err(|_| "PostGuard's worker did not answer".to_owned())?;
    let answer = JsFuture::from(promise).await.map_err(|_| "PostGuard's worker did not answer".to_owned())?;
    let field = |name: &str| Reflect::get(&answer, &name.into()).unwrap_or(JsValue::UNDEFINED);
    if field("ok").as_bool() == Some(true) {
        Ok(field("facts"))
    } else {
        Err(field("error").as_string().unwrap_or_else(|| "it could not be read".into()))
    }
}

/// The key under which school IT's policy carries the configuration.
pub const CONFIG_KEY: &str = "config";

/// The key under which school IT's policy lists the settings people cannot change.
pub const LOCKED_KEY: &str = "locked";

/// School IT's policy, as far as PostGuard reads it.
#[derive(Default)]
pub struct ManagedPolicy {
    /// The configuration (an object, or JSON text from Windows' registry), if the policy sets one.
    pub config: Option<JsValue>,
    /// Fields people cannot change.
    pub locked: Vec<String>,
}

impl ManagedPolicy {
    fn from_items(items: &JsValue) -> ManagedPolicy {
        let locked = Reflect::get(items, &JsValue::from_str(LOCKED_KEY))
            .ok()
            .filter(js_sys::Array::is_array)
            .map(|v| js_sys::Array::from(&v).iter().filter_map(|f| f.as_string()).collect())
            .unwrap_or_default();
        ManagedPolicy { config: stored(items, CONFIG_KEY), locked }
    }

    fn is_empty(&self) -> bool {
        self.config.is_none() && self.locked.is_empty()
    }
}

/// The key of the person's own settings (see [`crate::settings::LocalSettings`]).
pub const SETTINGS_KEY: &str = "settings";

/// How long to wait for the managed policy before starting without it.
const MANAGED_WAIT_MS: i32 = 300;

/// What the content script starts with.
pub struct Startup {
    /// School IT's policy, if it has answered.
    pub managed: ManagedPolicy,
    /// The person's settings, current shape.
    pub settings: Option<JsValue>,
    /// The person's configuration as first releases stored it (an object or JSON text).
    pub legacy_config: Option<JsValue>,
    /// Resolves with the managed configuration when it arrives late.
    pub late_policy: Option<Promise>,
}

/// Reads managed and local settings, waiting a short while for the managed ones; `handed` is the managed storage's
/// answer when the service worker already had it (it reads it when it starts, long before anyone types), and
/// `handed_local` local storage's, which it reads while it injects the engine.
pub async fn startup(handed: Option<JsValue>, handed_local: Option<JsValue>) -> Startup {
    let managed = match handed.filter(|items| items.is_object()) {
        Some(items) => Some(Promise::resolve(&items)),
        None => managed_get(&js_sys::Array::of2(&CONFIG_KEY.into(), &LOCKED_KEY.into())).ok().map(no_policy_on_error),
    };
    let keys = js_sys::Array::of2(&SETTINGS_KEY.into(), &CONFIG_KEY.into());
    let local = match handed_local.filter(|items| items.is_object()) {
        Some(items) => Some(items),
        None => match local_get(&keys) {
            Ok(promise) => JsFuture::from(promise).await.ok(),
            Err(_) => None,
        },
    };
    let settings = local.as_ref().and_then(|items| stored(items, SETTINGS_KEY));
    let legacy_config = local.as_ref().and_then(|items| stored(items, CONFIG_KEY));
    let mut startup = Startup { managed: ManagedPolicy::default(), settings, legacy_config, late_policy: None };
    let Some(managed) = managed else { return startup };
    let timeout = Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, MANAGED_WAIT_MS);
    });
    let first = JsFuture::from(Promise::race(&js_sys::Array::of2(&managed, &timeout))).await.ok();
    match first.as_ref().filter(|v| !v.is_undefined()) {
        Some(items) => startup.managed = ManagedPolicy::from_items(items), // answered (perhaps with no policy)
        None => startup.late_policy = Some(managed),
    }
    startup
}

/// Firefox rejects `storage.managed.get` when no policies.json configures PostGuard ("Managed storage manifest not
/// found"): no policy, resolved as `undefined` like an unanswered read. Handled at once, before anything else is
/// awaited, so Firefox never reports the rejection as unhandled in the page's console.
fn no_policy_on_error(promise: Promise) -> Promise {
    let none = Closure::once(|_: JsValue| {});
    let handled = promise.catch(&none);
    none.forget(); // called at most once, by a promise that outlives this function
    handled
}

/// The managed policy, once Chromium answers (`None` when there is no policy).
pub async fn late_policy(promise: Promise) -> Option<ManagedPolicy> {
    let policy = ManagedPolicy::from_items(&JsFuture::from(promise).await.ok()?);
    (!policy.is_empty()).then_some(policy)
}

/// Calls `changed` whenever school IT's policy or the person's settings
/// change (the options page, the toolbar pop-up), for the page's lifetime.
pub fn on_settings_changed(changed: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn(JsValue, String)>::new(move |changes: JsValue, area: String| {
        let ours = match area.as_str() {
            "managed" => true,
            "local" => {
                [SETTINGS_KEY, CONFIG_KEY].iter().any(|key| Reflect::has(&changes, &(*key).into()).unwrap_or(false))
            }
            _ => false,
        };
        if ours {
            changed();
        }
    });
    storage_on_changed_add_listener(callback.as_ref().unchecked_ref());
    callback.forget(); // listens as long as the page lives
}

/// An entry of a storage answer, if it is set.
fn stored(items: &JsValue, key: &str) -> Option<JsValue> {
    let value = Reflect::get(items, &JsValue::from_str(key)).ok()?;
    (!value.is_undefined() && !value.is_null()).then_some(value)
}
