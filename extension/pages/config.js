// The settings an extension page works with, read the way the content script
// reads them (src/web/content/chrome.rs, src/settings.rs): school IT's managed
// policy field by field over the person's own settings, over the embedded
// sample school. Needs the engine (wasm_bindgen) initialised.
// Returns {config, locked, paused, schema}; `locked` names the fields people cannot change.
async function postguardSettings() {
  const text = (value) => (value == null ? undefined : JSON.stringify(value));
  const managed = await Promise.race([
    chrome.storage.managed.get(['config', 'locked']).catch(() => ({})),
    new Promise((resolve) => setTimeout(() => resolve({}), 1000)),
  ]);
  // Policies may carry the configuration as JSON text (Windows registry): read it as an object.
  const policy = typeof managed.config === 'string' ? JSON.parse(managed.config) : managed.config;
  const locked = Array.isArray(managed.locked) ? managed.locked.filter((f) => typeof f === 'string') : [];
  const local = await chrome.storage.local.get(['settings', 'config']);
  return wasm_bindgen.effectiveSettings(text(policy), locked, text(local.settings), text(local.config));
}

/** Stores the person's settings in the current schema (and drops the first releases' `config` key). */
async function saveSettings(config, paused, schema) {
  await chrome.storage.local.set({ settings: { schema, config, paused } });
  await chrome.storage.local.remove('config');
}
