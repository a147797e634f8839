// The configuration an extension page works with, read the way the content
// script reads it (src/web/content/chrome.rs): school IT's managed policy, else
// the person's local settings, else (undefined) the embedded sample school.
// Returns JSON text or undefined.
async function postguardConfig() {
  const text = (value) => (value == null ? undefined : typeof value === 'string' ? value : JSON.stringify(value));
  const managed = await Promise.race([
    chrome.storage.managed.get('config').then((items) => items.config, () => undefined),
    new Promise((resolve) => setTimeout(resolve, 1000)),
  ]);
  if (managed != null) return text(managed);
  const { config } = await chrome.storage.local.get('config');
  return text(config);
}
