//! The friend-request guard (Staff guideline 4, no interaction with pupils):
//! on friend, follow and message-request lists, a request from someone whose
//! display name is a pupil's on the roster is marked, and a card says not to
//! respond, to tell the headteacher, and (Staff 6) who the Designated Senior
//! Person is.
//!
//! Privacy: the page wrote these names, so what we flag must not be visible to
//! it (a hostile page could list candidate names and watch). Marks and card
//! live in the UI's closed shadow root, ignore the pointer, and nothing is
//! painted with `CSS.highlights`.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, ShadowRoot};

use super::px;
use crate::policy::{STAFF_4, STAFF_6};
use crate::sites::is_submit_label;
use crate::{Engine, Kind};

/// The sites whose request lists are watched, and the paths those lists live at.
const REQUEST_PAGES: &[(&str, &[&str])] = &[
    ("facebook.com", &["/friends"]),
    ("instagram.com", &["/accounts/activity", "/direct/requests"]),
    ("x.com", &["/follower_requests", "/messages/requests"]),
    ("twitter.com", &["/follower_requests", "/messages/requests"]),
    ("tiktok.com", &["/inbox", "/messages"]),
    ("discord.com", &["/channels/@me"]),
];

/// First words of the controls that accept a request, and of those that turn it down.
const ACCEPT_WORDS: &[&str] = &["confirm", "accept", "approve", "allow"];
const DECLINE_WORDS: &[&str] = &["delete", "decline", "ignore", "reject", "remove", "deny", "not"];

/// How far up from an Accept button a request's own container can be.
const MAX_CLIMB: usize = 6;

/// Whether the guard watches this page.
pub fn watches(host: &str, path: &str) -> bool {
    REQUEST_PAGES.iter().any(|(site, paths)| {
        (host == *site || host.ends_with(&format!(".{site}"))) && paths.iter().any(|p| path.starts_with(p))
    })
}

/// Marks and the card.
pub struct RequestGuard {
    layer: HtmlElement,
    card: HtmlElement,
    /// The requests marked, with the pupil's name as written.
    marked: Vec<(Element, String)>,
}

impl RequestGuard {
    /// Adds the (empty) marks layer and card to the UI's shadow root.
    pub fn new(document: &Document, root: &ShadowRoot) -> Option<RequestGuard> {
        let layer: HtmlElement = document.create_element("div").ok()?.unchecked_into();
        layer.set_class_name("request-marks");
        let card: HtmlElement = document.create_element("div").ok()?.unchecked_into();
        card.set_class_name("request-card");
        card.set_attribute("role", "status").ok()?;
        card.set_attribute("aria-live", "polite").ok()?;
        card.set_hidden(true);
        root.append_child(&layer).ok()?;
        root.append_child(&card).ok()?;
        Some(RequestGuard { layer, card, marked: Vec::new() })
    }

    /// Looks through the page's request lists again and marks requests from pupils.
    pub fn scan(&mut self, document: &Document, engine: &Engine) {
        let mut marked = Vec::new();
        for container in request_containers(document) {
            if let Some(name) = pupil_named_in(&container, engine) {
                marked.push((container, name));
            }
        }
        if marked.iter().map(|(_, n)| n).ne(self.marked.iter().map(|(_, n)| n)) {
            self.card.set_text_content(None);
            if !marked.is_empty() {
                self.fill_card(document, engine, &marked);
            }
            self.card.set_hidden(marked.is_empty());
        }
        self.marked = marked;
        self.follow();
    }

