// The toolbar pop-up: whether PostGuard is checking the page in front of the
// person, a switch to pause or resume it on that site, and the way to the
// other pages. A change is saved to the person's settings; the content script
// follows it at once (src/web/content/lifecycle.rs), with no reload, so no
// draft is put at risk.
const $ = (id) => document.getElementById(id);
const ROLES = { staff: 'staff', governor: 'a governor', parent: 'a parent or carer', pupil: 'a pupil' };

(async () => {
  await wasm_bindgen({ module_or_path: chrome.runtime.getURL('pages/engine/postguard_bg.wasm') });
  const settings = await postguardSettings();
  $('school').textContent = `${settings.config.school.name} · set up for ${ROLES[settings.config.role] ?? settings.config.role}`;
  const tab = await pageInFront();
  const host = webHost(tab?.url);
  if (!host) {
    show('unsupported', 'PostGuard checks web pages. It does not run on browser pages like this one.');
    return;
  }
  const locked = settings.locked.includes('paused');
  let paused = settings.paused.includes(host);
  const running = await contentScriptRunning(tab.id);
  const render = () => {
    if (paused) show('paused', `Paused on ${host}. Nothing you type on this site is checked.`);
    else if (running) show('active', `Checking what you type on ${host}.`);
    else show('inactive', `Not checking this page yet: PostGuard starts when it is next loaded. Save or copy what you are writing before you reload it.`);
    $('pause').textContent = paused ? `Resume on ${host}` : `Pause on ${host}`;
    $('pause').disabled = locked;
    $('pause-note').textContent = locked
      ? "Your school's IT team decides where PostGuard runs."
      : paused ? '' : 'Highlights and checks stop on this site straight away. Nothing you have typed is changed.';
    $('pause-control').hidden = false;
  };
  render();
  $('pause').addEventListener('click', async () => {
    const fresh = await postguardSettings(); // another page may have saved since this opened
    const others = fresh.paused.filter((h) => h !== host);
    paused = !paused;
    await saveSettings(fresh.stored.config, paused ? [...others, host] : others, fresh.schema);
    render();
  });
})().catch((error) => show('inactive', `PostGuard's settings could not be read: ${error.message ?? error}`));

function show(state, text) {
  $('status').dataset.state = state;
  $('status').textContent = text;
}

/** The tab the person is looking at: the active tab of this pop-up's window, or, when this page is open in a
 * tab or window of its own, the active tab they were last on elsewhere. */
async function pageInFront() {
  const self = await chrome.tabs.getCurrent(); // undefined in the toolbar pop-up
  const notSelf = (tabs) => tabs.filter((t) => t.id !== self?.id);
  const here = notSelf(await chrome.tabs.query({ active: true, currentWindow: true }));
  if (here.length) return here[0];
  const elsewhere = notSelf(await chrome.tabs.query({ active: true }));
  return elsewhere.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** The host name PostGuard's content script would see, for web pages only. */
function webHost(url) {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:'].includes(parsed.protocol) ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Whether the content script in the tab's top frame answers (it does not in pages opened before installing). */
async function contentScriptRunning(tabId) {
  try {
    const answer = await chrome.tabs.sendMessage(tabId, { type: 'postguard:status' }, { frameId: 0 });
    return answer?.active === true;
  } catch {
    return false;
  }
}
