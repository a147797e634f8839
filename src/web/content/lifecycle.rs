//! Starting the content script in a frame, and following the settings as they
//! change: the options page or the toolbar pop-up saving, school IT's policy
//! arriving late or being updated. A change applies to the open page at once
//! (no reload, so no draft is put at risk): a new engine, or a pause on this
//! site that takes every highlight, card and note away until resumed.

use wasm_bindgen::prelude::*;
use web_sys::Document;

use super::browser_json::to_json;
use super::{chrome, Runtime, RUNTIME};
use crate::json::Json;
use crate::settings::{effective_config, LocalSettings};
use crate::Engine;

/// Starts the content script in this frame. Called once by the bootstrap, with school IT's policy as the service
/// worker read it (`undefined` when it had not answered yet) and the person's stored settings as it read them
/// (`undefined` when it could not).
#[wasm_bindgen(js_name = startContentScript)]
pub async fn start_content_script(managed: JsValue, local: JsValue) -> Result<(), JsError> {
    let started = follow(chrome::startup(Some(managed), Some(local)).await);
    // Listening only once started: a change read while the first start was under way could start a second runtime.
    chrome::on_settings_changed(|| {
        wasm_bindgen_futures::spawn_local(async {
            if let Err(e) = follow(chrome::startup(None, None).await) {
                web_sys::console::warn_1(&JsValue::from(e));
            }
        })
    });
    started
}

/// Applies the settings just read: starts the runtime, gives it a new engine, pauses or resumes it.
fn follow(startup: chrome::Startup) -> Result<(), JsError> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsError::new("no document"))?;
    let local = local_settings(&startup).under_policy(&startup.managed.locked);
    let host = document.location().and_then(|l| l.hostname().ok()).unwrap_or_default();
    let paused = local.is_paused(&host);
    let running = RUNTIME.with(|r| r.borrow().clone());
    match running {
        Some(runtime) if paused => runtime.pause(),
        Some(runtime) => {
            let engine = build_engine(&startup.managed, &local)?;
            runtime.resume();
            runtime.replace_engine(engine);
        }
        None if paused => return Ok(()), // nothing of PostGuard on this site until the person resumes it
        None => start(&document, build_engine(&startup.managed, &local)?)?,
    }
    if let Some(promise) = startup.late_policy {
        wasm_bindgen_futures::spawn_local(async move {
            let Some(policy) = chrome::late_policy(promise).await else { return };
            let Some(runtime) = RUNTIME.with(|r| r.borrow().clone()) else { return };
            match build_engine(&policy, &local) {
                Ok(engine) => runtime.replace_engine(engine),
                Err(e) => web_sys::console::warn_1(&JsValue::from(e)),
            }
        });
    }
    Ok(())
}

fn start(document: &Document, engine: Engine) -> Result<(), JsError> {
    let runtime = Runtime::new(document.clone(), engine)?;
    runtime.listen(document);
    let restored = runtime.clone();
    runtime.state.borrow().layer.on_restored(move || restored.remeasure());
    runtime.review_signup_soon();
    runtime.watch_request_lists(document);
    runtime.after_start();
    RUNTIME.with(|r| *r.borrow_mut() = Some(runtime));
    Ok(())
}

/// The person's settings; unreadable ones are reported and left out (the school's policy and default still apply).
fn local_settings(startup: &chrome::Startup) -> LocalSettings<Json> {
    let read = |value: Option<&JsValue>| value.map(to_json).transpose();
    let stored =
        read(startup.settings.as_ref()).and_then(|settings| Ok((settings, read(startup.legacy_config.as_ref())?)));
    let settings =
        stored.and_then(|(settings, legacy)| LocalSettings::from_storage(settings.as_ref(), legacy.as_ref()));
    settings.unwrap_or_else(|e| {
        web_sys::console::warn_1(&JsValue::from(format!("PostGuard: {e}")));
        LocalSettings::default()
    })
}

/// The engine for school IT's policy combined with the person's settings (see [`crate::settings::effective`]).
fn build_engine(policy: &chrome::ManagedPolicy, local: &LocalSettings<Json>) -> Result<Engine, JsError> {
    let fail = |e: String| JsError::new(&format!("PostGuard configuration: {e}"));
    // Windows' registry and some consoles hand the policy over as JSON text.
    let managed = match policy.config.as_ref().map(to_json).transpose().map_err(fail)? {
        Some(Json::String(text)) => Some(Json::parse(&text).map_err(|e| fail(e.to_string()))?),
        other => other,
    };
    let config = effective_config(managed, &policy.locked, local.config.as_ref()).map_err(|e| fail(e.to_string()))?;
    Ok(Engine::deferred(config))
}
