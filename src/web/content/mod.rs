//! The content script: watches compose boxes, underlines findings as the
//! person types, and explains them in a card. It never writes to the editor.
//!
//! One [`Runtime`] per frame: the engine (built once from the configuration),
//! the closed layer (one host element whose closed shadow root holds all
//! PostGuard shows), the painter (marks in that layer, measured over the
//! editor's text or a hidden mirror of a field), the card, the pre-submit
//! dialog, and the boxes the person has typed in. Only trusted input (typing,
//! pasting, dictation) is analysed, and only trusted events work the UI, so a
//! page cannot write candidate names into a box and watch what gets painted,
//! nor dismiss a warning or post past it.
//!
//! The submit hold: when the person posts (see [`submit`]) from a box with
//! open findings, the event is stopped before the site sees it and the dialog
//! opens. Nothing is ever replayed: after "Post anyway" the person's own next
//! submit of the same text goes through untouched.

mod attach;
mod browser_json;
mod card;
mod chrome;
mod dialog;
mod editable;
mod layer;
mod lifecycle;
mod marks;
mod mirror;
mod notice;
mod requests;
mod signup;
mod submit;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Event};

use crate::detect::tone::{lexicon_built, LexiconBuild};
use crate::finding::{records, Finding, FindingRecord};
pub(crate) use crate::geometry::{css_px as px, Rect};
use crate::long_draft::{segments, Segmenter};
use crate::photo::{AttachmentNote, PhotoFacts};
use crate::review::Review;
use crate::sites::{site_for_host, Site};
use crate::Engine;
use editable::{Editable, Snapshot};
pub use lifecycle::start_content_script;
use submit::Attempt;

thread_local! {
    /// The frame's runtime, once started; its listeners keep it alive for the page's lifetime.
    static RUNTIME: RefCell<Option<Runtime>> = const { RefCell::new(None) };
}

/// The person typed into `node` before the runtime was ready (the bootstrap
/// saw a trusted input event there): analyse that box now.
#[wasm_bindgen(js_name = noteTypedIn)]
pub fn note_typed_in(node: web_sys::Node) {
    let Some(editable) = Editable::containing(&node) else { return };
    let runtime = RUNTIME.with(|r| r.borrow().clone());
    if let Some(runtime) = runtime {
        // Now, not scheduled: the bootstrap may report several boxes, and the editors updated them long ago.
        let paused = runtime.state.borrow().paused;
        if !paused && runtime.analyse_now_or_in_slices(editable) {
            runtime.follow_page();
        }
    }
}

/// The bootstrap held a submit from `control` (a post button or a form) before the runtime was ready: check the
/// draft and hold it, or tell the person it is clear to post.
#[wasm_bindgen(js_name = reviewHeldSubmit)]
pub fn review_held_submit(control: web_sys::Element) {
    let runtime = RUNTIME.with(|r| r.borrow().clone());
    if let Some(runtime) = runtime {
        runtime.review_held_submit(&control);
    }
}

/// The person attached files to `target` (a file input, or the box they pasted or dropped into) before the runtime
/// was ready (the bootstrap took them from the trusted event): check them now.
#[wasm_bindgen(js_name = noteAttached)]
pub fn note_attached(target: web_sys::Element, files: js_sys::Array) {
    let runtime = RUNTIME.with(|r| r.borrow().clone());
    if let Some(runtime) = runtime {
        let files = files.iter().filter_map(|f| f.dyn_into::<web_sys::File>().ok()).collect();
        runtime.check_attachments(files, &target);
    }
}

/// A box the person has typed in, as last analysed.
struct Tracked {
    editable: Editable,
    snapshot: Snapshot,
    findings: Vec<FindingRecord>,
}

/// A long draft being read a few segments per task (see [`crate::long_draft`]): the page never waits on it.
struct LongCheck {
    editable: Editable,
    snapshot: Snapshot,
    cuts: Vec<std::ops::Range<usize>>,
    /// The findings of the segments read so far.
    findings: Vec<Finding>,
    /// The next slice of reading.
    _next: Timeout,
}

/// How long one task of a long check reads for, in ms, before it lets the page run.
const SLICE_MS: f64 = 20.0;

/// Segments new to the segmenter that are read in one go rather than spread over tasks (a few ms each).
const SEGMENTS_AT_ONCE: usize = 2;

/// Said when a post held before the engine was ready turns out to have nothing to flag.
const CLEAR_TO_POST: &str =
    "PostGuard checked your post: nothing to flag. It has not been sent yet: post it again when you are ready.";

/// A post being held: the dialog is open.
struct Hold {
    /// The box whose post is held.
    editable: Editable,
    /// Its text when it was held.
    text: String,
    can_post_anyway: bool,
    /// Where focus was, to go back to when the dialog closes.
    return_focus: Option<web_sys::HtmlElement>,
}

