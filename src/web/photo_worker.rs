//! The photo engine, run by the extension's background worker (`--features photo-worker`): a
//! picture someone attached is read there, off the page's main thread and under the extension's
//! own CSP (WebAssembly allowed whatever the page's CSP says). It answers with the facts only —
//! size, faces, position, time, camera, the metadata's words — and the content script checks
//! those words against the roster, which never leaves the page's isolated world.
//!
//! The face model (1.2 MB) is parsed on the first photo, never before: a worker that only ever
//! starts pages' engines pays nothing for it.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::photo::{inspect, FaceDetector};

thread_local! {
    static DETECTOR: RefCell<Option<FaceDetector>> = const { RefCell::new(None) };
}

/// The facts of one file's bytes (see [`crate::photo::PhotoFacts`]), or an error that says why
/// it could not be read (not an image, truncated, too many pixels).
#[wasm_bindgen(js_name = inspectPhoto)]
pub fn inspect_photo(bytes: &[u8]) -> Result<JsValue, JsError> {
    DETECTOR.with(|slot| {
        let mut slot = slot.borrow_mut();
        let detector = slot.get_or_insert_with(FaceDetector::seeta_frontal);
        let facts = inspect(bytes, Some(detector)).map_err(|e| JsError::new(&e.to_string()))?;
        serde_wasm_bindgen::to_value(&facts).map_err(|e| JsError::new(&e.to_string()))
    })
}
