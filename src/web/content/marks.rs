//! Marks under findings, drawn in PostGuard's closed layer.
//!
//! Nothing is registered with the document (no `CSS.highlights`: that registry
//! is shared with the page's scripts, which could read every flagged word from
//! it) and nothing is added to the editor. Each finding keeps a `Range` over
//! the editor's own text nodes (rich editors) or over a hidden mirror of the
//! field (textareas and inputs); the range's client rectangles, measured here
//! in the isolated world, become boxes in the closed shadow root, clipped to
//! what of the box is visible on screen.
//!
//! Keeping them aligned: the runtime calls [`Painter::follow`] once per
//! animation frame while marks are shown. It redraws only when something they
//! depend on moved — the box, a scrolling ancestor, the field's scroll — or when
//! told the layout may have changed ([`Painter::invalidate`]: the editor's DOM,
//! a resize, a font load). A frame where nothing moved costs a few rectangle reads.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, Range, Text};

use super::editable::{Editable, Snapshot};
use super::mirror::Mirror;
use super::{px, Rect};
use crate::finding::{FindingRecord, Severity};
use crate::text_map::Side;

/// Paints the findings of every box the person has typed in on this page.
pub struct Painter {
    document: Document,
    /// Where field mirrors go (laid out but invisible).
    mirrors: Element,
    /// Where marks go.
    marks: Element,
    /// Mark elements, reused from one drawing to the next; those past `shown` are hidden.
    pool: Vec<HtmlElement>,
    shown: usize,
    boxes: Vec<PaintedBox>,
    /// The geometry the marks were last drawn for (see [`Painter::follow`]).
    drawn_for: Vec<f64>,
    /// The layout may have changed in a way no rectangle shows (text reflowed inside the box).
    dirty: bool,
}

/// What is painted in one box.
struct PaintedBox {
    editable: Editable,
    /// The mirror laid over a field (none for rich editors).
    mirror: Option<Mirror>,
    /// One range per finding, in the findings' order, with its severity.
    ranges: Vec<(Option<Range>, Severity)>,
    /// The box's ancestors that clip what they hold (scrolling panels), nearest first.
    clips: Vec<Element>,
    /// Whether the box cuts off its own text (fields always do; a rich editor when it scrolls).
    clips_itself: bool,
}

impl Painter {
    /// A painter drawing into `layer` (the closed shadow root's container for marks and mirrors).
    pub fn new(document: &Document, root: &web_sys::ShadowRoot) -> Option<Painter> {
        let mirrors = document.create_element("div").ok()?;
        mirrors.set_class_name("mirrors");
        let marks = document.create_element("div").ok()?;
        marks.set_class_name("marks");
        marks.set_attribute("aria-hidden", "true").ok()?;
        root.append_child(&mirrors).ok()?;
        root.append_child(&marks).ok()?;
        Some(Painter {
            document: document.clone(),
            mirrors,
            marks,
            pool: Vec::new(),
            shown: 0,
            boxes: Vec::new(),
            drawn_for: Vec::new(),
            dirty: false,
        })
    }

