//! Recognising the moment a post is about to go: a click (or Enter/Space) on
//! a post/send/reply control, Enter where the site sends on Enter,
//! Ctrl/Cmd+Enter, or a form being submitted.
//!
//! Recognition only; holding the post is the runtime's decision (see
//! `Runtime::on_submit`). Clicks and form submits count whoever raised them:
//! sites that send on Enter often do it by clicking their own send button
//! from a script, and that post must be held too. Keys count only when
//! trusted (a synthetic key press types and sends nothing).

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlButtonElement, HtmlElement, HtmlFormElement, HtmlInputElement, KeyboardEvent, Node};

use super::editable::Editable;
use crate::sites::{is_submit_label, Site};

/// A submit about to happen, and what it will post.
pub enum Attempt {
    /// Enter or Ctrl/Cmd+Enter in this box.
    Key(Editable),
    /// A post/send control was activated.
    Control {
        control: Element,
        /// The site's adapter named it, or it submits a form: no need for the box to be close by.
        certain: bool,
    },
    /// This form is being submitted.
    Form(HtmlFormElement),
}

/// A click on a submit control.
pub fn from_click(event: &Event, site: Option<&Site>) -> Option<Attempt> {
    control_in_path(event, site)
}

/// Enter or Ctrl/Cmd+Enter that posts from a box, or Enter/Space on a focused submit control.
pub fn from_key(event: &Event, site: Option<&Site>) -> Option<Attempt> {
    let key = event.dyn_ref::<KeyboardEvent>()?;
    if !event.is_trusted() || key.is_composing() || key.alt_key() {
        return None;
    }
    let name = key.key();
    if let Some(editable) = Editable::from_event(event) {
        if name != "Enter" || key.shift_key() {
            return None;
        }
        let with_modifier = key.ctrl_key() || key.meta_key();
        return (with_modifier || editable.is_single_line() || enter_sends(site, &editable))
            .then_some(Attempt::Key(editable));
    }
    if (name == "Enter" || name == " ") && !key.ctrl_key() && !key.meta_key() {
        return control_in_path(event, site);
    }
    None
}

/// A form's submit event (a submit button, or Enter in one of its fields).
pub fn from_form_submit(event: &Event) -> Option<Attempt> {
    event.target()?.dyn_into::<HtmlFormElement>().ok().map(Attempt::Form)
}

/// Whether a plain Enter sends from this box on this site.
fn enter_sends(site: Option<&Site>, editable: &Editable) -> bool {
    let Some(site) = site else { return false };
    let element = editable.element();
    site.enter_sends.iter().any(|selector| element.matches(selector).unwrap_or(false))
}

/// Elements that act as buttons.
const BUTTON_LIKE: &str = "button, input[type=submit], input[type=button], input[type=image], [role=button]";

/// The submit control among the event's targets: one the adapter names, or
/// the innermost button-like element when it submits a form or is labelled
/// like a post button.
fn control_in_path(event: &Event, site: Option<&Site>) -> Option<Attempt> {
    let path = event.composed_path();
    for i in 0..path.length() {
        let Ok(element) = path.get(i).dyn_into::<Element>() else { continue };
        if matches!(element.tag_name().as_str(), "BODY" | "HTML") {
            return None;
        }
        if site.is_some_and(|s| s.submit.iter().any(|selector| element.matches(selector).unwrap_or(false))) {
            return Some(Attempt::Control { control: element, certain: true });
        }
        if element.matches(BUTTON_LIKE).unwrap_or(false) {
            if submits_form(&element) {
                return Some(Attempt::Control { control: element, certain: true });
            }
            return is_submit_label(&label_of(&element))
                .then_some(Attempt::Control { control: element, certain: false });
        }
    }
    None
}

/// Whether activating the element submits its form.
fn submits_form(element: &Element) -> bool {
    if let Some(button) = element.dyn_ref::<HtmlButtonElement>() {
        return button.type_() == "submit" && button.form().is_some();
    }
    element
        .dyn_ref::<HtmlInputElement>()
        .is_some_and(|input| matches!(input.type_().as_str(), "submit" | "image") && input.form().is_some())
}

/// What a control is called: its `aria-label`, else its text, else its value or title.
fn label_of(element: &Element) -> String {
    if let Some(label) = element.get_attribute("aria-label").filter(|l| !l.trim().is_empty()) {
        return label;
    }
    let text = element.text_content().unwrap_or_default();
    if !text.trim().is_empty() {
        return text;
    }
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        return input.value();
    }
    element.dyn_ref::<HtmlElement>().map(HtmlElement::title).unwrap_or_default()
}

/// How closely two nodes are related: the depth (from the document) of their
/// nearest common ancestor, crossing shadow-root boundaries; `None` when
/// they share nothing below `<body>`.
pub fn closeness(a: &Node, b: &Node) -> Option<usize> {
    let ancestors_of_a = composed_ancestors(a);
    let mut node = Some(b.clone());
    while let Some(n) = node {
        if let Some(i) = ancestors_of_a.iter().position(|x| *x == n) {
            let depth = ancestors_of_a.len() - i;
            let shared: &Node = &ancestors_of_a[i];
            let is_top = shared.dyn_ref::<Element>().is_some_and(|e| matches!(e.tag_name().as_str(), "BODY" | "HTML"));
            return (!is_top && shared.node_type() == Node::ELEMENT_NODE).then_some(depth);
        }
        node = composed_parent(&n);
    }
    None
}

/// How far apart two elements are on screen, in CSS pixels (0 when they touch or overlap).
pub fn gap_between(a: &Element, b: &Element) -> f64 {
    let (a, b) = (a.get_bounding_client_rect(), b.get_bounding_client_rect());
    let dx = (a.left() - b.right()).max(b.left() - a.right()).max(0.0);
    let dy = (a.top() - b.bottom()).max(b.top() - a.bottom()).max(0.0);
    dx.max(dy)
}

/// `node` and its ancestors up to the document, through shadow hosts.
fn composed_ancestors(node: &Node) -> Vec<Node> {
    let mut out = vec![node.clone()];
    while let Some(parent) = composed_parent(out.last().expect("never empty")) {
        out.push(parent);
    }
    out
}

fn composed_parent(node: &Node) -> Option<Node> {
    match node.parent_node() {
        Some(parent) => match parent.dyn_ref::<web_sys::ShadowRoot>() {
            Some(shadow) => Some(shadow.host().into()),
            None => Some(parent),
        },
        None => None,
    }
}
