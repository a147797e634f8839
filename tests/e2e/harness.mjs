// Shared harness for the browser tests: a local HTTPS server that answers for
// real host names (Chromium maps them to it with --host-resolver-rules), and
// Debian's Chromium with the unpacked extension from dist/ loaded.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** The extension's ID, fixed by the manifest's key. */
export const EXTENSION_ID = 'opkajmgkoggllhaaoknjkleafojaigoh';
const SITES = join(import.meta.dirname, 'sites');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** CSPs as large sites send them: the strict one has no 'wasm-unsafe-eval'. */
export const CSP = {
  none: null,
  wasm: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; object-src 'none'",
  strict: "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'",
  // As github.com sends it (abridged to the directives that matter here): no 'wasm-unsafe-eval'.
  github: "default-src 'none'; base-uri 'self'; connect-src 'self' uploads.github.com; font-src github.githubassets.com; form-action 'self' github.com; frame-ancestors 'none'; img-src 'self' data: github.githubassets.com; script-src github.githubassets.com; style-src 'unsafe-inline' github.githubassets.com; upgrade-insecure-requests",
  // As x.com sends it (abridged): script sources by nonce and host, no 'wasm-unsafe-eval'.
  x: "connect-src 'self' blob: https://api.x.com; default-src 'self'; form-action 'self' https://x.com; img-src 'self' blob: data: https://*.twimg.com; manifest-src 'self'; media-src 'self' blob: https://*.twimg.com; object-src 'none'; script-src 'self' 'unsafe-inline' https://*.twimg.com 'nonce-MTIzNDU2Nzg5'; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:",
};

function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'postguard-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=postguard-fixtures',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/**
 * Serves tests/e2e/sites/<dir>/ for each host, with the CSP chosen per host. `dirs` maps a host to its
 * fixture folder when the folder is not named after the host (one page served under several CSPs).
 * Records every request.
 */
export async function startServer({ csp = {}, dirs = {} } = {}) {
  const requests = [];
  const server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host || '').split(':')[0];
    requests.push({ host, url: req.url });
    const path = decodeURIComponent(new URL(req.url, 'https://x').pathname);
    if (path === '/favicon.ico') { res.writeHead(204).end(); return; }
    const dir = join(SITES, dirs[host] || host);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    const policy = csp[host];
    if (policy) headers['content-security-policy'] = policy;
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: server.address().port, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Launches Chromium with the extension (unless `extension` is false: the baseline of a benchmark); every host in
 * `hosts` resolves to the fixture server, all else to nothing.
 *
 * Privacy check, for every test file: Chromium records all its network activity in a net log; closing the context
 * reads it and fails if a page, worker or extension context (the extension's service worker and pages included)
 * requested anything from a host other than the fixture sites. Chromium's own services (autofill, updates,
 * spelling dictionaries) are told apart by their traffic annotation and left out; the extension's own files are
 * not network requests.
 */