    fn fill_card(&self, document: &Document, engine: &Engine, marked: &[(Element, String)]) {
        let names: Vec<&str> = marked.iter().map(|(_, n)| n.as_str()).collect();
        let school = &engine.config().school;
        let headteacher =
            school.headteacher.as_deref().map_or("the headteacher".into(), |h| format!("the headteacher, {h}"));
        let mut lines = vec![
            format!("{} may be a pupil at {}. Don't accept, follow back or reply.", names.join(", "), school.name),
            format!("{} · {}: {}", STAFF_4.reference(), STAFF_4.title, STAFF_4.plain),
            format!("Tell {headteacher}."),
        ];
        if let Some(lead) = &school.safeguarding_lead {
            let reach: Vec<&str> = [lead.phone.as_deref(), lead.email.as_deref()].into_iter().flatten().collect();
            lines.push(format!(
                "{} Designated Senior Person: {}{}.",
                STAFF_6.plain,
                lead.name,
                if reach.is_empty() { String::new() } else { format!(" ({})", reach.join(", ")) }
            ));
        }
        for line in lines {
            if let Ok(p) = document.create_element("p") {
                p.set_text_content(Some(&line));
                self.card.append_child(&p).ok();
            }
        }
    }

    /// Keeps the marks over their requests (after scrolling, resizing or a re-render).
    pub fn follow(&self) {
        let Some(document) = self.layer.owner_document() else { return };
        self.layer.set_text_content(None);
        for (container, _) in &self.marked {
            let r = container.get_bounding_client_rect();
            let Ok(mark) = document.create_element("div") else { continue };
            mark.set_class_name("request-mark");
            let Ok(mark) = mark.dyn_into::<HtmlElement>() else { continue };
            let style = mark.style();
            style.set_property("left", &px(r.left() - 3.0)).ok();
            style.set_property("top", &px(r.top() - 3.0)).ok();
            style.set_property("width", &px(r.width() + 6.0)).ok();
            style.set_property("height", &px(r.height() + 6.0)).ok();
            self.layer.append_child(&mark).ok();
        }
    }
}

/// Each request on the page: the nearest ancestor of an Accept control that also holds a Decline control.
fn request_containers(document: &Document) -> Vec<Element> {
    let Ok(buttons) = document.query_selector_all("button, [role=button]") else { return Vec::new() };
    let mut containers: Vec<Element> = Vec::new();
    for i in 0..buttons.length() {
        let Some(button) = buttons.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        if !first_word_in(&label(&button), ACCEPT_WORDS) {
            continue;
        }
        let mut node = button.parent_element();
        for _ in 0..MAX_CLIMB {
            let Some(ancestor) = node else { break };
            if has_decline_control(&ancestor) {
                if !containers.contains(&ancestor) {
                    containers.push(ancestor);
                }
                break;
            }
            node = ancestor.parent_element();
        }
    }
    containers
}

fn has_decline_control(container: &Element) -> bool {
    let Ok(buttons) = container.query_selector_all("button, [role=button]") else { return false };
    (0..buttons.length())
        .filter_map(|i| buttons.get(i).and_then(|n| n.dyn_into::<Element>().ok()))
        .any(|b| first_word_in(&label(&b), DECLINE_WORDS))
}

/// The pupil's name a request shows (its links, headings and text spans, each checked on its own), if any.
fn pupil_named_in(container: &Element, engine: &Engine) -> Option<String> {
    let Ok(parts) = container.query_selector_all("a, strong, b, span, h2, h3, h4") else { return None };
    (0..parts.length()).filter_map(|i| parts.get(i)?.dyn_into::<Element>().ok()).find_map(|part| {
        if part.closest("button, [role=button]").ok().flatten().is_some() {
            return None;
        }
        let text = part.text_content()?;
        let text = text.trim();
        if text.is_empty() || text.chars().count() > 60 || is_submit_label(text) {
            return None;
        }
        // A first name alone matches too many people to say anything about a requester: the full name must match.
        engine.check(text).into_iter().find(|f| f.kind == Kind::PupilName && f.text.contains(' ')).map(|f| f.text)
    })
}

fn label(element: &Element) -> String {
    element
        .get_attribute("aria-label")
        .filter(|l| !l.trim().is_empty())
        .or_else(|| element.text_content())
        .unwrap_or_default()
}

fn first_word_in(label: &str, words: &[&str]) -> bool {
    let first = label.trim().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    words.contains(&first.as_str())
}
