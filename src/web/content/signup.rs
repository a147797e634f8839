//! Age nudges on sign-up pages (Pupil guideline 1). Reads the date of birth
//! a person has entered — `<select>` triplets, `input[type=date]`, separate
//! day/month/year inputs, custom dropdowns — and, when it makes them younger
//! than the site's minimum age, shows a calm note (`role="status"`). The date
//! is read when needed and never kept, stored or sent; the form is never
//! touched or blocked.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot};

use crate::signup::{
    age_on, date_part_named, date_part_value, minimum_age_in_rules, signup_reminder, under_age_nudge, AgeLimit, Date,
    DatePart,
};
use crate::Role;

/// Paths of sign-up pages.
const SIGNUP_PATHS: &[&str] = &["signup", "sign_up", "sign-up", "register", "join", "create-account", "createaccount"];

/// Controls that may hold part of a date of birth.
const PART_CONTROLS: &str = "select, input:not([type=hidden]):not([type=password]):not([type=checkbox]):not([type=radio]):not([type=email]):not([type=submit]):not([type=button]), [role=combobox], [aria-haspopup]:not([aria-haspopup=false])";

/// The age note and what it needs to know.
pub struct SignupGuard {
    limit: &'static AgeLimit,
    note: HtmlElement,
    text: HtmlElement,
}

impl SignupGuard {
    /// A guard for a site with an age limit; `None` elsewhere.
    pub fn new(document: &Document, root: &ShadowRoot, limit: Option<&'static AgeLimit>) -> Option<SignupGuard> {
        let limit = limit?;
        let note: HtmlElement = document.create_element("div").ok()?.unchecked_into();
        note.set_class_name("age-note");
        note.set_attribute("role", "status").ok()?;
        note.set_attribute("aria-live", "polite").ok()?;
        note.set_hidden(true);
        let text: HtmlElement = document.create_element("p").ok()?.unchecked_into();
        note.append_child(&text).ok()?;
        root.append_child(&note).ok()?;
        Some(SignupGuard { limit, note, text })
    }

    /// Looks at the page again: the nudge when the date entered is under age,
    /// else (for pupils, on a sign-up page) the reminder, else nothing.
    pub fn review(&self, document: &Document, role: Role, today: Date) {
        let minimum = self.limit.minimum_age.or_else(|| {
            // Mastodon: each server states its own limit in the rules its sign-up page shows.
            document.body().and_then(|b| minimum_age_in_rules(&b.inner_text()))
        });
        let under_age = match (read_date_of_birth(document), minimum) {
            // Some forms start on today's date (Facebook's does): nobody signing up was born today.
            (Some(dob), Some(minimum)) if dob != today => age_on(dob, today).is_ok_and(|age| age < minimum),
            _ => false,
        };
        let message = if under_age {
            Some(under_age_nudge(self.limit.name, minimum.unwrap_or_default()))
        } else if role == Role::Pupil && is_signup_page(document) {
            Some(signup_reminder(self.limit.name, minimum))
        } else {
            None
        };
        self.note.set_attribute("data-under-age", if under_age { "true" } else { "false" }).ok();
        // Setting the same text again would announce it again: only changes are written.
        if self.text.text_content().as_deref() != message.as_deref() {
            self.text.set_text_content(message.as_deref());
        }
        self.note.set_hidden(message.is_none());
    }
}

/// Whether this is a sign-up page: by its address, or because it asks for a date of birth.
fn is_signup_page(document: &Document) -> bool {
    let path = document.location().and_then(|l| l.pathname().ok()).unwrap_or_default().to_lowercase();
    SIGNUP_PATHS.iter().any(|p| path.contains(p)) || has_date_of_birth_widget(document)
}

fn has_date_of_birth_widget(document: &Document) -> bool {
    let mut found = [false; 3];
    for element in elements(document, PART_CONTROLS) {
        if let Some(part) = part_of(&element) {
            found[part as usize] = true;
        }
    }
    found.iter().all(|f| *f)
}