export async function launch({ port, hosts, checkNetwork = true, extension = true }) {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run ./build.sh extension first');
  const load = extension ? [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`] : [];
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).concat('MAP * ~NOTFOUND').join(', ');
  const profile = mkdtempSync(join(tmpdir(), 'postguard-profile-'));
  const netLog = join(profile, 'netlog.json');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...load,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors', `--log-net-log=${netLog}`],
  });
  context.netLog = netLog;
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    if (!checkNetwork) return;
    const elsewhere = webRequests(netLog).filter((url) => !hosts.includes(new URL(url).hostname));
    if (elsewhere.length) throw new Error(`requests to hosts other than the fixture sites: ${elsewhere.join(', ')}`);
  };
  return context;
}

/**
 * Traffic annotations (Chromium's tools/traffic_annotation) of requests made by web content: documents, workers
 * (service workers included) and extension contexts fetch through Blink's loader; navigations through the
 * navigation loader; WebSockets through their own.
 */
const WEB_CONTENT_ANNOTATIONS = new Set(['101845102' /* blink_resource_loader */, '63171670' /* navigation_url_loader */,
  '17188928' /* websocket_stream */]);

/** The URLs web content requested over the network (http, https, ws, wss), from a Chromium net log. */
export function webRequests(netLog) {
  const text = readFileSync(netLog, 'utf8');
  // The log is written as it goes and may be unterminated: requests are read from the text, not parsed as JSON.
  const found = text.matchAll(/"traffic_annotation":(\d+),"url":"([^"]+)"/g);
  return [...new Set([...found].filter(([, a, url]) => WEB_CONTENT_ANNOTATIONS.has(a) && /^(https?|wss?):/.test(url))
    .map(([, , url]) => url))];
}

/**
 * Opens a page and collects its console errors and every request made from it (the extension's included).
 * `context`: a Playwright context, or a puppeteer browser (tests/firefox/): both open pages and report the same events.
 */
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, errors, requests };
}

/**
 * PostGuard's marks as a person sees them: the boxes drawn in its closed layer (read through the DevTools
 * protocol, which pierces closed shadow roots; page scripts cannot), each with its on-screen rectangle.
 * Marks that are hidden or not rendered have no box and are left out. Only the top frame's layer, unless `frames`.
 */
export async function marks(page, { frames = false } = {}) {
  if (frames) return inEachProcess(page, async (cdp, frame) => moveOnScreen(await marksInFrames(cdp), frame));
  const cdp = await page.context().newCDPSession(page);
  try {
    return await marksAtOnce(cdp);
  } finally {
    await cdp.detach();
  }
}

/**
 * `read(cdp, frame)` for the page's process and for each frame from another site, which Chromium runs in a
 * process of its own (the page's DevTools session does not reach into it): their results, concatenated.
 */
async function inEachProcess(page, read) {
  const out = [];
  for (const frame of page.frames()) {
    let cdp;
    try {
      cdp = await page.context().newCDPSession(frame === page.mainFrame() ? page : frame);
    } catch {
      continue; // a frame of its parent's process: read with it
    }
    try {
      out.push(...await read(cdp, frame));
    } catch (error) {
      if (frame === page.mainFrame()) throw error; // else the frame went away while it was read
    } finally {
      await cdp.detach().catch(() => {});
    }
  }
  return out;
}

/** Marks read in a frame's own process, in its viewport's coordinates, moved to the page's (by its content box). */
async function moveOnScreen(found, frame) {
  if (found.length === 0 || frame === frame.page().mainFrame()) return found;
  const element = await frame.frameElement();
  const box = await element.boundingBox();
  const [x, y] = await element.evaluate((e) => {
    const style = getComputedStyle(e);
    return [parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop)];
  });
  const [dx, dy] = [box.x + x, box.y + y];
  return found.map((m) => ({ ...m, left: m.left + dx, right: m.right + dx, top: m.top + dy, bottom: m.bottom + dy }));
}

/** PostGuard's mark elements among a snapshot's or a document tree's nodes, by their attributes. */
function isShownMark(name, attrs) {
  return name === 'DIV' && /^mark /.test(attrs.class ?? '') && !('hidden' in attrs);
}

/**
 * The top frame's marks in one DOM snapshot: a hostile page that takes PostGuard's host away every 50 ms (and
 * PostGuard putting it back) cannot slip between reading the nodes and reading their boxes. Snapshot boxes are
 * in document coordinates; marks are reported in the viewport's, as a person sees them.
 */
async function marksAtOnce(cdp) {
  const { documents: [doc], strings } = await cdp.send('DOMSnapshot.captureSnapshot', { computedStyles: [] });
  const { nodes, layout } = doc;
  const boxes = new Map(layout.nodeIndex.map((node, i) => [node, layout.bounds[i]]));
  const out = [];
  for (let i = 0; i < nodes.nodeName.length; i++) {
    const pairs = nodes.attributes[i];
    const attrs = {};
    for (let k = 0; k < pairs.length; k += 2) attrs[strings[pairs[k]]] = strings[pairs[k + 1]];
    const box = boxes.get(i);
    if (!box || !isShownMark(strings[nodes.nodeName[i]], attrs)) continue;
    const [x, y, width, height] = box;
    const left = x - doc.scrollOffsetX;
    const top = y - doc.scrollOffsetY;
    out.push({ severity: attrs.class.split(' ')[1], finding: attrs['data-finding'], left, top, right: left + width, bottom: top + height });
  }
  return out;
}

/** Marks of the top frame and its same-process frames, node by node (boxes in the top viewport's coordinates). */
async function marksInFrames(cdp) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const found = [];
  const walk = (node) => {
    const attrs = Object.fromEntries((node.attributes ?? []).reduce((pairs, v, i, all) => (i % 2 ? pairs : [...pairs, [v, all[i + 1]]]), []));
    if (isShownMark(node.nodeName, attrs)) found.push({ nodeId: node.nodeId, severity: attrs.class.split(' ')[1], finding: attrs['data-finding'] });
    const inner = node.contentDocument ? [node.contentDocument] : [];
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...inner]) walk(child);
  };
  walk(root);
  const out = [];
  for (const mark of found) {
    try {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: mark.nodeId });
      const q = model.border;
      out.push({ severity: mark.severity, finding: mark.finding, left: q[0], top: q[1], right: q[4], bottom: q[5] });
    } catch { /* not rendered */ }
  }
  return out;
}

/**
 * The painted findings as a person sees them: [{severity, text, at}] (`at`: the centre of its first mark). Each
 * finding's marks are read from the closed layer (`marks`), and the text under them through the page's own
 * geometry (`caretPositionFromPoint` at the marks' first and last edges): a mark in the wrong place reads wrong.
 */
export async function paintedFindings(page) {
  const findings = new Map();
  for (const m of await marks(page)) {
    if (!findings.has(m.finding)) findings.set(m.finding, { severity: m.severity, rects: [] });
    findings.get(m.finding).rects.push(m);
  }
  const spans = [...findings.values()].map(({ severity, rects }) => {
    rects.sort((a, b) => a.top - b.top || a.left - b.left);
    const [first, last] = [rects[0], rects[rects.length - 1]];
    return {
      severity,
      at: { x: (first.left + first.right) / 2, y: (first.top + first.bottom) / 2 },
      from: [first.left + 1, (first.top + first.bottom) / 2],
      to: [last.right - 1, (last.top + last.bottom) / 2],
    };
  });
  const texts = await page.evaluate(textsUnder, spans);
  return spans.map((s, i) => ({ severity: s.severity, text: texts[i], at: s.at }))
    .sort((a, b) => String(a.text).localeCompare(String(b.text)));
}

/**
 * A script of the page: the text between each span's `from` and `to` points (the first and last edges of a
 * finding's marks), as the page's own geometry places its characters; null where no text is there.
 */
export function textsUnder(spans) {
  return spans.map(({ from, to }) => {
    // Editors inside open shadow roots (Reddit's) are reached when their roots are named.
    const shadowRoots = [...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean);
    const a = document.caretPositionFromPoint(...from, { shadowRoots });
    const b = document.caretPositionFromPoint(...to, { shadowRoots });
    if (!a || !b) return null;
    if (a.offsetNode.value !== undefined) { // a textarea or an input
      return a.offsetNode === b.offsetNode ? a.offsetNode.value.slice(a.offset, b.offset) : null;
    }
    const range = document.createRange();
    range.setStart(a.offsetNode, a.offset);
    range.setEnd(b.offsetNode, b.offset);
    return range.toString();
  });
}

/** The painted findings as a person sees them: [{severity, text}], sorted by text (see `paintedFindings`). */
export async function painted(page) {
  return (await paintedFindings(page)).map(({ severity, text }) => ({ severity, text }));
}

/**
 * What a script of the page itself (main world) can learn of which words PostGuard flagged, after the person
 * typed `words`: [] when nothing. It looks where a page can look — the highlight registry; every text node and
 * attribute outside the editors (the person's own text), in the document and its open shadow roots; the style
 * sheets adopted by them; what lies over each flagged word on screen (only the editor may); the size of any
 * element PostGuard added to the page (its one layer host must outline nothing).
 */
export async function pageTraces(page, words) {
  const points = (await paintedFindings(page)).map((f) => f.at);
  return page.evaluate(tracesInPage, { words, points });
}

/**
 * The half of `pageTraces` that runs as a script of the page (any browser's driver can evaluate it there):
 * what it finds of `words`, and what lies over the flagged words at `points`.
 */
export function tracesInPage({ words, points }) {
  const traces = [];
  if (globalThis.CSS?.highlights?.size) traces.push(`CSS.highlights holds ${[...CSS.highlights.keys()].join(', ')}`);
  const EDITOR = 'textarea, input, [contenteditable]:not([contenteditable="false"])';
  const seen = [];
  const roots = [document];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) { seen.push(node.data); return; }
    if (node.nodeType === Node.ELEMENT_NODE) {
      for (const a of node.attributes) seen.push(`${a.name}=${a.value}`);
      if (node.matches(EDITOR)) return; // the person's own text
      if (node.shadowRoot) { roots.push(node.shadowRoot); walk(node.shadowRoot); }
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(document.documentElement);
  for (const word of words) if (seen.some((s) => s.includes(word))) traces.push(`the page's DOM holds "${word}" outside the editor`);
  for (const root of roots) {
    for (const sheet of root.adoptedStyleSheets ?? []) {
      for (const rule of sheet.cssRules) if (/postguard|::highlight/i.test(rule.cssText)) traces.push(`adopted style: ${rule.cssText}`);
    }
  }
  for (const { x, y } of points) {
    const top = document.elementFromPoint(x, y);
    let inner = top;
    while (inner?.shadowRoot) { const deeper = inner.shadowRoot.elementFromPoint(x, y); if (!deeper || deeper === inner) break; inner = deeper; }
    if (!inner?.closest(EDITOR)) traces.push(`over a flagged word at ${x},${y}: <${top?.tagName.toLowerCase()}>`);
    for (const el of document.elementsFromPoint(x, y)) {
      if (el.parentElement === document.documentElement && !['HEAD', 'BODY'].includes(el.tagName)) traces.push(`<${el.tagName.toLowerCase()}> is laid over a flagged word`);
    }
  }
  for (const el of document.documentElement.children) {
    if (['HEAD', 'BODY'].includes(el.tagName)) continue;
    const r = el.getBoundingClientRect();
    if (r.width * r.height > 0) traces.push(`<${el.tagName.toLowerCase()}> outlines ${r.width}x${r.height} at ${r.left},${r.top}`);
  }
  return traces;
}

/** Waits until exactly `count` findings are painted (or fails after `timeout` ms). */
/** Polls until the painted findings are exactly `expected` ([{severity, text}]); throws with the last seen after `timeout`. */
export async function waitForPaintedToBe(page, expected, timeout = 5000) {
  const until = Date.now() + timeout;
  for (;;) {
    const now = await painted(page);
    if (JSON.stringify(now) === JSON.stringify(expected)) return now;
    if (Date.now() > until) return now;
    await page.waitForTimeout(50);
  }
}

export async function waitForPainted(page, count, timeout = 5000) {
  const until = Date.now() + timeout;
  for (;;) {
    const now = await painted(page);
    if (now.length === count) return now;
    if (Date.now() > until) throw new Error(`expected ${count} painted findings, found ${JSON.stringify(now)}`);
    await page.waitForTimeout(50);
  }
}

/**
 * What a screen-reader user would meet: the accessibility tree, read through the DevTools protocol
 * (it includes PostGuard's UI in its closed shadow root, which page scripts cannot reach).
 * Returns the nodes with their role, name and centre point on screen.
 */
export async function accessibilityNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const out = [];
    for (const node of nodes) {
      if (node.ignored) continue;
      const entry = { role: node.role?.value, name: node.name?.value ?? '', center: null };
      if (node.backendDOMNodeId) {
        try {
          const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
          const q = model.border;
          entry.center = { x: (q[0] + q[4]) / 2, y: (q[1] + q[5]) / 2 };
        } catch { /* not rendered */ }
      }
      out.push(entry);
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** The on-screen centre of the first mark of the painted finding whose text is `text`, or null. */
export async function paintedBox(page, text) {
  return (await paintedFindings(page)).find((p) => p.text === text)?.at ?? null;
}

/**
 * PostGuard's pre-submit dialog as the accessibility tree presents it, or null: {name, text, buttons: {name → centre}}.
 * (Fixture pages have dialogs of their own: PostGuard's is the one named after its heading.)
 */
export async function submitDialog(page) {
  const nodes = await accessibilityNodes(page);
  const dialog = nodes.find((n) => n.role === 'dialog' && /^(Check before you post|This can't be posted)/.test(n.name));
  if (!dialog) return null;
  const buttons = Object.fromEntries(nodes.filter((n) => n.role === 'button' && n.center).map((n) => [n.name, n.center]));
  return { name: dialog.name, text: nodes.map((n) => n.name).join('\n'), buttons };
}

/** Waits for the pre-submit dialog (or fails after `timeout` ms). */
export async function waitForDialog(page, timeout = 3000) {
  const until = Date.now() + timeout;
  for (;;) {
    const dialog = await submitDialog(page);
    if (dialog) return dialog;
    if (Date.now() > until) throw new Error('the pre-submit dialog did not open');
    await page.waitForTimeout(50);
  }
}

/** Waits until the pre-submit dialog has closed. */
export async function waitForNoDialog(page, timeout = 3000) {
  const until = Date.now() + timeout;
  while (await submitDialog(page)) {
    if (Date.now() > until) throw new Error('the pre-submit dialog did not close');
    await page.waitForTimeout(50);
  }
}

/** The extension's service worker (where tests read and write its storage). */
export async function extensionWorker(context) {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
}

/** Sets the extension's local settings (`config`), or clears them with `null`, through its service worker. */
export async function setLocalConfig(context, config) {
  const worker = await extensionWorker(context);
  await worker.evaluate((json) => (json === null ? chrome.storage.local.remove('config') : chrome.storage.local.set({ config: json })),
    config === null ? null : JSON.stringify(config));
}

/**
 * Opens the toolbar pop-up's page with `front` as the page the person is looking at. Headless Chromium has no
 * toolbar to click, so the page opens in a pop-up window of its own, as `chrome.windows.create` makes one.
 */
export async function openPopup(context, front) {
  await front.bringToFront();
  const worker = await extensionWorker(context);
  const opened = context.waitForEvent('page');
  await worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('pages/popup.html'), type: 'popup' }));
  const popup = await opened;
  await popup.waitForURL(/\/pages\/popup\.html$/);
  await popup.waitForFunction(() => document.getElementById('status')?.dataset.state !== 'loading', null, { timeout: 10000 });
  return popup;
}

/**
 * PostGuard in each frame of the page (frames from other sites, in processes of their own, included), read in
 * its isolated world through the DevTools protocol:
 * [{url, bootstrap, loading, engine, loadMs}]: whether the bootstrap ran, whether it started loading the engine,
 * whether the engine's code is in that world, and how long loading and starting it took.
 */
export async function extensionWorlds(page) {
  return inEachProcess(page, worldsIn);
}

/** The extension's worlds a DevTools session reaches: the page's, or those of a frame from another site. */
async function worldsIn(cdp) {
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await new Promise((ok) => setTimeout(ok, 100));
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const urls = new Map();
  const visit = (tree) => { urls.set(tree.frame.id, tree.frame.url); (tree.childFrames ?? []).forEach(visit); };
  visit(frameTree);
  const worlds = [];
  for (const context of contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${EXTENSION_ID}`)) {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: context.id,
      returnByValue: true,
      expression: `({ bootstrap: !!globalThis.__postguardBootstrap, loading: !!globalThis.__postguardBootstrap?.loading,
        engine: typeof wasm_bindgen === 'function' || typeof postguard_js === 'object',
        loadMs: globalThis.__postguardBootstrap?.ready == null ? null
          : globalThis.__postguardBootstrap.ready - globalThis.__postguardBootstrap.asked })`,
    });
    worlds.push({ url: urls.get(context.auxData.frameId), ...result.value });
  }
  return worlds;
}

/**
 * Waits until PostGuard's engine is up in the page's top frame (it loads on the first focus of a box): what a
 * person's typing gives it time for, before a test posts at machine speed.
 */
export async function waitForEngine(page, timeout = 5000) {
  const until = Date.now() + timeout;
  for (;;) {
    const top = (await extensionWorlds(page)).find((w) => w.url === page.url());
    if (top?.loadMs != null) return top.loadMs;
    if (Date.now() > until) throw new Error('the engine did not load');
    await page.waitForTimeout(50);
  }
}
