//! PostGuard's one element in the page: an empty host at the viewport's
//! top-left corner, zero pixels wide and high, carrying a closed shadow root
//! that holds everything PostGuard draws (marks, card, dialog, notes).
//!
//! Treat the page as hostile. It cannot look inside a closed root, and it
//! cannot switch the layer off:
//! - the host's own styles are `!important` rules on `:host` inside the
//!   shadow root, which win over any rule of the page, `!important` or not
//!   (the cascade lets a shadow tree's important rules beat the outer
//!   document's), and its style attribute says the same;
//! - a page script that removes the host, or changes any of its attributes,
//!   finds it back as it was by the next microtask (a mutation observer).
//!
//! The host outlines no word: it has no size, and nothing in it takes the pointer,
//! so `elementFromPoint` over a flagged word finds the editor, not PostGuard.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, MutationObserver, MutationObserverInit, ShadowRoot};

/// The host's tag: a custom element name no page uses for anything else.
const HOST_TAG: &str = "postguard-ui";

/// The host's style attribute: the same as its `:host` rules, for browsers and
/// moments (before the shadow's style applies) where only the attribute counts.
const HOST_STYLE: &str = "all: initial !important; display: block !important; position: fixed !important; \
     top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; \
     overflow: visible !important; pointer-events: none !important; z-index: 2147483647 !important;";

/// Styles inside the shadow root: the host's own (see the module's comment), marks, card, dialog, notes.
const STYLE: &str = include_str!("../../../extension/ui.css");

/// Hides everything in the layer while PostGuard is paused on a site (the host itself stays, empty to the eye).
const PAUSED_STYLE: &str = ":host > * { display: none !important; }";

/// What to do once the layer is back (shared with the watch that puts it back).
type RestoredHook = Rc<RefCell<Option<Box<dyn Fn()>>>>;

/// The host element, its closed shadow root, and the watch that keeps them in the page.
pub struct Layer {
    host: HtmlElement,
    root: ShadowRoot,
    paused_style: Element,
    /// Called after the host had to be put back or restyled: what was measured meanwhile must be measured again.
    on_restored: RestoredHook,
    _guard: Option<(MutationObserver, Closure<dyn FnMut()>)>,
}

impl Layer {
    /// Adds the host to the page and starts keeping it there.
    pub fn new(document: &Document) -> Result<Layer, JsError> {
        let fail = |_| JsError::new("cannot create PostGuard's UI");
        let host: HtmlElement = document.create_element(HOST_TAG).map_err(fail)?.unchecked_into();
        host.set_attribute("style", HOST_STYLE).map_err(fail)?;
        let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Closed);
        let root: ShadowRoot = host.attach_shadow(&init).map_err(fail)?;
        let style = document.create_element("style").map_err(fail)?;
        style.set_text_content(Some(STYLE));
        let paused_style = document.create_element("style").map_err(fail)?;
        root.append_child(&style).map_err(fail)?;
        root.append_child(&paused_style).map_err(fail)?;
        let mut layer = Layer { host, root, paused_style, on_restored: Rc::default(), _guard: None };
        layer.put_back(document);
        layer._guard = layer.guard(document);
        Ok(layer)
    }

    /// The closed shadow root everything PostGuard shows lives in.
    pub fn root(&self) -> &ShadowRoot {
        &self.root
    }

    /// Whether `node` is PostGuard's host or inside its shadow root.
    pub fn contains(&self, node: &web_sys::Node) -> bool {
        self.host.is_same_node(Some(node)) || self.root.contains(Some(node))
    }

    /// What to do after a page script took the host away or restyled it and it was put back: marks measured while
    /// it was hidden (a field's mirror has no layout then) are measured again.
    pub fn on_restored(&self, hook: impl Fn() + 'static) {
        *self.on_restored.borrow_mut() = Some(Box::new(hook));
    }

    /// Shows or hides everything in the layer at once (PostGuard paused on this site).
    pub fn set_visible(&self, visible: bool) {
        self.paused_style.set_text_content((!visible).then_some(PAUSED_STYLE));
    }

    /// Puts the host back at the end of the document element, with only its own attribute.
    fn put_back(&self, document: &Document) {
        restore(&self.host, document);
    }

    /// Watches the document element's children and the host's attributes: what a page script takes away or
    /// changes comes back at once. The callback is cheap (a few DOM reads) however many mutations the page makes.
    fn guard(&self, document: &Document) -> Option<(MutationObserver, Closure<dyn FnMut()>)> {
        let host = self.host.clone();
        let doc = document.clone();
        let hook = self.on_restored.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            if restore(&host, &doc) {
                if let Some(hook) = hook.borrow().as_ref() {
                    hook();
                }
            }
        });
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        let children = MutationObserverInit::new();
        children.set_child_list(true);
        observer.observe_with_options(document, &children).ok()?;
        if let Some(root) = document.document_element() {
            observer.observe_with_options(&root, &children).ok()?;
        }
        let attributes = MutationObserverInit::new();
        attributes.set_attributes(true);
        observer.observe_with_options(&self.host, &attributes).ok()?;
        Some((observer, callback))
    }
}

/// Makes the host a child of the document element again, with its style attribute and no other; whether anything
/// had to change.
fn restore(host: &HtmlElement, document: &Document) -> bool {
    let mut changed = false;
    if let Some(root) = document.document_element() {
        if !host.parent_element().is_some_and(|p| p.is_same_node(Some(&root))) {
            root.append_child(host).ok();
            changed = true;
        }
    }
    let names = host.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        if name != "style" {
            host.remove_attribute(&name).ok();
            changed = true;
        }
    }
    if host.get_attribute("style").as_deref() != Some(HOST_STYLE) {
        host.set_attribute("style", HOST_STYLE).ok();
        changed = true;
    }
    changed
}