/// The date of birth entered on the page, if a whole one is.
fn read_date_of_birth(document: &Document) -> Option<Date> {
    for element in elements(document, "input[type=date]") {
        if let Some(date) = element.dyn_ref::<HtmlInputElement>().and_then(|i| i.value().parse::<Date>().ok()) {
            return Some(date);
        }
    }
    let mut parts: [Option<u32>; 3] = [None; 3];
    for element in elements(document, PART_CONTROLS) {
        let Some(part) = part_of(&element) else { continue };
        if parts[part as usize].is_none() {
            parts[part as usize] = value_of(&element, part);
        }
    }
    let [Some(day), Some(month), Some(year)] = parts else { return None };
    Date::new(year as i32, month, day)
}

fn elements(document: &Document, selector: &str) -> Vec<Element> {
    let Ok(list) = document.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)?.dyn_into().ok()).collect()
}

/// Which part of a date a control holds: from its autocomplete token, labels,
/// name, id or placeholder; for an unlabelled `<select>`, from its options.
fn part_of(element: &Element) -> Option<DatePart> {
    let attribute = |name: &str| element.get_attribute(name).unwrap_or_default();
    let mut hints = vec![attribute("autocomplete"), attribute("aria-label"), attribute("name"), attribute("id")];
    hints.push(attribute("placeholder"));
    hints.push(attribute("title"));
    if let Some(document) = element.owner_document() {
        for id in attribute("aria-labelledby").split_whitespace() {
            if let Some(label) = document.get_element_by_id(id) {
                hints.push(label.text_content().unwrap_or_default());
            }
        }
    }
    let labels = element
        .dyn_ref::<HtmlInputElement>()
        .and_then(HtmlInputElement::labels)
        .or_else(|| element.dyn_ref::<HtmlSelectElement>().map(HtmlSelectElement::labels));
    if let Some(labels) = labels {
        hints.extend((0..labels.length()).filter_map(|i| labels.get(i)?.text_content()));
    }
    if let Some(part) = hints.iter().find_map(|h| date_part_named(h)) {
        return Some(part);
    }
    element.dyn_ref::<HtmlSelectElement>().and_then(part_by_options)
}

/// A select's part from what it offers: 12 months, up to 31 days, or years.
fn part_by_options(select: &HtmlSelectElement) -> Option<DatePart> {
    let options = select.options();
    let texts: Vec<String> = (0..options.length()).filter_map(|i| options.item(i)?.text_content()).collect();
    let count = |part| texts.iter().filter(|t| date_part_value(part, t).is_some()).count();
    let years = count(DatePart::Year);
    if years >= 10 {
        return Some(DatePart::Year);
    }
    if texts.iter().filter(|t| crate::signup::month_named(t).is_some()).count() >= 12 {
        return Some(DatePart::Month);
    }
    (count(DatePart::Day) >= 28 && texts.len() <= 33).then_some(DatePart::Day)
}

/// The number a control holds for its part, if one is chosen.
fn value_of(element: &Element, part: DatePart) -> Option<u32> {
    if let Some(select) = element.dyn_ref::<HtmlSelectElement>() {
        let option = select.selected_options().item(0)?;
        let text = option.text_content().unwrap_or_default();
        return date_part_value(part, &select.value()).or_else(|| date_part_value(part, &text));
    }
    if let Some(text) = element.get_attribute("aria-valuetext") {
        return date_part_value(part, &text);
    }
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        let value = input.value();
        if !value.is_empty() {
            return date_part_value(part, &value);
        }
        // A custom dropdown's search box (react-select): the choice is shown beside it, in its container.
        let mut container = element.parent_element();
        for _ in 0..3 {
            let node = container?;
            if let Some(value) = date_part_value(part, &node.text_content().unwrap_or_default()) {
                return Some(value);
            }
            container = node.parent_element();
        }
        return None;
    }
    date_part_value(part, &element.text_content().unwrap_or_default())
}