/// Everything the content script keeps for one frame.
struct State {
    engine: Engine,
    /// The findings of long drafts' segments, remembered by their text.
    segmenter: Segmenter,
    /// A long draft being read, a slice per task.
    long_check: Option<LongCheck>,
    /// The person paused PostGuard on this site: nothing is shown and no event is looked at.
    paused: bool,
    /// The site's adapter, if it has one.
    site: Option<&'static Site>,
    layer: layer::Layer,
    painter: marks::Painter,
    card: card::Card,
    dialog: dialog::Dialog,
    notice: notice::Notice,
    /// Every box typed in on this page, most recently analysed last.
    boxes: Vec<Tracked>,
    /// The box whose finding the card shows.
    card_box: Option<Editable>,
    /// A box waiting for the next animation frame to be analysed.
    pending: Option<Editable>,
    /// Findings the person marked "Ignore once" on this page: (kind, text).
    ignored: Vec<(crate::Kind, String)>,
    /// The post on hold, while the dialog is open.
    hold: Option<Hold>,
    /// "Post anyway" answers: this box may post exactly this text.
    passes: Vec<(Editable, String)>,
    /// When the person last typed (ms since the epoch): the caret moving as they type shows no card.
    last_input: f64,
    /// The box the person last typed in.
    last_typed: Option<Editable>,
    /// Set from an analysis until the end of its animation frame.
    frame: Option<AnimationFrame>,
    /// While marks are shown: the next animation frame, where they follow the page (scrolling, reflow).
    follower: Option<AnimationFrame>,
    /// The analysis of the first keystroke after a pause, about to run.
    soon: Option<Timeout>,
    /// Watches the rich boxes typed in, to analyse as soon as their editor has updated the DOM.
    watcher: Option<Watcher>,
    /// The age note, on sites with a minimum age.
    signup: Option<signup::SignupGuard>,
    /// A look at the sign-up form, about to run (after the page's own handlers have updated it).
    signup_review: Option<Timeout>,
    /// The friend-request guard, on sites with request lists.
    requests: Option<requests::RequestGuard>,
    /// A look through the request lists, about to run.
    requests_scan: Option<Timeout>,
    /// Watches the page for request lists being rendered (request pages only).
    page_watcher: Option<(web_sys::MutationObserver, Closure<dyn FnMut()>)>,
    /// What the photos and videos attached to the post carry, until the post goes (they are part of every hold).
    attachments: Vec<AttachmentNote>,
    /// The card that says so, by the composer.
    attachment_card: attach::AttachmentCard,
    /// Attached files still being read: a post meanwhile waits for them.
    attachments_reading: usize,
    /// The box whose post came while attachments were being read: reviewed once they are.
    waiting_for_attachments: Option<Editable>,
    /// The next task of what is done once the engine is up, while nobody waits for it: a slice of the tone
    /// lexicons ([`Runtime::build_lexicon`]), the names table ([`Runtime::build_names_then_warm_up`]), then the
    /// JavaScript build's practice checks ([`Runtime::warm_up`]).
    after_start: Option<Timeout>,
}

/// A mutation observer on the rich boxes the person has typed in.
struct Watcher {
    observer: web_sys::MutationObserver,
    watched: Vec<web_sys::HtmlElement>,
    _callback: Closure<dyn FnMut()>,
}

impl State {
    /// Starts watching a rich box's DOM for its editor's changes (once per box).
    fn watch(&mut self, editable: &Editable) {
        let (Editable::Rich(root), Some(watcher)) = (editable, self.watcher.as_mut()) else { return };
        if watcher.watched.contains(root) {
            return;
        }
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_character_data(true);
        if watcher.observer.observe_with_options(root, &options).is_ok() {
            watcher.watched.push(root.clone());
        }
    }

    /// Checks `editable` now, paints its findings and remembers them; returns its index in `boxes`.
    fn analyse(&mut self, editable: &Editable) -> usize {
        let snapshot = editable.snapshot();
        if self.long_check.as_ref().is_some_and(|c| c.editable == *editable) {
            self.long_check = None; // read here in full instead
        }
        let findings = self.segmenter.check(&self.engine, snapshot.text());
        self.record(editable, snapshot, &findings)
    }

    /// Paints `findings` of `editable` (as of `snapshot`) and remembers them; returns its index in `boxes`.
    fn record(&mut self, editable: &Editable, snapshot: Snapshot, findings: &[Finding]) -> usize {
        let mut findings = records(snapshot.text(), findings);
        findings.retain(|f| !self.ignored.iter().any(|(kind, text)| *kind == f.kind && *text == f.text));
        self.painter.paint(editable, &snapshot, &findings);
        self.boxes.retain(|b| b.editable != *editable && b.editable.is_connected());
        self.boxes.push(Tracked { editable: editable.clone(), snapshot, findings });
        self.boxes.len() - 1
    }

    /// The box a submit attempt would post from, among those typed in.
    fn box_for(&self, attempt: &Attempt) -> Option<Editable> {
        let typed_in = || self.boxes.iter().map(|b| &b.editable).filter(|e| e.is_connected());
        match attempt {
            Attempt::Key(editable) => typed_in().find(|e| *e == editable).cloned(),
            Attempt::Form(form) => typed_in().find(|e| form.contains(Some(e.element()))).cloned(),
            Attempt::Control { control, certain } => {
                // The box the control belongs to: the one sharing the deepest ancestor with it.
                let scored = typed_in().filter_map(|e| submit::closeness(e.element(), control).map(|depth| (depth, e)));
                let best = scored.max_by_key(|(depth, _)| *depth).map(|(_, e)| e.clone());
                // A control known to post belongs to the box last typed in; one that only says "Share" or
                // "Send" must at least sit next to it on screen (a "Share" far down a feed is another post's).
                best.or_else(|| {
                    typed_in().rfind(|e| *certain || submit::gap_between(e.element(), control) <= NEAR_PX).cloned()
                })
            }
        }
    }
}

/// An event listener: where, which event, whether it may cancel the event, what to do.
type Handler<'a> = (&'a web_sys::EventTarget, &'static str, bool, fn(&Runtime, &Event));

#[derive(Clone)]
struct Runtime {
    state: Rc<RefCell<State>>,
    listeners: Rc<RefCell<Vec<EventListener>>>,
}

