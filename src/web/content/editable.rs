//! Compose boxes: finding the one the person typed in (also inside open
//! shadow roots), and reading its text without touching it.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, HtmlTextAreaElement, Node, Text};

use crate::text_map::TextMap;

/// A box the person can type in.
#[derive(Clone, PartialEq)]
pub enum Editable {
    /// A `<textarea>` or a text `<input>`: its value is the text.
    Field(HtmlElement),
    /// The root of a contenteditable editor (Lexical, Draft.js, Quill, ProseMirror, Slate…).
    Rich(HtmlElement),
}

/// The text of a box at one moment, with what is needed to map offsets back.
pub enum Snapshot {
    /// A field's value.
    Field(String),
    /// A rich editor's text and its map to text nodes.
    Rich(TextMap<Text>),
}

impl Snapshot {
    /// The text the engine checks.
    pub fn text(&self) -> &str {
        match self {
            Snapshot::Field(value) => value,
            Snapshot::Rich(map) => map.text(),
        }
    }
}

/// A caret position in a box.
pub enum Caret {
    /// An offset in a field's value (UTF-16).
    Field(u32),
    /// An offset in one of a rich editor's text nodes.
    Node(Text, u32),
}

/// What may be a compose box, for `querySelectorAll` ([`Editable::containing`] decides).
pub const EDITABLE_SELECTOR: &str = "textarea, input, [contenteditable]";

/// Input types that hold free text people type posts into.
const TEXT_INPUT_TYPES: &[&str] = &["text", "search", "email", "url", ""];

/// Elements whose content starts and ends a block (a line of its own).
const BLOCK_TAGS: &[&str] = &[
    "ADDRESS",
    "ARTICLE",
    "ASIDE",
    "BLOCKQUOTE",
    "DD",
    "DIV",
    "DL",
    "DT",
    "FIGCAPTION",
    "FIGURE",
    "FOOTER",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "HEADER",
    "HR",
    "LI",
    "MAIN",
    "NAV",
    "OL",
    "P",
    "PRE",
    "SECTION",
    "TABLE",
    "TR",
    "UL",
];

/// Every box of `document` that holds text (not looking into shadow roots): the boxes a submit may post from
/// when nobody has typed yet.
pub fn boxes_with_text(document: &web_sys::Document) -> Vec<Editable> {
    let mut found: Vec<Editable> = Vec::new();
    let Ok(nodes) = document.query_selector_all(EDITABLE_SELECTOR) else { return found };
    for i in 0..nodes.length() {
        let Some(editable) = nodes.get(i).and_then(|n| Editable::containing(&n)) else { continue };
        if !found.contains(&editable) && !editable.snapshot().text().trim().is_empty() {
            found.push(editable);
        }
    }
    found
}

impl Editable {
    /// The box an input event was typed into, looking through open shadow roots.
    pub fn from_event(event: &Event) -> Option<Editable> {
        let target = event.composed_path().get(0).dyn_into::<Node>().ok()?;
        Editable::containing(&target)
    }

