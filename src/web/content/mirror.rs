//! A mirror of a textarea or text input in PostGuard's closed layer, so that
//! where a finding sits in a field can be measured: a field's text has no
//! ranges. The mirror lays out the field's text as the field does (same
//! font, padding and wrapping width) at the field's place, but is never seen
//! (the marks are drawn from its measurements) and takes no clicks. The field
//! itself is never touched.
//!
//! The mirror is never scrolled: its content is as tall and wide as the text,
//! and the field's own scroll offsets are subtracted from what it measures
//! ([`Mirror::scroll`]). So it holds only the text up to the end of the line
//! of the last finding ([`Mirror::show`]): a 1 MB paste with findings at its
//! start lays out a few lines, not the megabyte.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlTextAreaElement, Text};

use super::px;
use crate::text_edit::Utf16Edit;

/// Properties that decide where each character of a field is drawn.
const LAYOUT_PROPERTIES: &[&str] = &[
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
    "font-variant",
    "font-stretch",
    "font-kerning",
    "font-feature-settings",
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
];

/// The mirror of one field.
pub struct Mirror {
    field: HtmlElement,
    div: HtmlElement,
    text: Text,
    /// What `text` holds (kept here: reading it back from the page would copy it across on every keystroke).
    shown: RefCell<String>,
    /// Where the field's padding box was when the mirror was last laid over it: left, top, width, height.
    aligned_to: RefCell<[f64; 4]>,
}

impl Mirror {
    /// Creates a mirror of `field` inside `layer`.
    pub fn new(document: &Document, layer: &Element, field: &HtmlElement) -> Mirror {
        let div: HtmlElement = document.create_element("div").expect("div").unchecked_into();
        div.set_class_name("mirror");
        let is_area = field.dyn_ref::<HtmlTextAreaElement>().is_some();
        div.style().set_property("white-space", if is_area { "pre-wrap" } else { "pre" }).ok();
        if !is_area {
            // An input centres its one line in its height.
            div.style().set_property("display", "flex").ok();
            div.style().set_property("align-items", "center").ok();
        }
        let text = document.create_text_node("");
        div.append_child(&text).ok();
        layer.append_child(&div).ok();
        let mirror = Mirror {
            field: field.clone(),
            div,
            text,
            shown: RefCell::new(String::new()),
            aligned_to: RefCell::new([f64::NAN; 4]),
        };
        mirror.align();
        mirror
    }

    /// Holds the part of `value` that ranges up to UTF-16 offset `upto` need (through the end of that line:
    /// a line's wrapping depends on all of it) and returns the text node they can point into.
    ///
    /// Only what changed is replaced: a keystroke in a long draft edits a character or two of the text node, and
    /// the browser lays out again only around them (setting all of it re-measured every word, each keystroke).
    pub fn show(&self, value: &str, upto: usize) -> Text {
        let kept = &value[..line_end_after(value, upto)];
        let mut shown = self.shown.borrow_mut();
        if *shown != kept {
            let edit = Utf16Edit::between(&shown, kept);
            self.text.replace_data(edit.at, edit.removed, &kept[edit.inserted]).ok();
            shown.clear();
            shown.push_str(kept);
        }
        self.text.clone()
    }

    /// How far the field's text is scrolled (left, top): what the mirror measures is shifted back by this.
    pub fn scroll(&self) -> (f64, f64) {
        (self.field.scroll_left() as f64, self.field.scroll_top() as f64)
    }

    /// Lays the mirror over the field's padding box, where its text is drawn. Cheap when the field has not
    /// moved; the field's text layout (computed style) is copied again only when its size changed.
    pub fn align(&self) {
        let rect = self.field.get_bounding_client_rect();
        let now = [
            rect.left() + self.field.client_left() as f64,
            rect.top() + self.field.client_top() as f64,
            self.field.client_width() as f64,
            self.field.client_height() as f64,
        ];
        let before = self.aligned_to.replace(now);
        if before == now {
            return;
        }
        if before[2] != now[2] || before[3] != now[3] {
            self.copy_text_layout();
        }
        let style = self.div.style();
        for (property, value) in [("left", now[0]), ("top", now[1]), ("width", now[2])] {
            style.set_property(property, &px(value)).ok();
        }
        if self.field.dyn_ref::<HtmlTextAreaElement>().is_none() {
            style.set_property("height", &px(now[3])).ok();
        }
    }

    /// Forgets the last alignment (fonts loaded, zoom): the next [`Mirror::align`] copies the text layout again.
    pub fn invalidate(&self) {
        *self.aligned_to.borrow_mut() = [f64::NAN; 4];
    }

    fn copy_text_layout(&self) {
        let Some(window) = web_sys::window() else { return };
        let Ok(Some(computed)) = window.get_computed_style(&self.field) else { return };
        let style = self.div.style();
        for property in LAYOUT_PROPERTIES {
            if let Ok(value) = computed.get_property_value(property) {
                style.set_property(property, &value).ok();
            }
        }
    }

    /// Takes the mirror away.
    pub fn remove(&self) {
        self.div.remove();
    }
}

/// The byte offset in `value` of the end of the line holding UTF-16 offset `upto` (the next line break, or the end).
fn line_end_after(value: &str, upto: usize) -> usize {
    let mut units = 0;
    for (i, c) in value.char_indices() {
        if units >= upto && c == '\n' {
            return i;
        }
        units += c.len_utf16();
    }
    value.len()
}