    /// Replaces what is painted in `editable` with `findings` and draws at once; boxes that have left the page
    /// are forgotten, the others keep their marks.
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
                let element = editable.element();
                let clips_itself = matches!(editable, Editable::Field(_)) || clips(element);
                let clips = clipping_ancestors(element);
                self.boxes.push(PaintedBox {
                    editable: editable.clone(),
                    mirror: None,
                    ranges: Vec::new(),
                    clips,
                    clips_itself,
                });
                self.boxes.len() - 1
            }
        };
        let mirror_text = match (editable, snapshot) {
            (Editable::Field(field), Snapshot::Field(value)) if !findings.is_empty() => {
                let mirror =
                    self.boxes[index].mirror.get_or_insert_with(|| Mirror::new(&self.document, &self.mirrors, field));
                let upto = findings.iter().map(|f| f.end).max().unwrap_or(0);
                Some(mirror.show(value, upto))
            }
            (Editable::Field(_), _) => {
                // Nothing to measure: the mirror keeps no copy of the text.
                if let Some(mirror) = &self.boxes[index].mirror {
                    mirror.show("", 0);
                }
                None
            }
            _ => None,
        };
        // The box's ranges are reused, set to the new findings: a range stays live (kept up to date by every change
        // to the text it is in) until it is collected, so new ones at every keystroke made each edit of the text,
        // the editor's or the mirror's, slower until the next garbage collection.
        let mut old = std::mem::take(&mut self.boxes[index].ranges).into_iter().filter_map(|(range, _)| range);
        let ranges = findings
            .iter()
            .map(|f| (self.range_for(snapshot, mirror_text.as_ref(), f.start, f.end, old.next()), f.severity))
            .collect();
        self.boxes[index].ranges = ranges;
        self.draw();
    }

    /// A range over `start..end` (UTF-16) of a snapshot: in the editor's own text nodes, or in a field's mirror;
    /// `reuse` set to it, else a new one.
    fn range_for(
        &self,
        snapshot: &Snapshot,
        mirror_text: Option<&Text>,
        start: usize,
        end: usize,
        reuse: Option<Range>,
    ) -> Option<Range> {
        let range = match reuse {
            Some(range) => range,
            None => self.document.create_range().ok()?,
        };
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

    /// Takes every mark away (PostGuard paused on this site); the next `paint` brings them back.
    pub fn clear(&mut self) {
        for painted in &mut self.boxes {
            painted.ranges.clear();
            if let Some(mirror) = &painted.mirror {
                mirror.show("", 0);
            }
        }
        self.draw();
    }

    /// Whether any mark is shown or could show again by scrolling (the runtime then keeps following the page).
    pub fn has_marks(&self) -> bool {
        self.boxes.iter().any(|b| !b.ranges.is_empty())
    }

    /// The layout may have changed without any box moving (the editor's DOM, a resize, a font load):
    /// the next [`Painter::follow`] redraws.
    pub fn invalidate(&mut self) {
        self.dirty = true;
    }

    /// Fonts or zoom changed: fields' text layout is copied into their mirrors again too.
    pub fn invalidate_text_layout(&mut self) {
        for mirror in self.boxes.iter().filter_map(|b| b.mirror.as_ref()) {
            mirror.invalidate();
        }
        self.dirty = true;
    }

    /// Once per animation frame while marks are shown: redraws when anything they depend on has moved.
    pub fn follow(&mut self) {
        let now = self.geometry();
        if self.dirty || now != self.drawn_for {
            self.draw();
        }
    }

    /// Where the boxes and their clipping ancestors are, and how far fields are scrolled.
    fn geometry(&self) -> Vec<f64> {
        let mut out = Vec::new();
        for painted in self.boxes.iter().filter(|b| !b.ranges.is_empty()) {
            let element = painted.editable.element();
            for clip in std::iter::once(element.as_ref() as &Element).chain(painted.clips.iter()) {
                let r = clip.get_bounding_client_rect();
                out.extend([r.left(), r.top(), r.width(), r.height()]);
            }
            out.extend([element.scroll_top() as f64, element.scroll_left() as f64]);
        }
        out
    }

    /// Draws every box's marks where its findings are now.
    fn draw(&mut self) {
        self.dirty = false;
        let mut used = 0;
        for index in 0..self.boxes.len() {
            let painted = &self.boxes[index];
            if painted.ranges.is_empty() || !painted.editable.is_connected() {
                continue;
            }
            if let Some(mirror) = &painted.mirror {
                mirror.align();
            }
            let Some(visible) = visible_rect(painted) else { continue };
            let mut placed = Vec::new();
            for (finding, (_, severity)) in painted.ranges.iter().enumerate() {
                for rect in painted.rects(finding) {
                    if let Some(clipped) = rect.intersection(&visible) {
                        placed.push((clipped, *severity, finding));
                    }
                }
            }
            for (rect, severity, finding) in placed {
                let mark = self.mark(used);
                mark.set_class_name(severity_class(severity));
                mark.set_attribute("data-finding", &format!("{index}:{finding}")).ok();
                mark.style().set_css_text(&format!(
                    "left:{};top:{};width:{};height:{}",
                    px(rect.left),
                    px(rect.top),
                    px(rect.right - rect.left),
                    px(rect.bottom - rect.top)
                ));
                mark.set_hidden(false);
                used += 1;
            }
        }
        for mark in &self.pool[used..self.shown.max(used)] {
            mark.set_hidden(true);
        }
        self.shown = used;
        self.drawn_for = self.geometry();
    }

    /// Mark element number `n`, made when the pool is short.
    fn mark(&mut self, n: usize) -> HtmlElement {
        while self.pool.len() <= n {
            let Ok(element) = self.document.create_element("div") else { break };
            self.marks.append_child(&element).ok();
            self.pool.push(element.unchecked_into());
        }
        self.pool[n].clone()
    }

    /// Where finding number `index` of `editable` is on screen (one rectangle per line).
    pub fn rects_of(&self, editable: &Editable, index: usize) -> Vec<Rect> {
        self.boxes.iter().find(|b| b.editable == *editable).map(|b| b.rects(index)).unwrap_or_default()
    }
}

