//! A mirror of a textarea or text input in PostGuard's closed layer, so that
//! where a finding sits in a field can be measured: a field's text has no
//! ranges. The mirror lays out the field's text as the field does (same
//! font, padding and wrapping width) at the field's place, but is never seen
//! (the marks are drawn from its measurements) and takes no clicks. The field
//! itself is never touched.
//!
//! The mirror is never scrolled: its content is as tall and wide as the text,
//! and the field's own scroll offsets are subtracted from what it measures
//! ([`Mirror::scroll`]). So it holds only the text up to the end of the word
//! of the last finding ([`Mirror::show`], [`mirror_end`]): a 1 MB paste with
//! findings at its start lays out a few lines, not the megabyte, and typing
//! after the last finding leaves the mirror as it is.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlTextAreaElement, Range, Text};

use super::{client_rects, px, Rect};
use crate::text_edit::{mirror_end, Utf16Edit};

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
    /// Counts the times the field's text layout was copied: what was measured under an older one is stale.
    layout: Cell<u32>,
    /// Whether the field's lines are centred, right-aligned, justified or right-to-left: the rest of a line then
    /// moves what is before it, so the mirror holds whole lines.
    whole_lines: Cell<bool>,
    /// Measures where an edit is (reused: a live range costs every later change of the text until collected).
    probe: Option<Range>,
}

/// The text node the mirror holds after [`Mirror::show`], and where it changed.
pub struct Shown {
    pub text: Text,
    /// The UTF-16 offset of the first character that changed, if any did: the text before it is as it was.
    pub changed_from: Option<usize>,
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
            layout: Cell::new(0),
            whole_lines: Cell::new(true),
            probe: document.create_range().ok(),
        };
        mirror.align();
        mirror
    }

    /// Holds the part of `value` that ranges up to UTF-16 offset `upto` need (see [`mirror_end`]) and returns the
    /// text node they can point into.
    ///
    /// Only what changed is replaced: a keystroke in a long draft edits a character or two of the text node, and
    /// the browser lays out again only around them (setting all of it re-measured every word, each keystroke).
    pub fn show(&self, value: &str, upto: usize) -> Shown {
        let kept = &value[..mirror_end(value, upto, self.whole_lines.get())];
        let mut shown = self.shown.borrow_mut();
        let mut changed_from = None;
        if *shown != kept {
            let edit = Utf16Edit::between(&shown, kept);
            self.text.replace_data(edit.at, edit.removed, &kept[edit.inserted]).ok();
            shown.clear();
            shown.push_str(kept);
            changed_from = Some(edit.at as usize);
        }
        Shown { text: self.text.clone(), changed_from }
    }

    /// Where the text at UTF-16 offset `at` is laid out now, relative to [`Mirror::origin`]: the topmost rectangle
    /// of the characters either side of it. `None` when nothing there has a box.
    pub fn text_at(&self, at: usize) -> Option<Rect> {
        let probe = self.probe.as_ref()?;
        let length = self.text.length() as usize;
        let (start, end) = (at.saturating_sub(1).min(length), (at + 1).min(length));
        probe.set_start(&self.text, start as u32).ok()?;
        probe.set_end(&self.text, end as u32).ok()?;
        let (left, top) = self.origin();
        let mut topmost: Option<Rect> = None;
        for r in client_rects(probe, (-left, -top)) {
            if r.bottom > r.top && topmost.is_none_or(|t| r.top < t.top) {
                topmost = Some(r);
            }
        }
        topmost
    }

    /// Where the mirror is laid (the field's padding box): what it measures, less this, holds wherever it moves.
    pub fn origin(&self) -> (f64, f64) {
        let aligned = self.aligned_to.borrow();
        (aligned[0], aligned[1])
    }

    /// Changes whenever the field's text layout is copied again (size, fonts, zoom): earlier measurements are stale.
    pub fn layout(&self) -> u32 {
        self.layout.get()
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
        self.layout.set(self.layout.get().wrapping_add(1));
        let Some(window) = web_sys::window() else { return };
        let Ok(Some(computed)) = window.get_computed_style(&self.field) else { return };
        let style = self.div.style();
        for property in LAYOUT_PROPERTIES {
            if let Ok(value) = computed.get_property_value(property) {
                style.set_property(property, &value).ok();
            }
        }
        let read = |property: &str| computed.get_property_value(property).unwrap_or_default();
        let from_the_left = matches!(read("text-align").as_str(), "start" | "left" | "-webkit-left");
        self.whole_lines.set(read("direction") != "ltr" || !from_the_left);
    }

    /// Takes the mirror away.
    pub fn remove(&self) {
        self.div.remove();
    }
}
