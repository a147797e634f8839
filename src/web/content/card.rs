//! The card that explains a finding. It lives in PostGuard's closed layer
//! (see [`super::layer`]), out of the page's reach and styles; it is built
//! with text nodes only (what the person typed is never parsed as HTML).

use wasm_bindgen::prelude::*;
use web_sys::{Document, HtmlElement, ShadowRoot};

use super::{px, Rect};
use crate::finding::FindingRecord;
use crate::policy::clause_by_reference;

/// How far below the finding the card sits, in CSS pixels.
const CARD_GAP: f64 = 6.0;

/// The card.
pub struct Card {
    root: ShadowRoot,
    card: HtmlElement,
    /// The card's text (rebuilt for each finding).
    body: HtmlElement,
    /// "Ignore once": the person says this one is a false alarm.
    ignore: HtmlElement,
    /// The finding the card shows.
    shown: Option<FindingRecord>,
}

impl Card {
    /// Adds the (hidden) card to the layer's shadow root.
    pub fn new(document: &Document, root: &ShadowRoot) -> Result<Card, JsError> {
        let fail = |_| JsError::new("cannot create PostGuard's card");
        let card: HtmlElement = document.create_element("div").map_err(fail)?.unchecked_into();
        card.set_class_name("card");
        card.set_attribute("role", "status").map_err(fail)?;
        card.set_attribute("aria-live", "polite").map_err(fail)?;
        card.set_hidden(true);
        let body: HtmlElement = document.create_element("div").map_err(fail)?.unchecked_into();
        let ignore: HtmlElement = document.create_element("button").map_err(fail)?.unchecked_into();
        ignore.set_attribute("type", "button").map_err(fail)?;
        ignore.set_class_name("ignore");
        ignore.set_text_content(Some("Ignore once"));
        let hint = document.create_element("p").map_err(fail)?;
        hint.set_class_name("hint");
        hint.set_text_content(Some("Alt+Enter to choose · Esc to close"));
        card.append_child(&body).map_err(fail)?;
        card.append_child(&ignore).map_err(fail)?;
        card.append_child(&hint).map_err(fail)?;
        root.append_child(&card).map_err(fail)?;
        Ok(Card { root: root.clone(), card, body, ignore, shown: None })
    }

    /// Shows the card for `finding` under its first rectangle.
    pub fn show(&mut self, finding: &FindingRecord, rects: &[Rect]) {
        let Some(document) = self.card.owner_document() else { return };
        self.body.set_text_content(None);
        let add = |class: &str, text: &str| {
            if let Ok(e) = document.create_element("p") {
                e.set_class_name(class);
                e.set_text_content(Some(text));
                self.body.append_child(&e).ok();
            }
        };
        add("what", &finding.message);
        for reference in &finding.clauses {
            if let Some(clause) = clause_by_reference(reference) {
                add("clause", &format!("{reference} · {}: {}", clause.title, clause.plain));
            }
        }
        add("instead", &format!("Instead: {}", finding.suggestion));
        // "Ignore once" is for false alarms; what the school blocks cannot be waved through.
        self.ignore.set_hidden(finding.severity == crate::Severity::Block);
        self.card.set_attribute("data-kind", finding.kind.as_str()).ok();
        self.card.set_attribute("data-severity", finding.severity.as_str()).ok();
        self.card.set_hidden(false);
        if let Some(first) = rects.first() {
            self.place_near(first);
        }
        self.shown = Some(finding.clone());
    }

    /// Puts the card under the finding, or above it when there is room there and
    /// not below; never over the finding, never past the viewport's sides.
    fn place_near(&self, finding: &Rect) {
        let Some(window) = web_sys::window() else { return };
        let viewport = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
        let (width, height) = (viewport(window.inner_width()), viewport(window.inner_height()));
        let card = self.card.get_bounding_client_rect();
        let below = finding.bottom + CARD_GAP;
        let above = finding.top - CARD_GAP - card.height();
        // Never over the finding itself: below if it fits, else above if that fits, else below anyway.
        let top = if below + card.height() <= height || above < 0.0 { below } else { above };
        let left = finding.left.min(width - card.width()).max(0.0);
        let style = self.card.style();
        style.set_property("left", &px(left)).ok();
        style.set_property("top", &px(top)).ok();
    }

    /// The "Ignore once" button, for the runtime to listen to.
    pub fn ignore_button(&self) -> &HtmlElement {
        &self.ignore
    }

    /// The finding on show, if the card is visible.
    pub fn shown(&self) -> Option<&FindingRecord> {
        self.shown.as_ref().filter(|_| !self.card.hidden())
    }

    /// The card's button, for keyboard focus, when the card shows one.
    pub fn button_to_focus(&self) -> Option<HtmlElement> {
        (!self.card.hidden() && !self.ignore.hidden()).then(|| self.ignore.clone())
    }

    /// Whether keyboard focus is in the card.
    pub fn has_focus(&self) -> bool {
        self.root.active_element().is_some_and(|e| self.card.contains(Some(&e)))
    }

    /// Hides the card.
    pub fn hide(&mut self) {
        self.card.set_hidden(true);
        self.shown = None;
    }

    /// Whether the visible card covers a point.
    pub fn contains_point(&self, x: f64, y: f64) -> bool {
        if self.card.hidden() {
            return false;
        }
        let r = self.card.get_bounding_client_rect();
        r.left() <= x && x <= r.right() && r.top() <= y && y <= r.bottom()
    }
}