impl Runtime {
    fn new(document: Document, engine: Engine) -> Result<Runtime, JsError> {
        let layer = layer::Layer::new(&document)?;
        let root = layer.root();
        let painter = marks::Painter::new(&document, root).ok_or_else(|| JsError::new("cannot add the marks"))?;
        let card = card::Card::new(&document, root)?;
        let dialog = dialog::Dialog::new(&document, root, &chrome::policy_page_url())?;
        let notice = notice::Notice::new(&document, root)?;
        let attachment_card = attach::AttachmentCard::new(&document, root)?;
        let host = document.location().and_then(|l| l.hostname().ok()).unwrap_or_default();
        let site = site_for_host(&host);
        let signup = signup::SignupGuard::new(&document, root, crate::signup::age_limit(&host));
        let requests = requests::RequestGuard::new(&document, root);
        Ok(Runtime {
            state: Rc::new(RefCell::new(State {
                engine,
                segmenter: Segmenter::new(),
                long_check: None,
                paused: false,
                site,
                layer,
                painter,
                card,
                dialog,
                notice,
                boxes: Vec::new(),
                card_box: None,
                pending: None,
                ignored: Vec::new(),
                hold: None,
                passes: Vec::new(),
                last_input: 0.0,
                last_typed: None,
                frame: None,
                follower: None,
                soon: None,
                watcher: None,
                signup,
                signup_review: None,
                requests,
                requests_scan: None,
                page_watcher: None,
                attachments: Vec::new(),
                attachment_card,
                attachments_reading: 0,
                waiting_for_attachments: None,
                after_start: None,
            })),
            listeners: Rc::new(RefCell::new(Vec::new())),
        })
    }

    /// The JavaScript build's first keystrokes. V8 runs new code in its interpreter and compiles only what it has
    /// seen run often, and the engine compiled to JavaScript is large: the first dozen keystrokes after it loaded
    /// ran mostly interpreted (measured on a 5,000-character draft: keystroke to mark p95 9.0 ms, 6.5 ms once
    /// twenty keystrokes had been typed). So, right after it is built, the engine checks a made-up draft a few
    /// times, one check per task and never while the person is typing, and the code their keystrokes run is
    /// compiled by the time they do. Nothing of it is shown or kept. The WebAssembly build needs none of it.
    fn warm_up(&self, rounds: u32, after_ms: u32) {
        if !JAVASCRIPT_BUILD || rounds == 0 {
            return;
        }
        let runtime = self.clone();
        self.state.borrow_mut().after_start = Some(Timeout::new(after_ms, move || {
            if js_sys::Date::now() - runtime.state.borrow().last_input < f64::from(WARM_UP_QUIET_MS) {
                return runtime.warm_up(rounds, WARM_UP_QUIET_MS);
            }
            {
                let state = runtime.state.borrow();
                let draft = warm_up_draft(state.engine.config());
                let findings = state.engine.check(&draft);
                std::hint::black_box(records(&draft, &findings));
            }
            runtime.warm_up(rounds - 1, 0);
        }));
    }

    /// The engine was built without the tone lexicons, which every engine of the page shares (a third of building
    /// an engine natively, 30–40 ms of the JavaScript build's first keystroke): they are built here, a slice of
    /// entries per task, from a little after the engine started (the first keystroke is marked by then). Until they
    /// are in place each check reads its text with the part of them it can match, which finds the same. Then the
    /// JavaScript build warms up.
    fn build_lexicon(&self, mut build: LexiconBuild, after_ms: u32) {
        let runtime = self.clone();
        self.state.borrow_mut().after_start = Some(Timeout::new(after_ms, move || {
            // A long draft checked meanwhile built the whole lexicon at once.
            if lexicon_built() || build.step(LEXICON_SLICE) {
                build.install();
                runtime.build_names_then_warm_up();
            } else {
                runtime.build_lexicon(build, 0);
            }
        }));
    }

    /// The engine was built without its roster's names table (see [`Engine::deferred`]): built here, in the task
    /// that finished the lexicons (a few milliseconds in WebAssembly; nothing if a long draft built it already),
    /// without waiting for a pause in typing as the warm-up does: until it is built every check builds a table of
    /// its own. Then the JavaScript build warms up.
    fn build_names_then_warm_up(&self) {
        self.state.borrow().engine.build_deferred();
        self.warm_up(WARM_UP_ROUNDS, WARM_UP_QUIET_MS);
    }

    /// What is done once the engine is up: the lexicons if they are not built yet, the names table, then the
    /// warm-up.
    fn after_start(&self) {
        if lexicon_built() {
            self.build_names_then_warm_up();
        } else {
            self.build_lexicon(LexiconBuild::new(), LEXICON_AFTER_MS);
        }
    }

    /// Switches to a new configuration and checks every box typed in again.
    fn replace_engine(&self, engine: Engine) {
        let boxes: Vec<Editable> = {
            let mut state = self.state.borrow_mut();
            // Not the first keystroke's engine: built whole now, before the boxes are checked again.
            engine.build_deferred();
            state.engine = engine;
            state.segmenter.clear();
            state.long_check = None;
            if state.paused {
                return;
            }
            state.boxes.iter().map(|b| b.editable.clone()).collect()
        };
        {
            let mut state = self.state.borrow_mut();
            for editable in boxes.iter().filter(|e| e.is_connected()) {
                state.analyse(editable);
            }
        }
        self.follow_page();
        // The role or the roster may have changed.
        self.review_signup_soon();
        self.scan_requests_soon();
    }

    /// Paused on this site: a held post is let go (the person decides again when they post), and every
    /// highlight, card and note goes away. The boxes typed in are remembered for [`Runtime::resume`].
    fn pause(&self) {
        self.close_hold(true);
        let mut state = self.state.borrow_mut();
        state.paused = true;
        state.card.hide();
        state.notice.hide();
        state.layer.set_visible(false);
        state.painter.clear();
        state.pending = None;
        state.frame = None;
        state.follower = None;
        state.soon = None;
        state.signup_review = None;
        state.requests_scan = None;
    }

    /// Active again: the UI layer comes back (the caller then replaces the engine, which repaints).
    fn resume(&self) {
        let mut state = self.state.borrow_mut();
        state.paused = false;
        state.layer.set_visible(true);
    }

