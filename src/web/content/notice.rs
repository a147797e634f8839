//! A short message in the closed layer (`role="status"`, read out by screen readers), for what is not a finding:
//! "checked, nothing to flag" after a post held while PostGuard was starting. It takes no clicks and goes by itself.

use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, ShadowRoot};

/// How long a notice stays, in ms: long enough to read twice.
const SHOWN_MS: u32 = 8_000;

pub struct Notice {
    element: HtmlElement,
    hide_later: Option<Timeout>,
}

impl Notice {
    pub fn new(document: &Document, root: &ShadowRoot) -> Result<Notice, JsError> {
        let fail = |_| JsError::new("cannot add the notice");
        let element: HtmlElement = document.create_element("div").map_err(fail)?.unchecked_into();
        element.set_class_name("notice");
        element.set_attribute("role", "status").map_err(fail)?;
        element.set_attribute("aria-live", "polite").map_err(fail)?;
        element.set_hidden(true);
        root.append_child(&element).map_err(fail)?;
        Ok(Notice { element, hide_later: None })
    }

    /// Shows `text` for a few seconds.
    pub fn say(&mut self, text: &str) {
        self.element.set_text_content(Some(text));
        self.element.set_hidden(false);
        let element = self.element.clone();
        self.hide_later = Some(Timeout::new(SHOWN_MS, move || element.set_hidden(true)));
    }

    pub fn hide(&mut self) {
        self.hide_later = None;
        self.element.set_hidden(true);
    }
}
