//! Painting findings with the CSS Custom Highlight API: one highlight per
//! severity, registered in `CSS.highlights` under names starting with
//! `postguard`. Ranges point into the editor's own text nodes (rich editors)
//! or into our mirror of a field; nothing is added to the editor.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Document, Element, HtmlElement, Range, ShadowRoot, Text};

use super::editable::{Editable, Snapshot};
use super::mirror::Mirror;
use super::Rect;
use crate::finding::{FindingRecord, Severity};
use crate::text_map::Side;

#[wasm_bindgen]
extern "C" {
    /// A set of ranges painted with one `::highlight()` style.
    #[wasm_bindgen(js_name = Highlight)]
    pub type Highlight;
    #[wasm_bindgen(constructor, js_class = "Highlight")]
    fn new() -> Highlight;
    #[wasm_bindgen(method, js_class = "Highlight")]
    fn add(this: &Highlight, range: &Range);
    #[wasm_bindgen(method, js_class = "Highlight")]
    fn clear(this: &Highlight);

    /// `CSS.highlights`.
    pub type HighlightRegistry;
    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight);
}

/// The highlight name for each severity (styled in `extension/content.css` and the overlay's shadow root).
pub fn highlight_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Block => "postguard-block",
        Severity::Warn => "postguard-warn",
        Severity::Info => "postguard-info",
    }
}

/// The highlight styles, also adopted by the open shadow roots editors live in
/// (a page's stylesheet does not reach into them).
const HIGHLIGHT_CSS: &str = include_str!("../../../extension/highlights.css");

/// Paints the findings of every box the person has typed in on this page.
pub struct Painter {
    document: Document,
    /// Shadow roots given our highlight styles (as an adopted sheet: no element is added).
    styled_roots: Vec<ShadowRoot>,
    highlights: Vec<(Severity, Highlight)>,
    overlay: Element,
    boxes: Vec<PaintedBox>,
}

/// What is painted in one box.
struct PaintedBox {
    editable: Editable,
    /// The mirror laid over a field (none for rich editors).
    mirror: Option<Mirror>,
    /// One range per finding, in the findings' order, with its severity.
    ranges: Vec<(Option<Range>, Severity)>,
}

impl Painter {
    /// Registers the highlights; mirrors of fields go into `overlay`.
    pub fn new(document: &Document, overlay: Element) -> Result<Painter, JsError> {
        let css = Reflect::get(&js_sys::global(), &"CSS".into()).map_err(|_| JsError::new("no CSS object"))?;
        let registry: HighlightRegistry = Reflect::get(&css, &"highlights".into())
            .ok()
            .filter(|r| !r.is_undefined())
            .ok_or_else(|| JsError::new("this browser has no CSS Custom Highlight API"))?
            .unchecked_into();
        let highlights = [Severity::Block, Severity::Warn, Severity::Info]
            .into_iter()
            .map(|severity| {
                let h = Highlight::new();
                registry.set(highlight_name(severity), &h);
                (severity, h)
            })
            .collect();
        Ok(Painter { document: document.clone(), styled_roots: Vec::new(), highlights, overlay, boxes: Vec::new() })
    }

    /// Replaces what is painted in `editable` with `findings`; boxes that have
    /// left the page are forgotten, the others keep their highlights.
    pub fn paint(&mut self, editable: &Editable, snapshot: &Snapshot, findings: &[FindingRecord]) {
        self.boxes.retain(|b| {
            let keep = b.editable.is_connected();
            if !keep {
                if let Some(mirror) = &b.mirror {
                    mirror.remove();
                }
            }
            keep
        });
        let index = match self.boxes.iter().position(|b| b.editable == *editable) {
            Some(i) => i,
            None => {
                self.boxes.push(PaintedBox { editable: editable.clone(), mirror: None, ranges: Vec::new() });
                self.boxes.len() - 1
            }
        };
        let mirror_text = match (editable, snapshot) {
            (Editable::Field(field), Snapshot::Field(value)) => {
                let mirror =
                    self.boxes[index].mirror.get_or_insert_with(|| Mirror::new(&self.document, &self.overlay, field));
                mirror.show(value)
            }
            (Editable::Rich(root), _) => {
                self.style_shadow_root_of(root);
                None
            }
            _ => None,
        };
        let ranges = findings
            .iter()
            .map(|f| (self.range_for(snapshot, mirror_text.as_ref(), f.start, f.end), f.severity))
            .collect();
        self.boxes[index].ranges = ranges;
        for (severity, highlight) in &self.highlights {
            highlight.clear();
            let ranges = self.boxes.iter().flat_map(|b| &b.ranges);
            for (range, _) in ranges.filter(|(_, s)| s == severity) {
                if let Some(range) = range {
                    highlight.add(range);
                }
            }
        }
    }

    /// A range over `start..end` (UTF-16) of a snapshot: in the editor's own text nodes, or in a field's mirror.
    fn range_for(&self, snapshot: &Snapshot, mirror_text: Option<&Text>, start: usize, end: usize) -> Option<Range> {
        let range = self.document.create_range().ok()?;
        let ok = match (snapshot, mirror_text) {
            (Snapshot::Rich(map), _) => {
                let (start_node, start) = map.locate(start, Side::Start)?;
                let (end_node, end) = map.locate(end, Side::End)?;
                range.set_start(&start_node, start as u32).is_ok() && range.set_end(&end_node, end as u32).is_ok()
            }
            (Snapshot::Field(_), Some(text)) => {
                range.set_start(text, start as u32).is_ok() && range.set_end(text, end as u32).is_ok()
            }
            _ => false,
        };
        ok.then_some(range)
    }

    /// Gives the shadow root an editor lives in (Reddit's composer) our highlight styles, once.
    fn style_shadow_root_of(&mut self, root: &HtmlElement) {
        let Ok(shadow) = root.get_root_node().dyn_into::<ShadowRoot>() else { return };
        if self.styled_roots.contains(&shadow) {
            return;
        }
        let Ok(sheet) = CssStyleSheet::new() else { return };
        if sheet.replace_sync(HIGHLIGHT_CSS).is_err() {
            return;
        }
        let sheets = shadow.adopted_style_sheets();
        sheets.push(&sheet);
        shadow.set_adopted_style_sheets(&sheets);
        self.styled_roots.push(shadow);
    }

    /// Takes every highlight away (PostGuard paused on this site); the next `paint` brings them back.
    pub fn clear(&mut self) {
        for (_, highlight) in &self.highlights {
            highlight.clear();
        }
        for painted in &mut self.boxes {
            painted.ranges.clear();
        }
    }

    /// Keeps the fields' mirrors over their fields after scrolling or resizing.
    pub fn follow(&self) {
        for mirror in self.boxes.iter().filter_map(|b| b.mirror.as_ref()) {
            mirror.align();
        }
    }

    /// Where finding number `index` of `editable` is on screen (one rectangle per line).
    pub fn rects_of(&self, editable: &Editable, index: usize) -> Vec<Rect> {
        let Some((Some(range), _)) =
            self.boxes.iter().find(|b| b.editable == *editable).and_then(|b| b.ranges.get(index))
        else {
            return Vec::new();
        };
        let Some(list) = range.get_client_rects() else { return Vec::new() };
        (0..list.length())
            .filter_map(|i| list.get(i))
            .map(|r| Rect { left: r.left(), top: r.top(), right: r.right(), bottom: r.bottom() })
            .collect()
    }
}
