// PostGuard content-script bootstrap: loads the Rust engine and content script
// and starts it; everything else is Rust (src/web/content). It runs in the
// extension's isolated world: the page cannot see these variables, the
// configuration or the roster.
//
// Two builds of the same Rust: WebAssembly where the page allows it, and the
// same code as JavaScript (wasm2js) where the page's CSP forbids WebAssembly
// (measured: the page's CSP governs wasm compilation in content scripts too).
(async () => {
  if (globalThis.__postguardStarted) return;
  globalThis.__postguardStarted = true;
  // Until the engine is ready, remember where the person typed, so nothing they type early goes unchecked.
  let typedIn = null;
  const remember = (event) => { if (event.isTrusted) typedIn = event.composedPath()[0]; };
  document.addEventListener('input', remember, true);
  try {
    const engine = await load();
    await engine.startContentScript();
    if (typedIn) engine.noteTypedIn(typedIn);
    answerStatus();
  } catch (error) {
    console.warn('PostGuard is not active on this page:', error);
  } finally {
    document.removeEventListener('input', remember, true);
  }

  // The toolbar pop-up asks whether PostGuard runs here (its only message to a page; no text is in it).
  function answerStatus() {
    chrome.runtime.onMessage.addListener((message, sender, reply) => {
      if (message?.type !== 'postguard:status' || sender.id !== chrome.runtime.id) return false;
      reply({ active: true });
      return false;
    });
  }

  async function load() {
    if (await webAssemblyAllowed()) {
      await wasm_bindgen({ module_or_path: chrome.runtime.getURL('content/postguard_bg.wasm') });
      return wasm_bindgen;
    }
    const answer = await chrome.runtime.sendMessage({ type: 'postguard:load-js' });
    if (!answer?.ok || !globalThis.postguard_js) throw new Error(`JavaScript build unavailable: ${answer?.error}`);
    return globalThis.postguard_js;
  }

  async function webAssemblyAllowed() {
    try {
      await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); // the smallest valid module
      return true;
    } catch {
      return false;
    }
  }
})();
