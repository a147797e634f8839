//! The content script: watches compose boxes, underlines findings as the
//! person types, and explains them in a card. It never writes to the editor.
//!
//! One [`Runtime`] per frame: the engine (built once from the configuration),
//! the painter (CSS Custom Highlight API, plus a mirror for textareas), the
//! card, and the boxes the person has typed in. Only trusted input (typing,
//! pasting, dictation) is analysed, so a page cannot write candidate names
//! into a box and watch what gets painted.

mod card;
mod chrome;
mod editable;
mod highlight;
mod mirror;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Event};

use crate::finding::{records, FindingRecord};
use crate::{Config, Engine};
use editable::Editable;

thread_local! {
    /// The frame's runtime, once started; its listeners keep it alive for the page's lifetime.
    static RUNTIME: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

/// Starts the content script in this frame. Called once by the bootstrap.
#[wasm_bindgen(js_name = startContentScript)]
pub async fn start_content_script() -> Result<(), JsError> {
    let window = web_sys::window().ok_or_else(|| JsError::new("no window"))?;
    let document = window.document().ok_or_else(|| JsError::new("no document"))?;
    let startup = chrome::startup_config().await;
    let engine = build_engine(startup.config.as_deref())?;
    let runtime = Runtime::new(document.clone(), engine)?;
    runtime.listen(&document);
    RUNTIME.with(|r| *r.borrow_mut() = Some(runtime.clone()));
    if let Some(promise) = startup.late_policy {
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(json) = chrome::late_policy(promise).await {
                match build_engine(Some(&json)) {
                    Ok(engine) => runtime.replace_engine(engine),
                    Err(e) => web_sys::console::warn_1(&JsValue::from(e)),
                }
            }
        });
    }
    Ok(())
}

/// An engine for a configuration's JSON, or for the embedded sample school.
fn build_engine(json: Option<&str>) -> Result<Engine, JsError> {
    let config = match json {
        Some(json) => Config::from_json(json).map_err(|e| JsError::new(&format!("PostGuard configuration: {e}")))?,
        None => Config::default_school(),
    };
    Engine::new(&config).map_err(|e| JsError::new(&e.to_string()))
}

/// The person typed into `node` before the runtime was ready (the bootstrap
/// saw a trusted input event there): analyse that box now.
#[wasm_bindgen(js_name = noteTypedIn)]
pub fn note_typed_in(node: web_sys::Node) {
    let Some(editable) = Editable::containing(&node) else { return };
    RUNTIME.with(|r| {
        if let Some(runtime) = r.borrow().as_ref() {
            runtime.schedule(editable);
        }
    });
}

/// Everything the content script keeps for one frame.
struct State {
    engine: Engine,
    painter: highlight::Painter,
    card: card::Card,
    /// The box last analysed, its text then, and the findings in it.
    active: Option<(Editable, editable::Snapshot, Vec<FindingRecord>)>,
    /// A box waiting for the next animation frame to be analysed.
    pending: Option<Editable>,
    /// Findings the person marked "Ignore once" on this page: (kind, text).
    ignored: Vec<(crate::Kind, String)>,
    /// When the person last typed (ms since the epoch): the caret moving as they type shows no card.
    last_input: f64,
    /// Set from an analysis until the end of its animation frame.
    frame: Option<AnimationFrame>,
    /// The analysis of the first keystroke after a pause, about to run.
    soon: Option<Timeout>,
}

#[derive(Clone)]
struct Runtime {
    state: Rc<RefCell<State>>,
    listeners: Rc<RefCell<Vec<EventListener>>>,
}

impl Runtime {
    fn new(document: Document, engine: Engine) -> Result<Runtime, JsError> {
        let card = card::Card::new(&document)?;
        let painter = highlight::Painter::new(&document, card.overlay_root())?;
        Ok(Runtime {
            state: Rc::new(RefCell::new(State {
                engine,
                painter,
                card,
                active: None,
                pending: None,
                ignored: Vec::new(),
                last_input: 0.0,
                frame: None,
                soon: None,
            })),
            listeners: Rc::new(RefCell::new(Vec::new())),
        })
    }

    /// Switches to a new configuration and checks the active box again.
    fn replace_engine(&self, engine: Engine) {
        let active = {
            let mut state = self.state.borrow_mut();
            state.engine = engine;
            state.active.as_ref().map(|(editable, _, _)| editable.clone())
        };
        if let Some(editable) = active {
            self.schedule(editable);
        }
    }

    fn listen(&self, document: &Document) {
        let window = web_sys::window().expect("a content script has a window");
        let ignore_button = self.state.borrow().card.ignore_button().clone();
        // Editors that insert text themselves (Draft.js, Slate, often Lexical) cancel the browser's
        // insertion, so no `input` event follows: `beforeinput` is what every typed character raises.
        let handlers: [(&web_sys::EventTarget, &'static str, fn(&Runtime, &Event)); 9] = [
            (document, "input", Runtime::on_input),
            (document, "beforeinput", Runtime::on_input),
            (document, "selectionchange", |runtime, _| runtime.on_caret()),
            (document, "mousemove", Runtime::on_pointer),
            (document, "pointerdown", Runtime::on_press),
            (document, "keydown", Runtime::on_key),
            (document, "scroll", |runtime, _| runtime.reposition()),
            (&window, "resize", |runtime, _| runtime.reposition()),
            (&ignore_button, "click", |runtime, _| runtime.ignore_shown()),
        ];
        let capture = EventListenerOptions::run_in_capture_phase();
        let listeners = handlers.into_iter().map(|(target, event, handler)| {
            let runtime = self.clone();
            EventListener::new_with_options(target, event, capture, move |e| handler(&runtime, e))
        });
        self.listeners.borrow_mut().extend(listeners);
    }

    /// Escape puts the card away.
    fn on_key(&self, event: &Event) {
        if event.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
            self.state.borrow_mut().card.hide();
        }
    }

