// PostGuard's service worker. Two jobs, both asked for by the content script:
// - where a page's Content Security Policy forbids WebAssembly, inject the
//   JavaScript build of the same Rust engine into that frame's isolated world;
// - open the policy page (a web page cannot navigate to an extension page).
//
// Protocol (the only messages between extension parts):
//   content script -> worker: {type: "postguard:load-js"}
//   worker -> content script: {ok: true} once content/postguard_js.js has run in the sender's frame,
//                             {ok: false, error} otherwise.
//   content script -> worker: {type: "postguard:open-policy"}  (no answer)
//   toolbar pop-up -> content script (top frame): {type: "postguard:status"} -> {active: true} once started
const LOAD_JS = 'postguard:load-js';
const OPEN_POLICY = 'postguard:open-policy';

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type === OPEN_POLICY && sender.tab) {
    chrome.tabs.create({ url: chrome.runtime.getURL('pages/policy.html'), index: sender.tab.index + 1 });
    return false;
  }
  if (message?.type !== LOAD_JS || !sender.tab) return false;
  chrome.scripting
    .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId] }, files: ['content/postguard_js.js'] })
    .then(() => reply({ ok: true }), (error) => reply({ ok: false, error: String(error) }));
  return true; // the reply comes asynchronously
});
