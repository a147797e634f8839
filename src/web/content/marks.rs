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
//! A field's marks are measured once and kept relative to its mirror: they
//! hold while the page scrolls or the field moves, and a keystroke measures
//! again only the findings near and after it (see [`crate::geometry::stays_above`]).
//!
//! Keeping them aligned: the runtime calls [`Painter::follow`] once per
//! animation frame while marks are shown. It redraws only when something they
//! depend on moved — the box, a scrolling ancestor, the field's scroll — or when
//! told the layout may have changed ([`Painter::invalidate`]: the editor's DOM,
//! a resize, a font load). A frame where nothing moved costs a few rectangle reads.

use std::cell::{Cell, RefCell};

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, Range, Text};

use super::editable::{Editable, Snapshot};
use super::mirror::{Mirror, Shown};
use super::{client_rects, dom_rect, px, Rect};
use crate::finding::{FindingRecord, Severity};
use crate::geometry::stays_above;
use crate::text_map::Side;

/// Paints the findings of every box the person has typed in on this page.
pub struct Painter {
    document: Document,
    /// Where field mirrors go (laid out but invisible).
    mirrors: Element,
    /// Where marks go.
    marks: Element,
    /// Mark elements, reused from one drawing to the next; those past `shown` are hidden. With each, what it was
    /// last set to show, so that a mark showing the same finding is not rewritten.
    pool: Vec<(HtmlElement, Option<Shows>)>,
    shown: usize,
    boxes: Vec<PaintedBox>,
    /// The geometry the marks were last drawn for (see [`Painter::follow`]).
    drawn_for: Vec<f64>,
    /// The layout may have changed in a way no rectangle shows (text reflowed inside the box).
    dirty: bool,
}

/// What a mark shows: a finding's severity, the index of its box and its own index in the box.
type Shows = (Severity, usize, usize);

/// One finding painted in a box.
struct Placed {
    range: Option<Range>,
    severity: Severity,
    /// Where it is in the box's text, in UTF-16 units.
    start: usize,
    end: usize,
    /// Fields: its rectangles as last measured in the mirror, relative to the mirror's origin (`None`: not yet).
    measured: RefCell<Option<Vec<Rect>>>,
}

