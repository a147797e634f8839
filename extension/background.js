// PostGuard's service worker. Four jobs, all asked for by the content script:
// - when focus goes into a frame, give every frame of the tab the bootstrap (content/bootstrap.js): the manifest
//   gives it to top frames only, because each frame's isolated world costs a page ~0.18 MB of JS heap, and a
//   news page's ten advert frames would pay it for nobody (bench/page-cost.mjs);
// - when someone is about to type in a frame, inject the engine into that frame's isolated world: the
//   WebAssembly build's glue, or, where the page's Content Security Policy forbids WebAssembly, the
//   JavaScript build of the same Rust (until then a frame holds only content/bootstrap.js);
// - read a photo or video someone attached (its pixels and metadata, by the photo engine, photo/): here, off the
//   page's main thread and under the extension's CSP, which allows WebAssembly on every site;
// - open the policy page (a web page cannot navigate to an extension page).
//
// Protocol (the only messages between extension parts):
//   content script -> worker: {type: "postguard:load", build: "wasm" | "js"}
//   worker -> content script: {ok: true, managed, local} once the build's script has run in the sender's frame
//                             (managed: school IT's policy as managed storage answered, when it has; local: the
//                             person's stored settings, read while the script was injected), {ok: false, error}
//                             otherwise.
//   content script -> worker: {type: "postguard:frames"} -> {ok} once every frame of the tab has the bootstrap
//   content script -> worker: {type: "postguard:photo", data: "data:image/jpeg;base64,…"}
//   worker -> content script: {ok: true, facts} (size, faces, position, time, camera, the metadata's words; the
//                             content script checks the words against the roster) or {ok: false, error}
//   content script -> worker: {type: "postguard:open-policy"}  (no answer)
//   toolbar pop-up -> content script (top frame): {type: "postguard:status"} -> {active: true} once started
const LOAD = 'postguard:load';
const BUILDS = { wasm: 'content/postguard.js', js: 'content/postguard_js.js' };
const OPEN_POLICY = 'postguard:open-policy';
const FRAMES = 'postguard:frames';
const PHOTO = 'postguard:photo';

// The photo engine's glue, loaded with the worker (a service worker may import scripts only as it starts; Firefox's
// background page lists it in the manifest instead). Its WebAssembly is compiled, and the face model parsed, on the
// first photo only. The bytes of a photo live as long as its question: nothing is kept.
if (typeof importScripts === 'function') importScripts('photo/postguard_photo.js');
let photoEngine = null;
async function inspectPhoto(dataUrl) {
  photoEngine ??= postguard_photo({ module_or_path: chrome.runtime.getURL('photo/postguard_photo_bg.wasm') });
  await photoEngine;
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return postguard_photo.inspectPhoto(bytes);
}

// School IT's policy, read as the worker starts (with the browser: see onStartup) and again when it changes, so a
// frame starting PostGuard need not wait for managed storage, which answers late in a browser's first seconds.
const POLICY_KEYS = ['config', 'locked'];
// The person's own settings, and the configuration as first releases stored it (src/web/content/chrome.rs).
const LOCAL_KEYS = ['settings', 'config'];
let managed;
// Firefox rejects the read when no policies.json configures PostGuard: no policy, as Chromium's empty answer says.
const readPolicy = () => chrome.storage.managed.get(POLICY_KEYS).then((items) => { managed = items; }, () => { managed = {}; });
readPolicy();
chrome.storage.onChanged.addListener((_, area) => { if (area === 'managed') { managed = undefined; readPolicy(); } });
chrome.runtime.onStartup.addListener(() => {}); // wakes the worker with the browser, so the policy is read early

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type === OPEN_POLICY && sender.tab) {
    chrome.tabs.create({ url: chrome.runtime.getURL('pages/policy.html'), index: sender.tab.index + 1 });
    return false;
  }
  if (message?.type === PHOTO && sender.tab && typeof message.data === 'string') {
    inspectPhoto(message.data).then((facts) => reply({ ok: true, facts }), (error) => reply({ ok: false, error: String(error?.message ?? error) }));
    return true;
  }
  if (message?.type === FRAMES && sender.tab) {
    // Frames that already have it return at once (content/bootstrap.js runs once per world); frames the extension
    // may not run in (sandboxed, other extensions') are skipped by Chromium itself.
    chrome.scripting
      .executeScript({ target: { tabId: sender.tab.id, allFrames: true }, files: ['content/bootstrap.js'], injectImmediately: true })
      .then(() => reply({ ok: true }), (error) => reply({ ok: false, error: String(error) }));
    return true;
  }
  const file = BUILDS[message?.build];
  if (message?.type !== LOAD || !file || !sender.tab) return false;
  // The person's settings are read while the build is injected: the content script need not wait for them after.
  const local = chrome.storage.local.get(LOCAL_KEYS).catch(() => undefined);
  chrome.scripting
    .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: [file] })
    .then(async () => reply({ ok: true, managed, local: await local }), (error) => reply({ ok: false, error: String(error) }));
  return true; // the reply comes asynchronously
});