    fn listen(&self, document: &Document) {
        let window = web_sys::window().expect("a content script has a window");
        let runtime = self.clone();
        let callback = Closure::<dyn FnMut()>::new(move || runtime.on_mutation());
        if let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) {
            self.state.borrow_mut().watcher = Some(Watcher { observer, watched: Vec::new(), _callback: callback });
        }
        let (ignore, edit, post_anyway, policy, attachment_ok) = {
            let state = self.state.borrow();
            let dialog = &state.dialog;
            (
                state.card.ignore_button().clone(),
                dialog.edit_button().clone(),
                dialog.post_anyway_button().clone(),
                dialog.policy_link().clone(),
                state.attachment_card.close_button().clone(),
            )
        };
        // Editors that insert text themselves (Draft.js, Slate, often Lexical) cancel the browser's
        // insertion, so no `input` event follows: `beforeinput` is what every typed character raises.
        // Submits are caught on the window in the capture phase: before any handler of the page's own below it.
        // `true`: the handler may cancel the event (a held submit), so it cannot be passive.
        // Fonts arriving late change where every word is (`document.fonts` is an event target).
        let fonts: web_sys::EventTarget = js_sys::Reflect::get(document, &"fonts".into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .unwrap_or_else(|| document.clone().unchecked_into());
        let handlers: [Handler; 21] = [
            (document, "change", false, |runtime, e| runtime.on_form_activity(e)),
            (document, "click", false, |runtime, e| runtime.on_form_activity(e)),
            (document, "input", false, Runtime::on_input),
            (document, "beforeinput", false, Runtime::on_input),
            (document, "selectionchange", false, |runtime, _| runtime.on_caret()),
            (document, "mousemove", false, Runtime::on_pointer),
            (document, "pointerdown", false, Runtime::on_press),
            (&window, "keydown", true, Runtime::on_key),
            (&window, "click", true, |runtime, e| runtime.on_submit(e, submit::from_click(e, runtime.site()))),
            (&window, "submit", true, |runtime, e| runtime.on_submit(e, submit::from_form_submit(e))),
            // Photos and videos attached by a file input, a paste or a drop (read only, never changed).
            (&window, "change", false, Runtime::on_attach),
            (&window, "paste", false, Runtime::on_attach),
            (&window, "drop", false, Runtime::on_attach),
            (&attachment_ok, "click", false, |runtime, e| {
                if e.is_trusted() {
                    runtime.state.borrow().attachment_card.hide();
                }
            }),
            (document, "scroll", false, |runtime, _| runtime.reposition()),
            (&window, "resize", false, |runtime, _| runtime.relayout()),
            (&fonts, "loadingdone", false, |runtime, _| runtime.relayout()),
            // PostGuard's own buttons answer the person only: a page script's synthetic click changes nothing.
            (&ignore, "click", false, |runtime, e| {
                if e.is_trusted() {
                    runtime.ignore_shown()
                }
            }),
            (&edit, "click", false, |runtime, e| {
                if e.is_trusted() {
                    runtime.edit_held()
                }
            }),
            (&post_anyway, "click", false, |runtime, e| {
                if e.is_trusted() {
                    runtime.post_anyway()
                }
            }),
            (&policy, "click", true, |_, e| {
                e.prevent_default();
                chrome::open_policy_page();
            }),
        ];
        let listeners = handlers.into_iter().map(|(target, event, cancels, handler)| {
            let runtime = self.clone();
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: !cancels };
            EventListener::new_with_options(target, event, options, move |e| {
                // An event raised from inside one of our own DOM calls (a page's handler reacting at once)
                // finds the state in use: let it pass rather than fail. While paused, every event passes.
                if runtime.state.try_borrow_mut().is_ok_and(|state| !state.paused) {
                    handler(&runtime, e);
                }
            })
        });
        self.listeners.borrow_mut().extend(listeners);
    }

    /// Something changed on the page (a select, a dropdown, a field): look at a sign-up form again. Untrusted
    /// events count too: only the age note depends on it, and the roster plays no part.
    fn on_form_activity(&self, _: &Event) {
        self.review_signup_soon();
    }

    /// Reviews the sign-up form once the page's own handlers (custom dropdowns) have updated it.
    fn review_signup_soon(&self) {
        let mut state = self.state.borrow_mut();
        if state.paused || state.signup.is_none() || state.signup_review.is_some() {
            return;
        }
        let runtime = self.clone();
        state.signup_review = Some(Timeout::new(0, move || {
            let mut state = runtime.state.borrow_mut();
            state.signup_review = None;
            let role = state.engine.role();
            if let (Some(guard), Some(document)) = (&state.signup, web_sys::window().and_then(|w| w.document())) {
                guard.review(&document, role, today());
            }
        }));
    }

    /// On a request list page, for staff: looks through the requests soon (lists render in bursts).
    fn scan_requests_soon(&self) {
        let mut state = self.state.borrow_mut();
        if state.paused || state.requests.is_none() || state.requests_scan.is_some() || !on_request_page() {
            return;
        }
        let runtime = self.clone();
        state.requests_scan = Some(Timeout::new(REQUEST_SCAN_MS, move || {
            let mut state = runtime.state.borrow_mut();
            state.requests_scan = None;
            let State { requests, engine, .. } = &mut *state;
            let staff = engine.role().section() == crate::policy::Section::Staff;
            if let (Some(guard), Some(document), true) = (requests, web_sys::window().and_then(|w| w.document()), staff)
            {
                guard.scan(&document, engine);
            }
        }));
    }

    /// Watches the page for request lists appearing or changing, on request pages.
    fn watch_request_lists(&self, document: &Document) {
        if !on_request_page() {
            return;
        }
        let runtime = self.clone();
        let callback = Closure::<dyn FnMut()>::new(move || runtime.scan_requests_soon());
        let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) else { return };
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        if let Some(body) = document.body() {
            if observer.observe_with_options(&body, &options).is_ok() {
                self.state.borrow_mut().page_watcher = Some((observer, callback));
            }
        }
        self.scan_requests_soon();
    }

    fn site(&self) -> Option<&'static Site> {
        self.state.borrow().site
    }

    /// Keys: the dialog's and the card's own (Escape, Tab, Alt+Enter), then submits by keyboard.
    fn on_key(&self, event: &Event) {
        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if !event.is_trusted() {
            return; // a page script's keys neither close the dialog nor post (see `submit::from_key`)
        }
        let name = key.key();
        let mut focus_next: Option<web_sys::HtmlElement> = None;
        let handled = 'ui: {
            let mut state = self.state.borrow_mut();
            if state.dialog.is_open() {
                let in_ui =
                    event.composed_path().get(0).dyn_into::<web_sys::Node>().is_ok_and(|n| state.layer.contains(&n));
                match name.as_str() {
                    "Escape" => {
                        event.prevent_default();
                        event.stop_immediate_propagation();
                        drop(state);
                        self.close_hold(true);
                        break 'ui true;
                    }
                    "Tab" if in_ui => {
                        event.prevent_default();
                        focus_next = Some(state.dialog.next_stop(key.shift_key()));
                        break 'ui true;
                    }
                    _ if in_ui => break 'ui true, // Enter or Space on the dialog's own buttons
                    _ => {}
                }
            } else if name == "Escape" && state.card.shown().is_some() {
                if state.card.has_focus() {
                    focus_next = state.card_box.as_ref().map(|e| e.element().clone());
                }
                state.card.hide();
                break 'ui true;
            } else if name == "Enter" && key.alt_key() && state.card.button_to_focus().is_some() {
                event.prevent_default();
                event.stop_immediate_propagation();
                focus_next = state.card.button_to_focus();
                break 'ui true;
            } else if state.card.has_focus() {
                break 'ui true; // Enter or Space on the card's button
            }
            false
        };
        // Focus moves only once nothing is borrowed: moving it fires the page's blur and change handlers at once.
        if let Some(element) = focus_next {
            element.focus().ok();
        }
        if handled {
            return;
        }
        let attempt = submit::from_key(event, self.site());
        self.on_submit(event, attempt);
    }

    /// A submit is about to happen: hold it when the box it posts from has open findings.
    fn on_submit(&self, event: &Event, attempt: Option<Attempt>) {
        let Some(attempt) = attempt else { return };
        let editable = self.state.borrow().box_for(&attempt);
        let Some(editable) = editable else { return };
        if self.state.borrow().attachments_reading > 0 {
            // A photo attached a moment ago is still being read: hold this post until it is, then review it.
            event.prevent_default();
            event.stop_immediate_propagation();
            self.state.borrow_mut().waiting_for_attachments = Some(editable);
            return;
        }
        if self.hold(&editable) {
            event.prevent_default();
            event.stop_immediate_propagation();
        } else {
            self.attachments_posted();
        }
    }

    /// Every attachment has been read: a post that came meanwhile gets the dialog, or is told it is clear to post
    /// (the person posts again themselves; nothing is replayed).
    fn attachments_read(&self) {
        let waiting = {
            let mut state = self.state.borrow_mut();
            if state.attachments_reading > 0 {
                return;
            }
            state.waiting_for_attachments.take()
        };
        if let Some(editable) = waiting {
            if !self.hold(&editable) {
                self.state.borrow_mut().notice.say(CLEAR_TO_POST);
            }
        }
    }

    /// The post went, with whatever was attached: those notes are done with.
    fn attachments_posted(&self) {
        let mut state = self.state.borrow_mut();
        state.attachments.clear();
        state.attachment_card.hide();
    }

    /// A trusted change of a file input, paste or drop that carries pictures or videos: check them.
    fn on_attach(&self, event: &Event) {
        let files = attach::files_of(event);
        let Some(target) = event.composed_path().get(0).dyn_into::<web_sys::Element>().ok() else { return };
        if !files.is_empty() {
            self.check_attachments(files, &target);
        }
    }

    /// Reads each file through the background worker, checks its words with this page's engine, and shows what
    /// needs a second look by the composer `target` belongs to.
    fn check_attachments(&self, files: Vec<web_sys::File>, target: &web_sys::Element) {
        let composer = self.composer_for(target);
        self.state.borrow_mut().attachments_reading += files.len();
        for file in files {
            let runtime = self.clone();
            let composer = composer.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let facts = attach::facts_of(&file).await;
                runtime.note_facts(&file, composer, facts);
                runtime.state.borrow_mut().attachments_reading -= 1;
                runtime.attachments_read();
            });
        }
    }

    /// What one attached file carries, checked with this page's engine: noted for the hold and shown on the card.
    fn note_facts(&self, file: &web_sys::File, composer: Option<Editable>, facts: Result<PhotoFacts, String>) {
        let mut state = self.state.borrow_mut();
        if state.paused {
            return;
        }
        let facts = match facts {
            Ok(facts) => facts,
            Err(why) => return state.notice.say(&format!("PostGuard could not check “{}”: {why}.", file.name())),
        };
        let report = facts.checked(&state.engine);
        let Some(note) = AttachmentNote::new(&report, &file.name(), state.engine.role()) else { return };
        state.attachments.push(note);
        if let Some(composer) = &composer {
            state.analyse(composer); // its post is held even if nobody typed in it
        }
        let anchor: Option<web_sys::Element> = composer.map(|c| c.element().clone().unchecked_into());
        state.attachment_card.show(&state.attachments, anchor.as_ref());
    }

    /// The compose box an attachment goes with: the box it was pasted or dropped into, else a box in the file
    /// input's form, else the box typed in last.
    fn composer_for(&self, target: &web_sys::Element) -> Option<Editable> {
        let in_form = || {
            let fields = target.closest("form").ok().flatten()?.query_selector_all(editable::EDITABLE_SELECTOR).ok()?;
            (0..fields.length()).find_map(|i| fields.get(i).and_then(|f| Editable::containing(&f)))
        };
        Editable::containing(target).or_else(in_form).or_else(|| self.state.borrow().last_typed.clone())
    }

    /// A submit the bootstrap held because it came before the engine was ready (`control` is the post button or the
    /// form): checks the draft it would have posted, then opens the dialog, or says it is clear to post. The person
    /// posts again themselves; nothing is replayed.
    fn review_held_submit(&self, control: &web_sys::Element) {
        let attempt = match control.dyn_ref::<web_sys::HtmlFormElement>() {
            Some(form) => Attempt::Form(form.clone()),
            None => Attempt::Control { control: control.clone(), certain: false },
        };
        let editable = {
            let mut state = self.state.borrow_mut();
            if state.paused {
                return;
            }
            // The box may never have been typed in (a share box filled in by the site): every box with text counts.
            let document = web_sys::window().and_then(|w| w.document());
            for editable in document.iter().flat_map(editable::boxes_with_text) {
                if !state.boxes.iter().any(|b| b.editable == editable) {
                    state.analyse(&editable);
                }
            }
            state.box_for(&attempt)
        };
        if let Some(editable) = editable.clone().filter(|_| self.state.borrow().attachments_reading > 0) {
            // A photo attached before the engine was up is still being read: review the post once it is.
            self.state.borrow_mut().waiting_for_attachments = Some(editable);
            return;
        }
        let held = editable.is_some_and(|editable| self.hold(&editable));
        if !held {
            self.state.borrow_mut().notice.say(CLEAR_TO_POST);
        }
    }

    /// Opens the dialog when `editable`'s draft, read now, has open findings; whether the post must be held.
    fn hold(&self, editable: &Editable) -> bool {
        let mut state = self.state.borrow_mut();
        let editable = editable.clone();
        // The draft as it is now, not as it was at the last frame: nothing typed just before posting slips through.
        let index = state.analyse(&editable);
        let tracked = &state.boxes[index];
        if tracked.findings.is_empty() && state.attachments.is_empty() {
            return false;
        }
        let review = Review::new(&tracked.findings, state.engine.config()).with_attachments(state.attachments.clone());
        let text = tracked.snapshot.text().to_owned();
        if review.can_post_anyway() && state.passes.iter().any(|(e, t)| *e == editable && *t == text) {
            return false; // "Post anyway" was chosen for exactly this text: let it go untouched.
        }
        if state.hold.is_some() {
            return true; // already on hold: the dialog is open
        }
        state.card.hide();
        state.hold = Some(Hold {
            editable,
            text,
            can_post_anyway: review.can_post_anyway(),
            return_focus: deep_active_element(),
        });
        state.dialog.open(&review);
        let edit = state.dialog.edit_button().clone();
        drop(state);
        edit.focus().ok(); // Edit, the safe choice, once nothing is borrowed (see `on_key`)
        true
    }

    /// Closes the dialog; with `restore_focus`, focus goes back where it was.
    fn close_hold(&self, restore_focus: bool) -> Option<Hold> {
        let hold = {
            let mut state = self.state.borrow_mut();
            state.dialog.close();
            state.hold.take()?
        };
        if restore_focus {
            if let Some(element) = hold.return_focus.as_ref().filter(|e| e.is_connected()) {
                element.focus().ok();
            }
        }
        Some(hold)
    }

    /// "Edit": close the dialog and put the caret on the first finding.
    fn edit_held(&self) {
        let Some(hold) = self.close_hold(false) else { return };
        let caret = {
            let state = self.state.borrow();
            let tracked = state.boxes.iter().find(|b| b.editable == hold.editable);
            tracked.and_then(|t| t.editable.caret_at(&t.snapshot, t.findings.first().map_or(0, |f| f.start)))
        };
        match caret {
            Some(caret) => hold.editable.place_caret(caret),
            None => {
                hold.editable.element().focus().ok();
            }
        }
    }

    /// "Post anyway": the person's own next submit of this text goes through.
    fn post_anyway(&self) {
        let Some(hold) = self.close_hold(true) else { return };
        if hold.can_post_anyway {
            self.state.borrow_mut().passes.push((hold.editable, hold.text));
        }
    }

    /// Typing, pasting, dictation: analyse the box as soon as the editor has
    /// put the text in its DOM, at most once per animation frame.
    fn on_input(&self, event: &Event) {
        self.review_signup_soon();
        if !event.is_trusted() {
            return; // A page script wrote this: never analyse it (the roster must not be probeable).
        }
        let Some(editable) = Editable::from_event(event) else { return };
        {
            let mut state = self.state.borrow_mut();
            state.last_input = js_sys::Date::now();
            state.last_typed = Some(editable.clone());
            state.watch(&editable);
        }
        if event.type_() == "input" {
            // The text is in the DOM now. (A timer would run only after the next frame: Chrome renders before
            // it runs timers queued by input, measured at +4–16 ms per keystroke.)
            self.state.borrow_mut().pending = Some(editable);
            self.analyse_unless_frame_spent();
        } else {
            // `beforeinput`: editors that insert the text themselves (Draft.js, Slate, Lexical) have yet to change
            // their DOM; their change (seen by the mutation observer) or, failing that, a zero-delay task triggers it.
            self.schedule(editable);
        }
    }

    /// An editor changed its DOM. Right after the person typed, that is the
    /// editor putting in their text (or tidying its nodes after the browser
    /// did): analyse now. Any other time it is the page's doing: ignore it.
    fn on_mutation(&self) {
        {
            let mut state = self.state.borrow_mut();
            if state.paused {
                return;
            }
            if state.pending.is_none() {
                if js_sys::Date::now() - state.last_input > SETTLE_MS {
                    // The page's doing, not the person's: nothing to analyse, but the text may have moved.
                    state.painter.invalidate();
                    return;
                }
                state.pending = state.last_typed.clone();
            }
        }
        self.analyse_unless_frame_spent();
    }

    /// Analyses the pending box now, unless this frame has had its analysis (then the frame's end will).
    fn analyse_unless_frame_spent(&self) {
        {
            let mut state = self.state.borrow_mut();
            if state.frame.is_some() {
                return;
            }
            state.soon = None; // dropping the timer cancels it
        }
        self.analyse_pending();
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
        let Some(editable) = self.state.borrow_mut().pending.take() else { return };
        if !self.analyse_now_or_in_slices(editable) {
            return;
        }
        let mut state = self.state.borrow_mut();
        // The rest of this frame is spoken for: anything typed now is analysed when it ends.
        let runtime = self.clone();
        state.frame = Some(request_animation_frame(move |_| {
            runtime.state.borrow_mut().frame = None;
            runtime.analyse_pending();
        }));
        drop(state);
        self.follow_page();
    }

    /// Analyses and paints `editable` now; or, when most of it is a long draft not read before, starts reading it
    /// over several tasks (the marks already shown stay until that is done). Whether it was analysed now.
    fn analyse_now_or_in_slices(&self, editable: Editable) -> bool {
        let mut state = self.state.borrow_mut();
        let snapshot = editable.snapshot();
        let cuts = segments(snapshot.text());
        let unread = cuts.iter().filter(|c| state.segmenter.is_new(snapshot.text(), (*c).clone())).count();
        if unread > SEGMENTS_AT_ONCE {
            let runtime = self.clone();
            let next = Timeout::new(0, move || runtime.continue_long_check());
            state.long_check = Some(LongCheck { editable, snapshot, cuts, findings: Vec::new(), _next: next });
            return false;
        }
        state.long_check = None;
        let State { segmenter, engine, .. } = &mut *state;
        let findings = segmenter.check(engine, snapshot.text());
        state.record(&editable, snapshot, &findings);
        state.card.hide();
        true
    }

    /// Reads the next slice of a long draft; paints its findings once all of it is read.
    fn continue_long_check(&self) {
        let mut state = self.state.borrow_mut();
        let State { long_check, segmenter, engine, .. } = &mut *state;
        let Some(check) = long_check.as_mut() else { return };
        let started = js_sys::Date::now();
        let mut read = 0;
        while read < check.cuts.len() && js_sys::Date::now() - started < SLICE_MS {
            let cut = check.cuts[read].clone();
            check.findings.extend(segmenter.check_segment(engine, check.snapshot.text(), cut));
            read += 1;
        }
        check.cuts.drain(..read);
        if !check.cuts.is_empty() {
            let runtime = self.clone();
            check._next = Timeout::new(0, move || runtime.continue_long_check());
            return;
        }
        segmenter.end_pass();
        let Some(LongCheck { editable, snapshot, findings, .. }) = state.long_check.take() else { return };
        if editable.snapshot().text() != snapshot.text() {
            return; // typed in meanwhile: that keystroke's analysis is on its way
        }
        state.record(&editable, snapshot, &findings);
        state.card.hide();
        drop(state);
        self.follow_page();
    }

    /// The layer was put back after a page script hid or removed it: measure the marks again at the next frame.
    fn remeasure(&self) {
        if let Ok(mut state) = self.state.try_borrow_mut() {
            state.painter.invalidate_text_layout();
        }
        self.follow_page();
    }

    /// While marks are shown, once per animation frame: they follow their words wherever the page moves them.
    /// A frame where nothing moved costs a few rectangle reads; with no marks, nothing runs.
    fn follow_page(&self) {
        let mut state = self.state.borrow_mut();
        if state.follower.is_some() || state.paused || !state.painter.has_marks() {
            return;
        }
        let runtime = self.clone();
        state.follower = Some(request_animation_frame(move |_| {
            {
                let mut state = runtime.state.borrow_mut();
                state.follower = None;
                if state.paused {
                    return;
                }
                state.painter.follow();
            }
            runtime.follow_page();
        }));
    }

    /// The page scrolled: friend-request frames follow (marks follow at the next frame by themselves).
    fn reposition(&self) {
        let state = self.state.borrow();
        if let Some(guard) = &state.requests {
            guard.follow();
        }
    }

    /// The window was resized or zoomed, or a font arrived: text may have reflowed everywhere.
    fn relayout(&self) {
        self.state.borrow_mut().painter.invalidate_text_layout();
        self.reposition();
    }

    /// The caret moved (by arrow keys or a click, not by typing): show the card when it sits in a finding.
    fn on_caret(&self) {
        let mut state = self.state.borrow_mut();
        if js_sys::Date::now() - state.last_input < TYPING_QUIET_MS || state.dialog.is_open() || state.card.has_focus()
        {
            return;
        }
        let found = state.boxes.iter().find_map(|b| {
            let at = b.editable.caret_offset(&b.snapshot)?;
            let i = b.findings.iter().position(|f| f.start <= at && at <= f.end)?;
            Some((b.editable.clone(), b.findings[i].clone(), i))
        });
        state.show_card(found);
    }

    /// "Ignore once": stop flagging this text as this kind on this page, and repaint.
    fn ignore_shown(&self) {
        let back_to = {
            let mut state = self.state.borrow_mut();
            let Some(shown) = state.card.shown().cloned() else { return };
            state.ignored.push((shown.kind, shown.text));
            let had_focus = state.card.has_focus();
            state.card.hide();
            let boxes: Vec<Editable> = state.boxes.iter().map(|b| b.editable.clone()).collect();
            for editable in boxes.iter().filter(|e| e.is_connected()) {
                state.analyse(editable);
            }
            state.card_box.clone().filter(|_| had_focus)
        };
        self.follow_page();
        if let Some(editable) = back_to {
            editable.element().focus().ok();
        }
    }

    /// A click or tap outside our UI puts the card (and an open dialog) away, so it never stands in the way.
    fn on_press(&self, event: &Event) {
        let Some(event) = event.dyn_ref::<web_sys::MouseEvent>().filter(|e| e.is_trusted()) else { return };
        let (x, y) = (event.client_x() as f64, event.client_y() as f64);
        let dialog_open = {
            let mut state = self.state.borrow_mut();
            if !state.card.contains_point(x, y) {
                state.card.hide();
            }
            state.dialog.is_open() && !state.dialog.contains_point(x, y)
        };
        if dialog_open {
            self.close_hold(false);
        }
    }

    /// The pointer rests on a finding: show its card.
    fn on_pointer(&self, event: &Event) {
        let Some(event) = event.dyn_ref::<web_sys::MouseEvent>().filter(|e| e.is_trusted()) else { return };
        let mut state = self.state.borrow_mut();
        let (x, y) = (event.client_x() as f64, event.client_y() as f64);
        if state.card.contains_point(x, y) || state.dialog.is_open() || state.card.has_focus() {
            return;
        }
        let painter = &state.painter;
        let hovered = state.boxes.iter().find_map(|b| {
            let i =
                (0..b.findings.len()).find(|&i| painter.rects_of(&b.editable, i).iter().any(|r| r.contains(x, y)))?;
            Some((b.editable.clone(), b.findings[i].clone(), i))
        });
        state.show_card(hovered);
    }
}

