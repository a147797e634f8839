// PostGuard's content-script bootstrap, the only script of a page until someone is about to type. It runs in
// the extension's isolated world (the page cannot see its variables) and costs a page next to nothing: the
// engine (the Rust content script, WebAssembly or its JavaScript build) is loaded and built on the first trusted
// focus of, or input into, an editable field in this frame. Sign-up and friend-request pages of the listed sites
// start it at once (content/eager.js, a manifest entry for those hosts only).
//
// The manifest puts it in top frames only: every frame given a script gets an isolated world of its own (~0.18 MB
// of JS heap each, bench/page-cost.mjs), which a news page's advert frames would pay for nobody. When focus goes
// into a frame (the window blurs and a frame element is the active one; or, in a frame, focus leaves for another
// frame), the service worker gives every frame of the tab this bootstrap, which then starts the engine in the
// frame that holds the focus. Frames added later are reached the same way when focus goes into them.
//
// A submit before the engine is ready (a pre-filled share box posted at once) is held: the draft is checked as
// soon as the engine is up, and then the dialog opens or the person is told it is clear to post. The submit is
// never replayed; the person posts again themselves.
(() => {
  if (globalThis.__postguardBootstrap) return;
  // `asked`/`ready`: when loading started and when the engine was up (performance.now(); read by bench/latency.mjs).
  const self = (globalThis.__postguardBootstrap = { engine: null, loading: null, asked: null, ready: null });
  // The labels that make a control a post button: the engine's SUBMIT_WORDS (src/sites.rs; a test keeps them equal).
  const SUBMIT_WORDS = ['post', 'send', 'reply', 'tweet', 'comment', 'publish', 'share', 'submit', 'respond', 'toot', 'postear'];
  const EDITABLE = 'textarea, input:not([type]), input[type=text], input[type=search], input[type=email], input[type=url], [contenteditable]:not([contenteditable=false])';
  const BUTTON_LIKE = 'button, input[type=submit], input[type=button], input[type=image], [role=button]';
  const FRAME = 'iframe, frame, object, embed';
  // How often at most a frame asks the worker to give every frame the bootstrap (focus can bounce between frames).
  const FRAMES_ASK_MS = 1000;
  const typedIn = new Set();
  const attached = []; // [target, files] of photos attached before the engine was up
  let heldControl = null;
  let framesAsked = -Infinity;

  const target = (event) => event.composedPath()[0];
  const isEditable = (node) => node instanceof Element && (node.matches(EDITABLE) || node.isContentEditable);
  const onFocus = (event) => { if (event.isTrusted && isEditable(target(event))) start(); };
  const onInput = (event) => { if (event.isTrusted) { typedIn.add(target(event)); start(); } };
  // A photo or video attached (file input, paste, drop): its files are taken now, while the event lasts.
  const onAttach = (event) => {
    if (!event.isTrusted || self.engine) return;
    const list = event.type === 'change' ? target(event).files : (event.clipboardData ?? event.dataTransfer)?.files;
    const files = [...(list ?? [])].filter((f) => /^(image|video)\//.test(f.type));
    if (files.length === 0) return;
    attached.push([target(event), files]);
    start();
  };
  const onSubmit = (event) => {
    if (!event.isTrusted || self.engine) return;
    const control = event.type === 'submit' ? event.target : postControl(event);
    if (!control || !draftInFrame()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    heldControl = control;
    start();
  };
  const listeners = [['focusin', onFocus], ['beforeinput', onInput], ['input', onInput], ['click', onSubmit], ['submit', onSubmit],
    ['change', onAttach], ['paste', onAttach], ['drop', onAttach]];
  for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
  window.addEventListener('blur', onWindowBlur, true);
  answerStatus();
  if (globalThis.__postguardEager) start();
  // Only in frames, which get this script from the worker when focus has just gone into one. A top frame gets it
  // from the manifest at load: an autofocused box there (a search page's) is no sign that anyone will type.
  if (window !== window.top) startIfFocusedHere();

  // Focus left this frame's window, for a frame that may not have the bootstrap yet: a frame element of this one
  // (the active element says so), or, from inside a frame, anywhere (a sibling frame looks the same as another tab).
  function onWindowBlur(event) {
    if (!event.isTrusted || event.target !== window) return;
    if (window !== window.top) return askForFrames();
    // Firefox names the frame element as the active one only once the blur is over (Chromium already during it).
    setTimeout(() => { if (document.activeElement?.matches(FRAME)) askForFrames(); }, 0);
  }

  function askForFrames() {
    if (performance.now() - framesAsked < FRAMES_ASK_MS) return;
    framesAsked = performance.now();
    chrome.runtime.sendMessage({ type: 'postguard:frames' }).catch(() => {});
  }

  // Injected into a frame the person just clicked or tabbed into: the focus event is over, so look at the focus now.
  function startIfFocusedHere() {
    if (!document.hasFocus()) return;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!isEditable(active)) return;
    if ((active.value ?? active.textContent).trim() !== '') typedIn.add(active);
    start();
  }

  function start() {
    self.loading ??= (async () => {
      self.asked = performance.now();
      try {
        const { engine, managed, local } = await load();
        await engine.startContentScript(managed, local);
        self.engine = engine;
        self.ready = performance.now();
        for (const node of typedIn) engine.noteTypedIn(node);
        for (const [node, files] of attached) engine.noteAttached(node, files);
        if (heldControl) engine.reviewHeldSubmit(heldControl);
      } catch (error) {
        console.warn('PostGuard is not active on this page:', error);
      } finally {
        for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
      }
    })();
  }

  // A control labelled like a post button ("Post", "Share now"), among the click's targets.
  function postControl(event) {
    for (const node of event.composedPath()) {
      if (!(node instanceof Element) || node === document.body) return null;
      if (!node.matches(BUTTON_LIKE)) continue;
      const label = (node.getAttribute('aria-label') || node.textContent || node.value || '').trim();
      const first = label.split(/[^\p{L}\p{N}]/u)[0].toLowerCase();
      const short = label.length <= 24 && label.split(/\s+/).length <= 3;
      return short && SUBMIT_WORDS.includes(first) ? node : null;
    }
    return null;
  }

  // Whether any box of this frame holds text: a submit from an empty page is nothing to check.
  function draftInFrame() {
    return [...document.querySelectorAll(EDITABLE)].some((box) => (box.value ?? box.textContent).trim() !== '');
  }

  // The toolbar pop-up asks whether PostGuard runs here (its only message to a page; no text is in it).
  function answerStatus() {
    if (window !== window.top) return;
    chrome.runtime.onMessage.addListener((message, sender, reply) => {
      if (message?.type !== 'postguard:status' || sender.id !== chrome.runtime.id) return false;
      reply({ active: true, loaded: self.engine !== null });
      return false;
    });
  }

  // The engine's glue and code, injected into this frame's isolated world by the service worker: WebAssembly where
  // the page's CSP allows it (the page's CSP governs wasm compilation in content scripts too), else the JavaScript
  // build. The WebAssembly is fetched and compiled while the worker injects its glue (the two take about as long).
  async function load() {
    const wasm = webAssemblyAllowed();
    const compiled = wasm ? compileEngine() : null;
    compiled?.catch(() => {}); // awaited below, once the glue is in; a failure is reported there
    const answer = await chrome.runtime.sendMessage({ type: 'postguard:load', build: wasm ? 'wasm' : 'js' });
    if (!answer?.ok) throw new Error(`the engine could not be loaded: ${answer?.error}`);
    if (!wasm) return { engine: globalThis.postguard_js, managed: answer.managed, local: answer.local };
    const exports = await wasm_bindgen({ module_or_path: await compiled });
    // Its size is read by bench/page-cost.mjs (the export's name is shortened at build: found by kind).
    self.memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
    return { engine: wasm_bindgen, managed: answer.managed, local: answer.local };
  }

  async function compileEngine() {
    const url = chrome.runtime.getURL('content/postguard_bg.wasm');
    try {
      return await WebAssembly.compileStreaming(fetch(url));
    } catch {
      // A browser that serves the file without the wasm MIME type: compiled from its bytes instead.
      return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
    }
  }

  // Synchronous: a module this small may be compiled on the main thread, and the answer is needed before anything else.
  function webAssemblyAllowed() {
    try {
      new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); // the smallest valid module
      return true;
    } catch {
      return false;
    }
  }
})();