impl PaintedBox {
    /// Where finding number `index` is on screen, one rectangle per line, before clipping. A field's text is
    /// measured in its mirror, which is never scrolled: the field's scroll is taken off.
    fn rects(&self, index: usize) -> Vec<Rect> {
        let Some((Some(range), _)) = self.ranges.get(index) else { return Vec::new() };
        let Some(list) = range.get_client_rects() else { return Vec::new() };
        let (dx, dy) = self.mirror.as_ref().map_or((0.0, 0.0), |m| m.scroll());
        (0..list.length())
            .filter_map(|i| list.get(i))
            .map(|r| Rect { left: r.left() - dx, top: r.top() - dy, right: r.right() - dx, bottom: r.bottom() - dy })
            .collect()
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Block => "mark block",
        Severity::Warn => "mark warn",
        Severity::Info => "mark info",
    }
}

/// What of a box can be seen: the box itself (a field shows its text only inside it), cut by every ancestor
/// that clips and by the viewport. `None` when the box is hidden or scrolled out of sight.
fn visible_rect(painted: &PaintedBox) -> Option<Rect> {
    let element = painted.editable.element();
    if !is_rendered(element) {
        return None;
    }
    let window = web_sys::window()?;
    let size = |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let mut visible =
        Rect { left: 0.0, top: 0.0, right: size(window.inner_width()), bottom: size(window.inner_height()) };
    if painted.clips_itself {
        // Text shows inside the box's padding box only (inside its borders and scrollbars).
        let r = element.get_bounding_client_rect();
        let left = r.left() + element.client_left() as f64;
        let top = r.top() + element.client_top() as f64;
        let inside = Rect {
            left,
            top,
            right: left + element.client_width() as f64,
            bottom: top + element.client_height() as f64,
        };
        visible = visible.intersection(&inside)?;
    }
    for clip in &painted.clips {
        let r = clip.get_bounding_client_rect();
        visible = visible.intersection(&Rect { left: r.left(), top: r.top(), right: r.right(), bottom: r.bottom() })?;
    }
    Some(visible)
}

/// Whether the element is rendered and visible (not `display: none`, `visibility: hidden`, `content-visibility`).
fn is_rendered(element: &HtmlElement) -> bool {
    let check = js_sys::Reflect::get(element, &"checkVisibility".into()).ok();
    let Some(check) = check.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else {
        return element.get_client_rects().length() > 0;
    };
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"visibilityProperty".into(), &true.into()).ok();
    check.call1(element, &options).ok().and_then(|v| v.as_bool()).unwrap_or(true)
}

/// Whether an element cuts off what overflows it.
fn clips(element: &Element) -> bool {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(element).ok().flatten()) else {
        return false;
    };
    ["overflow-x", "overflow-y"]
        .iter()
        .any(|p| style.get_property_value(p).is_ok_and(|v| v != "visible" && !v.is_empty()))
}

/// The ancestors of `element` that clip it, through the hosts of the shadow roots it is in.
fn clipping_ancestors(element: &HtmlElement) -> Vec<Element> {
    let mut out = Vec::new();
    let mut node: Option<Element> = parent_across_shadow(element);
    while let Some(element) = node {
        if element.tag_name() == "HTML" || element.tag_name() == "BODY" {
            break; // the viewport clips those
        }
        if clips(&element) {
            out.push(element.clone());
        }
        node = parent_across_shadow(&element);
    }
    out
}

fn parent_across_shadow(element: &Element) -> Option<Element> {
    element
        .parent_element()
        .or_else(|| element.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|r| r.host()))
}