impl State {
    /// Shows the card for finding `index` of a box, or hides it.
    fn show_card(&mut self, found: Option<(Editable, FindingRecord, usize)>) {
        match found {
            Some((editable, finding, index)) => {
                let rects = self.painter.rects_of(&editable, index);
                self.card.show(&finding, &rects);
                self.card_box = Some(editable);
            }
            None => self.card.hide(),
        }
    }
}

/// Whether this page shows friend, follow or message requests (see [`requests::watches`]).
fn on_request_page() -> bool {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return false };
    requests::watches(&location.hostname().unwrap_or_default(), &location.pathname().unwrap_or_default())
}

/// Today's local date.
fn today() -> crate::signup::Date {
    let now = js_sys::Date::new_0();
    crate::signup::Date::new(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .expect("the browser's calendar date exists")
}

/// The focused element, looking into open shadow roots (an editor inside a web component).
fn deep_active_element() -> Option<web_sys::HtmlElement> {
    let document = web_sys::window()?.document()?;
    let mut active = document.active_element()?;
    while let Some(inner) = active.shadow_root().and_then(|root| root.active_element()) {
        active = inner;
    }
    active.dyn_into().ok()
}

/// A rectangle the browser measured, as the content script's [`Rect`].
pub(crate) fn dom_rect(r: &web_sys::DomRect) -> Rect {
    Rect { left: r.left(), top: r.top(), right: r.right(), bottom: r.bottom() }
}

/// The client rectangles of a range, one per line it spans, moved by `(dx, dy)`.
pub(crate) fn client_rects(range: &web_sys::Range, (dx, dy): (f64, f64)) -> Vec<Rect> {
    let Some(list) = range.get_client_rects() else { return Vec::new() };
    // A loop, not an iterator chain: the chain cost the JavaScript build a kilobyte.
    let mut rects = Vec::with_capacity(list.length() as usize);
    for r in (0..list.length()).filter_map(|i| list.get(i)) {
        rects.push(dom_rect(&r).shifted(dx, dy));
    }
    rects
}

/// Whether this is the content script's JavaScript build: wasm2js takes MVP WebAssembly only, built with
/// `-C target-cpu=mvp` (build.sh), which has no bulk memory operations.
const JAVASCRIPT_BUILD: bool = cfg!(not(target_feature = "bulk-memory"));

/// How long after the engine starts the tone lexicons start being built (see [`Runtime::build_lexicon`]), in
/// milliseconds: the first keystroke's check and marks come first.
const LEXICON_AFTER_MS: u32 = 100;

/// How many lexicon entries are added per task: about 4 ms in the JavaScript build, well under 1 ms in WebAssembly.
const LEXICON_SLICE: usize = 200;

/// How many times the JavaScript build checks [`WARM_UP_DRAFT`] after loading (see [`Runtime::warm_up`]).
const WARM_UP_ROUNDS: u32 = 10;

/// How long after a keystroke (or the engine's start) the warm-up waits, in milliseconds: the person's own checks
/// come first.
const WARM_UP_QUIET_MS: u32 = 200;

/// A made-up draft with something of everything the engine reads: words of every kind, a name, the school,
/// contact details, a date, a hostile remark and a complaint (about 1 KB).
const WARM_UP_DRAFT: &str = "What a lovely afternoon at the summer fair! Thank you to everyone who baked, \
    ran a stall or came along with their families. Jack and Amelia's class raised the most for the new library. \
    If you found a blue coat, ring me on 07700 900123 or email lost.property@example.com, or drop it at \
    27 Orchard Close, Newbury RG14 5XX. Our youngest was born on 3 March 2016 and turns ten next spring. \
    I am really unhappy with how the trip was organised and nobody answered my emails; I will be making a \
    formal complaint. Some people here need to shut up and stop spreading lies about the teachers. \
    See you all at the carol concert in December, and well done to the choir from the school! ";

/// [`WARM_UP_DRAFT`] with names of the school's own pupils in it: code that has only ever run without finding
/// anything is compiled for that, and thrown away at the first name found.
fn warm_up_draft(config: &crate::Config) -> String {
    let mut draft = String::from(WARM_UP_DRAFT);
    for pupil in config.pupils.iter().take(8) {
        draft.push_str(&format!("Well done {} and {} {}, ", pupil.first, pupil.first, pupil.last));
    }
    draft.push_str("see you all soon.");
    draft
}

/// How close (CSS pixels) a control labelled "Post", "Send"… must be to a box to post it, when they share no container.
const NEAR_PX: f64 = 160.0;

/// How long a request list is left to settle before it is looked through, in milliseconds.
const REQUEST_SCAN_MS: u32 = 150;

/// How long after a keystroke an editor's own DOM changes count as putting in what was typed, in milliseconds.
const SETTLE_MS: f64 = 50.0;

/// How long after a keystroke caret moves count as typing, in milliseconds.
const TYPING_QUIET_MS: f64 = 400.0;