    /// The box that contains `node`, if any.
    pub fn containing(node: &Node) -> Option<Editable> {
        if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
            return Some(Editable::Field(area.clone().unchecked_into()));
        }
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            return TEXT_INPUT_TYPES
                .contains(&input.type_().as_str())
                .then(|| Editable::Field(input.clone().unchecked_into()));
        }
        let mut element: HtmlElement = match node.dyn_ref::<HtmlElement>() {
            Some(e) => e.clone(),
            None => node.parent_element()?.dyn_into().ok()?,
        };
        if !element.is_content_editable() {
            return None;
        }
        // Climb to the editing host: the outermost editable ancestor.
        while let Some(parent) = element.parent_element().and_then(|p| p.dyn_into::<HtmlElement>().ok()) {
            if !parent.is_content_editable() {
                break;
            }
            element = parent;
        }
        Some(Editable::Rich(element))
    }

    /// The element itself.
    pub fn element(&self) -> &HtmlElement {
        match self {
            Editable::Field(e) | Editable::Rich(e) => e,
        }
    }

    /// Whether the box is still in the page.
    pub fn is_connected(&self) -> bool {
        self.element().is_connected()
    }

    /// Whether the box is a single-line text input (where Enter submits).
    pub fn is_single_line(&self) -> bool {
        self.element().dyn_ref::<HtmlInputElement>().is_some()
    }

    /// Where the caret goes for `offset` (UTF-16) of `snapshot`'s text.
    pub fn caret_at(&self, snapshot: &Snapshot, offset: usize) -> Option<Caret> {
        match (self, snapshot) {
            (Editable::Field(_), _) => Some(Caret::Field(offset as u32)),
            (Editable::Rich(_), Snapshot::Rich(map)) => {
                let (node, at) = map.locate(offset, crate::text_map::Side::Start)?;
                Some(Caret::Node(node, at as u32))
            }
            _ => None,
        }
    }

    /// Focuses the box and puts the caret there. Only the selection moves; the text is not touched.
    pub fn place_caret(&self, caret: Caret) {
        let element = self.element();
        element.focus().ok();
        match caret {
            Caret::Field(at) => {
                if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_selection_start(Some(at)).ok();
                    area.set_selection_end(Some(at)).ok();
                } else if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                    input.set_selection_start(Some(at)).ok();
                    input.set_selection_end(Some(at)).ok();
                }
            }
            Caret::Node(node, at) => {
                if let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
                    selection.collapse_with_offset(Some(&node), at).ok();
                }
            }
        }
    }

    /// Reads the text now, without changing anything.
    pub fn snapshot(&self) -> Snapshot {
        match self {
            Editable::Field(e) => Snapshot::Field(field_value(e)),
            Editable::Rich(root) => {
                let mut map = TextMap::new();
                walk(root, &mut map);
                Snapshot::Rich(map)
            }
        }
    }

    /// The caret's offset in the snapshot's text (UTF-16), when the caret is in this box.
    pub fn caret_offset(&self, snapshot: &Snapshot) -> Option<usize> {
        match (self, snapshot) {
            (Editable::Field(e), _) => {
                if let Some(area) = e.dyn_ref::<HtmlTextAreaElement>() {
                    return area.selection_start().ok().flatten().map(|s| s as usize);
                }
                e.dyn_ref::<HtmlInputElement>()?.selection_start().ok().flatten().map(|s| s as usize)
            }
            (Editable::Rich(root), Snapshot::Rich(map)) => {
                let selection = web_sys::window()?.get_selection().ok()??;
                let node = selection.focus_node()?;
                if !root.contains(Some(&node)) {
                    return None;
                }
                let text = node.dyn_into::<Text>().ok()?;
                map.offset_of(&text, selection.focus_offset() as usize)
            }
            _ => None,
        }
    }
}

fn field_value(e: &HtmlElement) -> String {
    if let Some(area) = e.dyn_ref::<HtmlTextAreaElement>() {
        return area.value();
    }
    e.dyn_ref::<HtmlInputElement>().map(HtmlInputElement::value).unwrap_or_default()
}

/// Appends the text under `node` to `map`, with a line break around every block.
fn walk(node: &Node, map: &mut TextMap<Text>) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.get(i) else { continue };
        match child.node_type() {
            Node::TEXT_NODE => {
                if let Ok(text) = child.dyn_into::<Text>() {
                    let data = text.data();
                    map.push_text(text, &data);
                }
            }
            Node::ELEMENT_NODE => {
                let Some(element) = child.dyn_ref::<Element>() else { continue };
                let tag = element.tag_name();
                if tag == "BR" {
                    map.push_break();
                } else if matches!(tag.as_str(), "STYLE" | "SCRIPT" | "TEMPLATE") {
                    continue;
                } else if BLOCK_TAGS.contains(&tag.as_str()) {
                    map.push_break();
                    walk(&child, map);
                    map.push_break();
                } else {
                    walk(&child, map);
                }
            }
            _ => {}
        }
    }
}
