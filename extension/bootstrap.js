// PostGuard content-script bootstrap: loads the Rust engine and content script
// (compiled to WebAssembly, glue from wasm-bindgen) and starts it. Everything
// else is Rust (src/web/content). Runs in the extension's isolated world: the
// page cannot see these variables, the configuration or the roster.
(async () => {
  if (globalThis.__postguardStarted) return;
  globalThis.__postguardStarted = true;
  // Until the engine is ready, remember where the person typed, so nothing they type early goes unchecked.
  let typedIn = null;
  const remember = (event) => { if (event.isTrusted) typedIn = event.composedPath()[0]; };
  document.addEventListener('input', remember, true);
  try {
    await wasm_bindgen({ module_or_path: chrome.runtime.getURL('content/postguard_bg.wasm') });
    await wasm_bindgen.startContentScript();
    if (typedIn) wasm_bindgen.noteTypedIn(typedIn);
  } catch (error) {
    console.warn('PostGuard is not active on this page:', error);
  } finally {
    document.removeEventListener('input', remember, true);
  }
})();