/// What is painted in one box.
struct PaintedBox {
    editable: Editable,
    /// The mirror laid over a field (none for rich editors).
    mirror: Option<Mirror>,
    /// One per finding, in the findings' order.
    findings: Vec<Placed>,
    /// The mirror's text layout the findings' measurements are for (see [`Mirror::layout`]).
    layout: Cell<u32>,
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
                    findings: Vec::new(),
                    layout: Cell::new(0),
                    clips,
                    clips_itself,
                });
                self.boxes.len() - 1
            }
        };
        let shown = match (editable, snapshot) {
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
        // A field's finding keeps its measurement when it is where it was in the text, the mirror's text layout is
        // the same (`align` drops what was measured under another), and the text changed only after it, lines
        // below it (see `stays_above`).
        self.boxes[index].align();
        let old = std::mem::take(&mut self.boxes[index].findings);
        let painted = &self.boxes[index];
        let mut edit_line = None;
        // The box's ranges are reused, set to the new findings: a range stays live (kept up to date by every change
        // to the text it is in) until it is collected, so new ones at every keystroke made each edit of the text,
        // the editor's or the mirror's, slower until the next garbage collection.
        let mut old = old.into_iter();
        let mut placed = Vec::with_capacity(findings.len());
        for f in findings {
            let (reuse, mut measured) = old.next().map_or((None, None), |p| {
                let same = (p.start, p.end) == (f.start, f.end);
                (p.range, p.measured.into_inner().filter(|_| same))
            });
            let moved = |rects: &Vec<Rect>| match (&painted.mirror, &shown) {
                (Some(mirror), Some(Shown { changed_from: Some(at), .. })) => {
                    f.end > *at
                        || !edit_line
                            .get_or_insert_with(|| mirror.text_at(*at))
                            .is_some_and(|edit| stays_above(rects, &edit))
                }
                _ => false,
            };
            if measured.as_ref().is_some_and(moved) {
                measured = None;
            }
            placed.push(Placed {
                range: self.range_for(snapshot, shown.as_ref().map(|s| &s.text), f.start, f.end, reuse),
                severity: f.severity,
                start: f.start,
                end: f.end,
                measured: RefCell::new(measured),
            });
        }
        self.boxes[index].findings = placed;
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
            painted.findings.clear();
            if let Some(mirror) = &painted.mirror {
                mirror.show("", 0);
            }
        }
        self.draw();
    }

    /// Whether any mark is shown or could show again by scrolling (the runtime then keeps following the page).
    pub fn has_marks(&self) -> bool {
        self.boxes.iter().any(|b| !b.findings.is_empty())
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
        for painted in self.boxes.iter().filter(|b| !b.findings.is_empty()) {
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
            if painted.findings.is_empty() || !painted.editable.is_connected() {
                continue;
            }
            painted.align();
            let Some(visible) = visible_rect(painted) else { continue };
            let shift = painted.shift();
            let mut placed = Vec::new();
            for (finding, p) in painted.findings.iter().enumerate() {
                for rect in painted.rects(finding, shift) {
                    if let Some(clipped) = rect.intersection(&visible) {
                        placed.push((clipped, p.severity, finding));
                    }
                }
            }
            for (rect, severity, finding) in placed {
                self.place_mark(used, rect, (severity, index, finding));
                used += 1;
            }
        }
        for (mark, _) in &self.pool[used..self.shown.max(used)] {
            mark.set_hidden(true);
        }
        self.shown = used;
        self.drawn_for = self.geometry();
    }

    /// Shows mark element number `n` at `rect` for a finding (severity, box, finding); the element is made when the
    /// pool is short, and its class and label are written only when it showed another finding before.
    fn place_mark(&mut self, n: usize, rect: Rect, shows: Shows) {
        while self.pool.len() <= n {
            let Ok(element) = self.document.create_element("div") else { return };
            self.marks.append_child(&element).ok();
            self.pool.push((element.unchecked_into(), None));
        }
        let (mark, showing) = &mut self.pool[n];
        if *showing != Some(shows) {
            let (severity, index, finding) = shows;
            mark.set_class_name(severity_class(severity));
            mark.set_attribute("data-finding", &format!("{index}:{finding}")).ok();
            *showing = Some(shows);
        }
        mark.style().set_css_text(&format!(
            "left:{};top:{};width:{};height:{}",
            px(rect.left),
            px(rect.top),
            px(rect.right - rect.left),
            px(rect.bottom - rect.top)
        ));
        mark.set_hidden(false);
    }

    /// Where finding number `index` of `editable` is on screen (one rectangle per line).
    pub fn rects_of(&self, editable: &Editable, index: usize) -> Vec<Rect> {
        self.boxes.iter().find(|b| b.editable == *editable).map(|b| b.rects(index, b.shift())).unwrap_or_default()
    }
}

impl PaintedBox {
    /// Lays a field's mirror over it again; measurements made under a text layout it no longer has are dropped.
    fn align(&self) {
        let Some(mirror) = &self.mirror else { return };
        mirror.align();
        if mirror.layout() != self.layout.get() {
            self.layout.set(mirror.layout());
            for placed in &self.findings {
                placed.measured.take();
            }
        }
    }

    /// What moves a field's measurements (relative to its mirror's origin) to the screen: the mirror's origin,
    /// less the field's own scroll (the mirror is never scrolled). Nothing for rich editors, measured where they are.
    fn shift(&self) -> (f64, f64) {
        let Some(mirror) = &self.mirror else { return (0.0, 0.0) };
        let ((left, top), (scroll_left, scroll_top)) = (mirror.origin(), mirror.scroll());
        (left - scroll_left, top - scroll_top)
    }

    /// Where finding number `index` is on screen, one rectangle per line, before clipping; `shift` from
    /// [`PaintedBox::shift`]. A field's finding is measured once, then kept (see [`Painter::paint`]).
    fn rects(&self, index: usize, (dx, dy): (f64, f64)) -> Vec<Rect> {
        let Some(placed) = self.findings.get(index) else { return Vec::new() };
        let Some(range) = &placed.range else { return Vec::new() };
        let Some(mirror) = &self.mirror else { return client_rects(range, (0.0, 0.0)) };
        let mut measured = placed.measured.borrow_mut();
        if measured.is_none() {
            let (left, top) = mirror.origin();
            let relative = client_rects(range, (-left, -top));
            // Nothing measured (the field hidden, say) is no measurement to keep.
            *measured = (!relative.is_empty()).then_some(relative);
        }
        measured.as_ref().map(|relative| relative.iter().map(|r| r.shifted(dx, dy)).collect()).unwrap_or_default()
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
        visible = visible.intersection(&dom_rect(&r))?;
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
