//! The pre-submit card: a dialog that holds the post and lists what was
//! found, grouped by the policy clause, with Edit and (unless the school
//! blocks it) Post anyway. It lives in the UI's closed shadow root and is
//! built from text nodes only.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, ShadowRoot};

use crate::review::Review;

/// The dialog and its controls.
pub struct Dialog {
    root: ShadowRoot,
    dialog: HtmlElement,
    title: HtmlElement,
    summary: HtmlElement,
    groups: HtmlElement,
    blocked: HtmlElement,
    safeguarding: HtmlElement,
    policy: HtmlElement,
    edit: HtmlElement,
    post_anyway: HtmlElement,
}

impl Dialog {
    /// Adds the (hidden) dialog to the UI's shadow root.
    pub fn new(document: &Document, root: &ShadowRoot, policy_url: &str) -> Result<Dialog, JsError> {
        let make = |tag: &str, class: &str| -> Result<HtmlElement, JsError> {
            let e: HtmlElement =
                document.create_element(tag).map_err(|_| JsError::new("cannot create the dialog"))?.unchecked_into();
            e.set_class_name(class);
            Ok(e)
        };
        let dialog = make("div", "dialog")?;
        for (name, value) in [
            ("role", "dialog"),
            ("aria-modal", "true"),
            ("aria-labelledby", "pg-dialog-title pg-dialog-summary"),
            ("aria-describedby", "pg-dialog-blocked"),
        ] {
            dialog.set_attribute(name, value).ok();
        }
        dialog.set_hidden(true);
        let title = make("h2", "title")?;
        title.set_id("pg-dialog-title");
        let summary = make("p", "summary")?;
        summary.set_id("pg-dialog-summary");
        let groups = make("div", "groups")?;
        let blocked = make("p", "blocked")?;
        blocked.set_id("pg-dialog-blocked");
        let safeguarding = make("p", "safeguarding")?;
        let policy = make("a", "policy")?;
        policy.set_attribute("href", policy_url).ok();
        policy.set_attribute("target", "_blank").ok();
        policy.set_attribute("rel", "noopener").ok();
        policy.set_text_content(Some("Read the school's social media policy"));
        let policy_line = make("p", "policy-line")?;
        policy_line.append_child(&policy).ok();
        let actions = make("div", "actions")?;
        let edit = make("button", "edit")?;
        edit.set_text_content(Some("Edit"));
        let post_anyway = make("button", "post-anyway")?;
        post_anyway.set_text_content(Some("Post anyway"));
        for button in [&edit, &post_anyway] {
            button.set_attribute("type", "button").ok();
            actions.append_child(button).ok();
        }
        for part in [&title, &summary, &groups, &blocked, &safeguarding, &policy_line, &actions] {
            dialog.append_child(part).ok();
        }
        root.append_child(&dialog).map_err(|_| JsError::new("cannot add the dialog"))?;
        Ok(Dialog {
            root: root.clone(),
            dialog,
            title,
            summary,
            groups,
            blocked,
            safeguarding,
            policy,
            edit,
            post_anyway,
        })
    }

    /// Fills the dialog with `review` and shows it (the runtime then moves focus to Edit, the safe choice).
    pub fn open(&self, review: &Review) {
        let Some(document) = self.dialog.owner_document() else { return };
        self.title.set_text_content(Some(review.title));
        self.summary.set_text_content(Some(&review.summary));
        self.groups.set_text_content(None);
        for group in &review.groups {
            let Ok(section) = document.create_element("section") else { continue };
            let heading = child(&document, &section, "h3", &format!("{} · {}", group.reference, group.clause.title));
            heading.set_class_name("clause");
            child(&document, &section, "p", group.clause.plain).set_class_name("plain");
            let Ok(list) = document.create_element("ul") else { continue };
            for item in &group.items {
                let li = child(&document, &list, "li", "");
                li.set_attribute("data-severity", item.severity.as_str()).ok();
                child(&document, &li, "strong", &format!("{} “{}”", capitalised(item.label), item.text));
                child(&document, &li, "span", &format!(" — {}", item.suggestion));
            }
            section.append_child(&list).ok();
            self.groups.append_child(&section).ok();
        }
        for note in &review.attachments {
            let Ok(section) = document.create_element("section") else { continue };
            section.set_class_name("attachment");
            child(&document, &section, "h3", &format!("Attached: {}", note.file)).set_class_name("clause");
            let Ok(list) = document.create_element("ul") else { continue };
            for line in &note.lines {
                child(&document, &list, "li", line);
            }
            section.append_child(&list).ok();
            self.groups.append_child(&section).ok();
        }
        set_optional(&self.blocked, review.blocked.as_deref());
        set_optional(&self.safeguarding, review.safeguarding.as_deref());
        self.post_anyway.set_hidden(!review.can_post_anyway());
        self.dialog.set_attribute("data-blocked", if review.can_post_anyway() { "false" } else { "true" }).ok();
        self.dialog.set_hidden(false);
    }

    /// Hides the dialog.
    pub fn close(&self) {
        self.dialog.set_hidden(true);
    }

    /// Whether the dialog is showing.
    pub fn is_open(&self) -> bool {
        !self.dialog.hidden()
    }

    /// The Edit button.
    pub fn edit_button(&self) -> &HtmlElement {
        &self.edit
    }

    /// The Post anyway button.
    pub fn post_anyway_button(&self) -> &HtmlElement {
        &self.post_anyway
    }

    /// The link to the policy page.
    pub fn policy_link(&self) -> &HtmlElement {
        &self.policy
    }

    /// Whether a point is on the dialog.
    pub fn contains_point(&self, x: f64, y: f64) -> bool {
        let r = self.dialog.get_bounding_client_rect();
        self.is_open() && r.left() <= x && x <= r.right() && r.top() <= y && y <= r.bottom()
    }

    /// Where Tab (or Shift+Tab) goes next: it stays inside the dialog while it is open (it is modal).
    pub fn next_stop(&self, backwards: bool) -> HtmlElement {
        let stops: Vec<&HtmlElement> =
            [&self.policy, &self.edit, &self.post_anyway].into_iter().filter(|e| !e.hidden()).collect();
        let focused: Option<Element> = self.root.active_element();
        let at = stops.iter().position(|e| focused.as_ref() == Some(e.as_ref()));
        let next = match (at, backwards) {
            (Some(0) | None, true) => stops.len() - 1,
            (Some(i), true) => i - 1,
            (Some(i), false) => (i + 1) % stops.len(),
            (None, false) => 0,
        };
        stops[next].clone()
    }
}

/// Appends a `tag` element with `text` to `parent`, and returns it.
fn child(document: &Document, parent: &Element, tag: &str, text: &str) -> Element {
    let element = document.create_element(tag).expect("a valid tag name");
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    parent.append_child(&element).ok();
    element
}

fn set_optional(element: &HtmlElement, text: Option<&str>) {
    element.set_text_content(text);
    element.set_hidden(text.is_none());
}

/// A label with a capital first letter. Labels are PostGuard's own English words: ASCII case is enough, and
/// Unicode's upper-case table (12 KB) stays out of the bundle.
fn capitalised(label: &str) -> String {
    let mut text = label.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}
