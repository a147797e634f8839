// PostGuard's service worker. Its one job: where a page's Content Security
// Policy forbids WebAssembly, the content script asks for the JavaScript build
// of the same Rust engine, and this injects it into that frame's isolated world.
//
// Protocol (the only message between extension parts):
//   content script -> worker: {type: "postguard:load-js"}
//   worker -> content script: {ok: true} once content/postguard_js.js has run in the sender's frame,
//                             {ok: false, error} otherwise.
const LOAD_JS = 'postguard:load-js';

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type !== LOAD_JS || !sender.tab) return false;
  chrome.scripting
    .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['content/postguard_js.js'] })
    .then(() => reply({ ok: true }), (error) => reply({ ok: false, error: String(error) }));
  return true; // the reply comes asynchronously
});
