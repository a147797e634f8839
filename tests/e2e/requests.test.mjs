// The friend-request guard (Staff guideline 4): on Facebook-like friend
// requests (rendered by script after load) and Instagram-like follow
// requests, a request from a pupil on the roster is marked and a card says
// not to respond, to tell the headteacher, and who the Designated Senior
// Person is; an unrelated name is not marked. The page cannot see any of it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, accessibilityNodes, setLocalConfig, CSP, ROOT } from './harness.mjs';

const PAGES = [
  { url: 'https://www.facebook.com/friends/requests/', pupil: 'Millie Hart', other: 'Tom Fletcher', csp: CSP.strict },
  { url: 'https://www.instagram.com/accounts/activity/', pupil: 'Phoebe Ashdown', other: 'Tom Fletcher', csp: CSP.wasm },
];

let server, context;
before(async () => {
  server = await startServer({ csp: Object.fromEntries(PAGES.map((p) => [new URL(p.url).host, p.csp])) });
  context = await launch({ port: server.port, hosts: PAGES.map((p) => new URL(p.url).host) });
});
after(async () => { await context?.close(); await server?.close(); });

/** The guard's card text (as a screen reader meets it) and the on-screen boxes of its marks (through the DevTools protocol). */
async function guard(page) {
  const text = (await accessibilityNodes(page)).map((n) => n.name).filter((n) => /may be a pupil|Staff 4|Designated Senior Person|Tell the headteacher/.test(n)).join('\n');
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const marks = [];
  const walk = async (node) => {
    if (node.attributes && node.attributes.includes('request-mark')) {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId });
      marks.push({ top: model.border[1], bottom: model.border[5] });
    }
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) await walk(child);
  };
  await walk(root);
  await cdp.detach();
  return { text, marks };
}

async function waitForGuard(page, timeout = 4000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await guard(page);
    if ((found.marks.length && found.text) || Date.now() > until) return found;
    await page.waitForTimeout(100);
  }
}

/** The vertical middle of the request row showing `name`. */
const rowOf = (page, name) => page.evaluate((n) => {
  const link = [...document.querySelectorAll('a, span')].find((e) => e.textContent.trim() === n);
  const r = link.getBoundingClientRect();
  return (r.top + r.bottom) / 2;
}, name);

for (const { url, pupil, other } of PAGES) {
  test(`${new URL(url).host}: the request from ${pupil} (a pupil) is marked with the card; ${other}'s is not`, async () => {
    const { page, errors } = await open(context, url);
    const { text, marks } = await waitForGuard(page);
    assert.equal(marks.length, 1, 'one request marked');
    const pupilRow = await rowOf(page, pupil);
    const otherRow = await rowOf(page, other);
    assert.ok(marks[0].top <= pupilRow && pupilRow <= marks[0].bottom, 'the mark is on the pupil\'s request');
    assert.ok(!(marks[0].top <= otherRow && otherRow <= marks[0].bottom), 'the other request is not marked');
    assert.match(text, new RegExp(`${pupil} may be a pupil at Bucklebury Primary School. Don't accept, follow back or reply.`));
    assert.doesNotMatch(text, new RegExp(other));
    assert.match(text, /Staff 4 · No contact with pupils on social media/);
    assert.match(text, /Tell the headteacher, Mrs Helen Whitcombe/);
    assert.match(text, /Designated Senior Person: Mr David Okafor \(0118 496 0001, dsl@bucklebury.sch.uk\)/);
    // Nothing the page can read changes: no highlights, and clicks still reach the requests.
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].reduce((n, k) => n + CSS.highlights.get(k).size, 0)), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('parents and pupils are not shown the staff guard', async () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'data/bucklebury.config.json'), 'utf8'));
  await setLocalConfig(context, { ...config, role: 'parent' });
  try {
    const { page } = await open(context, PAGES[0].url);
    await page.waitForTimeout(1500);
    assert.deepEqual((await guard(page)).marks, []);
    await page.close();
  } finally {
    await setLocalConfig(context, null);
  }
});
