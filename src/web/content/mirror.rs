//! A mirror of a textarea or text input, laid exactly over it, so that
//! findings can be painted in a field whose text ranges are out of reach.
//! The mirror's text is transparent and it lets every click through; only the
//! highlights show. The field itself is never touched.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlTextAreaElement, Text};

use super::px;

/// Properties that decide where each character of a field is drawn.
const LAYOUT_PROPERTIES: &[&str] = &[
    "box-sizing",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "font-variant",
    "font-stretch",
    "letter-spacing",
    "word-spacing",
    "line-height",
    "text-align",
    "text-indent",
    "text-transform",
    "direction",
    "tab-size",
    "word-break",
    "overflow-wrap",
    "padding-top",
    "padding-right",
    "padding-bottom",
    "padding-left",
    "border-top-width",
    "border-right-width",
    "border-bottom-width",
    "border-left-width",
    "border-top-style",
    "border-right-style",
    "border-bottom-style",
    "border-left-style",
];

/// The mirror of one field.
pub struct Mirror {
    field: HtmlElement,
    div: HtmlElement,
    text: Text,
}

impl Mirror {
    /// Creates a mirror of `field` inside `overlay`.
    pub fn new(document: &Document, overlay: &Element, field: &HtmlElement) -> Mirror {
        let div: HtmlElement = document.create_element("div").expect("div").unchecked_into();
        div.set_class_name("mirror");
        div.set_attribute("aria-hidden", "true").ok();
        let text = document.create_text_node("");
        div.append_child(&text).ok();
        overlay.append_child(&div).ok();
        let mirror = Mirror { field: field.clone(), div, text };
        mirror.align();
        mirror
    }

    /// Shows `value` and returns the text node ranges can point into. The
    /// mirror is laid over the field again at the next animation frame
    /// ([`Mirror::align`], from the runtime), not here: aligning reads layout,
    /// and forcing layout on every keystroke costs milliseconds on long drafts.
    pub fn show(&self, value: &str) -> Option<Text> {
        self.text.set_data(value);
        Some(self.text.clone())
    }

    /// Lays the mirror over the field: same box, same text layout, same scroll.
    pub fn align(&self) {
        let Some(window) = web_sys::window() else { return };
        let Ok(Some(computed)) = window.get_computed_style(&self.field) else { return };
        let style = self.div.style();
        for property in LAYOUT_PROPERTIES {
            if let Ok(value) = computed.get_property_value(property) {
                style.set_property(property, &value).ok();
            }
        }
        let is_area = self.field.dyn_ref::<HtmlTextAreaElement>().is_some();
        style.set_property("white-space", if is_area { "pre-wrap" } else { "pre" }).ok();
        let rect = self.field.get_bounding_client_rect();
        for (property, value) in
            [("left", rect.left()), ("top", rect.top()), ("width", rect.width()), ("height", rect.height())]
        {
            style.set_property(property, &px(value)).ok();
        }
        self.div.set_scroll_top(self.field.scroll_top());
        self.div.set_scroll_left(self.field.scroll_left());
    }

    /// Takes the mirror away.
    pub fn remove(&self) {
        self.div.remove();
    }
}