    /// Typing, pasting, dictation: analyse the box (see [`Runtime::schedule`]).
    fn on_input(&self, event: &Event) {
        if !event.is_trusted() {
            return; // A page script wrote this: never analyse it (the roster must not be probeable).
        }
        let Some(editable) = Editable::from_event(event) else { return };
        self.state.borrow_mut().last_input = js_sys::Date::now();
        self.schedule(editable);
    }

    /// Analyses `editable` soon, at most once per animation frame: the first
    /// keystroke after a pause is analysed straight away (once the editor has
    /// updated its DOM), later ones in the same frame together at the frame's end.
    fn schedule(&self, editable: Editable) {
        let mut state = self.state.borrow_mut();
        state.pending = Some(editable);
        if state.frame.is_some() || state.soon.is_some() {
            return; // this frame has had its analysis, or one is on its way
        }
        let runtime = self.clone();
        // A zero-delay task runs after the editor's own handlers and microtasks (React, Lexical) have updated the DOM.
        state.soon = Some(Timeout::new(0, move || {
            runtime.state.borrow_mut().soon = None;
            runtime.analyse_pending();
        }));
    }

    fn analyse_pending(&self) {
        let mut state = self.state.borrow_mut();
        let Some(editable) = state.pending.take() else { return };
        let snapshot = editable.snapshot();
        let mut findings = records(snapshot.text(), &state.engine.check(snapshot.text()));
        findings.retain(|f| !state.ignored.iter().any(|(kind, text)| *kind == f.kind && *text == f.text));
        let State { painter, card, .. } = &mut *state;
        painter.paint(&editable, &snapshot, &findings);
        card.hide();
        state.active = Some((editable, snapshot, findings));
        // The rest of this frame is spoken for: anything typed now is analysed when it ends.
        let runtime = self.clone();
        state.frame = Some(request_animation_frame(move |_| {
            runtime.state.borrow_mut().frame = None;
            runtime.analyse_pending();
        }));
    }

    fn reposition(&self) {
        let mut state = self.state.borrow_mut();
        let State { painter, active, .. } = &mut *state;
        if let Some((editable, _, _)) = active {
            painter.follow(editable);
        }
    }

    /// The caret moved (by arrow keys or a click, not by typing): show the card when it sits in a finding.
    fn on_caret(&self) {
        let mut state = self.state.borrow_mut();
        if js_sys::Date::now() - state.last_input < TYPING_QUIET_MS {
            return;
        }
        let State { active, card, painter, .. } = &mut *state;
        let Some((editable, snapshot, findings)) = active else { return };
        match editable.caret_offset(snapshot).and_then(|at| findings.iter().position(|f| f.start <= at && at <= f.end))
        {
            Some(i) => card.show(&findings[i], &painter.rects_of(i)),
            None => card.hide(),
        }
    }

    /// "Ignore once": stop flagging this text as this kind on this page, and repaint.
    fn ignore_shown(&self) {
        let active = {
            let mut state = self.state.borrow_mut();
            let Some(shown) = state.card.shown().cloned() else { return };
            state.ignored.push((shown.kind, shown.text));
            state.card.hide();
            state.active.as_ref().map(|(editable, _, _)| editable.clone())
        };
        if let Some(editable) = active {
            self.schedule(editable);
        }
    }

    /// A click or tap outside the card puts it away, so it never stands in the way.
    fn on_press(&self, event: &Event) {
        let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() else { return };
        let mut state = self.state.borrow_mut();
        if !state.card.contains_point(event.client_x() as f64, event.client_y() as f64) {
            state.card.hide();
        }
    }

    /// The pointer rests on a finding: show its card.
    fn on_pointer(&self, event: &Event) {
        let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() else { return };
        let mut state = self.state.borrow_mut();
        let State { active, card, painter, .. } = &mut *state;
        let Some((_, _, findings)) = active else { return };
        let (x, y) = (event.client_x() as f64, event.client_y() as f64);
        if card.contains_point(x, y) {
            return;
        }
        let hovered = (0..findings.len()).find(|&i| painter.rects_of(i).iter().any(|r| r.contains(x, y)));
        match hovered {
            Some(i) => card.show(&findings[i], &painter.rects_of(i)),
            None => card.hide(),
        }
    }
}

/// A CSS length in pixels. JavaScript formats the number: Rust's float
/// formatting would add kilobytes to the bundle for this one use.
pub(crate) fn px(value: f64) -> String {
    let number: String =
        js_sys::Number::from(value).to_string_with_radix(10).map(String::from).unwrap_or_else(|_| "0".into());
    number + "px"
}

/// How long after a keystroke caret moves count as typing, in milliseconds.
const TYPING_QUIET_MS: f64 = 400.0;

/// A rectangle in viewport coordinates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    fn contains(&self, x: f64, y: f64) -> bool {
        self.left <= x && x <= self.right && self.top <= y && y <= self.bottom
    }
}
