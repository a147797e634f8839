//! Photos and videos attached to a post: through a file input, a paste or a drop, by the person
//! (trusted events only: a page cannot feed PostGuard a file and watch whether its post is held).
//!
//! The file is read here, in the content script's isolated world, and handed to the extension's
//! background worker, which reads its pixels and metadata off the page's main thread
//! ([`crate::web::photo_worker`]). Nothing is uploaded, changed or kept: the bytes live as long as
//! the question. The answer's words are checked with this page's engine (the roster stays here),
//! and the note is shown on a card by the composer and listed in the submit hold.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, Event, File, HtmlElement, ShadowRoot};

use super::browser_json::to_json;
use super::{chrome, dom_rect, px, Rect};
use crate::photo::{AttachmentNote, PhotoFacts};

/// Files larger than this are not read (a long video): the worker would hold it all in memory.
pub const LARGEST_FILE: f64 = 64.0 * 1024.0 * 1024.0;

/// How far from the composer the card sits, in CSS pixels.
const CARD_GAP: f64 = 8.0;

/// The files a trusted change (file input), paste or drop carries, taken while the event lasts (a paste's
/// or drop's list empties when it ends). Only pictures and videos.
pub fn files_of(event: &Event) -> Vec<File> {
    if !event.is_trusted() {
        return Vec::new();
    }
    let list = if let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        if input.type_() != "file" {
            return Vec::new();
        }
        input.files()
    } else if let Some(paste) = event.dyn_ref::<web_sys::ClipboardEvent>() {
        paste.clipboard_data().and_then(|d| d.files())
    } else if let Some(drop) = event.dyn_ref::<web_sys::DragEvent>() {
        drop.data_transfer().and_then(|d| d.files())
    } else {
        None
    };
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).filter(is_picture_or_video).collect()
}

fn is_picture_or_video(file: &File) -> bool {
    let kind = file.type_();
    kind.starts_with("image/") || kind.starts_with("video/")
}

/// The facts of `file`, read by the background worker; an error in plain words when it could not be read.
pub async fn facts_of(file: &File) -> Result<PhotoFacts, String> {
    if file.size() > LARGEST_FILE {
        return Err("it is too large to check here".into());
    }
    let data_url = read_as_data_url(file).await.map_err(|_| "it could not be read".to_owned())?;
    let mut facts = to_json(&chrome::inspect_photo(data_url).await?)?;
    serde::Deserialize::deserialize(&mut facts).map_err(|e| format!("the answer was not understood ({e})"))
}

/// The file's bytes as a `data:` URL: the one form a message to the worker carries in both browsers.
async fn read_as_data_url(file: &File) -> Result<String, JsValue> {
    let reader = web_sys::FileReader::new()?;
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        reader.set_onload(Some(&resolve));
        reader.set_onerror(Some(&reject));
    });
    reader.read_as_data_url(file)?;
    JsFuture::from(done).await?;
    reader.result()?.as_string().ok_or_else(|| JsValue::from_str("no data"))
}

/// The card by the composer that says what the attached photos carry. It stays until the person closes it or
/// the post goes; a page script's click does not close it.
pub struct AttachmentCard {
    card: HtmlElement,
    body: HtmlElement,
    close: HtmlElement,
}

impl AttachmentCard {
    pub fn new(document: &Document, root: &ShadowRoot) -> Result<AttachmentCard, JsError> {
        let fail = |_| JsError::new("cannot create PostGuard's attachment card");
        let card: HtmlElement = document.create_element("div").map_err(fail)?.unchecked_into();
        card.set_class_name("card attachment-card");
        card.set_attribute("role", "status").map_err(fail)?;
        card.set_attribute("aria-live", "polite").map_err(fail)?;
        card.set_hidden(true);
        let body: HtmlElement = document.create_element("div").map_err(fail)?.unchecked_into();
        let close: HtmlElement = document.create_element("button").map_err(fail)?.unchecked_into();
        close.set_attribute("type", "button").map_err(fail)?;
        close.set_class_name("ignore");
        close.set_text_content(Some("OK"));
        card.append_child(&body).map_err(fail)?;
        card.append_child(&close).map_err(fail)?;
        root.append_child(&card).map_err(fail)?;
        Ok(AttachmentCard { card, body, close })
    }

    /// Shows every note, below `composer` (or above it where the window ends).
    pub fn show(&self, notes: &[AttachmentNote], composer: Option<&Element>) {
        let Some(document) = self.card.owner_document() else { return };
        self.body.set_text_content(None);
        for note in notes {
            let heading = line(&document, &self.body, &format!("About the attachment {}", note.file));
            heading.set_class_name("what");
            for text in &note.lines {
                line(&document, &self.body, text);
            }
        }
        self.card.set_hidden(notes.is_empty());
        if let Some(r) = composer.map(Element::get_bounding_client_rect) {
            self.place_by(dom_rect(&r));
        }
    }

    /// Beside the composer where the window has room, else above it, else below it: never over the box itself,
    /// and (being beside or above it) not over the post button that usually sits under it.
    fn place_by(&self, composer: Rect) {
        let window = web_sys::window();
        let size = |v: Option<Result<JsValue, JsValue>>| v.and_then(Result::ok).and_then(|v| v.as_f64());
        let width = size(window.as_ref().map(|w| w.inner_width())).unwrap_or(1024.0);
        let height = size(window.as_ref().map(|w| w.inner_height())).unwrap_or(800.0);
        let own = self.card.get_bounding_client_rect();
        let (left, top) = if composer.right + CARD_GAP + own.width() <= width {
            (composer.right + CARD_GAP, composer.top.max(0.0))
        } else if composer.top - CARD_GAP - own.height() >= 0.0 {
            (composer.left.max(0.0), composer.top - CARD_GAP - own.height())
        } else {
            (composer.left.max(0.0), (composer.bottom + CARD_GAP).min((height - own.height()).max(0.0)))
        };
        let style = self.card.style();
        style.set_property("left", &px(left)).ok();
        style.set_property("top", &px(top)).ok();
    }

    pub fn hide(&self) {
        self.card.set_hidden(true);
    }

    /// The card's OK button.
    pub fn close_button(&self) -> &HtmlElement {
        &self.close
    }
}

fn line(document: &Document, parent: &HtmlElement, text: &str) -> HtmlElement {
    let p: HtmlElement = document.create_element("p").expect("a valid tag name").unchecked_into();
    p.set_text_content(Some(text));
    parent.append_child(&p).ok();
    p
}
