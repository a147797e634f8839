// Privacy: what a page can learn. The roster never appears in anything the page
// can read (its DOM, attributes, highlights' text beyond what was typed, messages);
// a box written by a page script gets no highlights; and the network check every
// test file runs (see launch() in harness.mjs) does catch a request elsewhere.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, waitForPainted, painted, webRequests, CSP, ROOT } from './harness.mjs';

const HOST = 'example.org';
const OPEN_HOST = 'example.net'; // no CSP: its scripts may fetch anywhere
let server, context;
before(async () => {
  server = await startServer({ csp: { [HOST]: CSP.wasm, [OPEN_HOST]: CSP.none }, dirs: { [HOST]: 'generic', [OPEN_HOST]: 'generic' } });
  context = await launch({ port: server.port, hosts: [HOST] });
});
after(async () => { await context?.close(); await server?.close(); });

const ROSTER = JSON.parse(readFileSync(join(ROOT, 'data/bucklebury.config.json'), 'utf8'));

test('the roster never reaches anything the page can read, and the extension sends the page no messages', async () => {
  const { page } = await open(context, `https://${HOST}/`);
  await page.evaluate(() => {
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push(String(e.data)));
  });
  await page.click('#rich');
  await page.keyboard.type('Well done Millie Hart! Call 07700 900123');
  await waitForPainted(page, 2);
  await page.click('#note');
  await page.keyboard.type('Ring Mr Okafor');
  await page.waitForTimeout(300);
  // Everything the page's own scripts can see: the DOM with attributes and open shadow roots, and the highlights.
  const visible = await page.evaluate(() => {
    const parts = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        parts.push(el.outerHTML.slice(0, 0), ...[...el.attributes].map((a) => `${a.name}=${a.value}`));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    parts.push(document.documentElement.outerHTML);
    walk(document);
    return parts.join('\n');
  });
  const typed = ['Millie', 'Hart'];
  const others = ROSTER.pupils.flatMap((p) => [`${p.first} ${p.last}`]).filter((n) => !typed.some((t) => n.includes(t)));
  const leaked = others.filter((name) => visible.includes(name));
  assert.deepEqual(leaked, [], 'no roster name the person did not type is visible to the page');
  assert.ok(!visible.includes(ROSTER.school.safeguarding_lead.email), 'no school contact detail either');
  assert.deepEqual(await page.evaluate(() => window.__messages), []);
  await page.close();
});

test('a box written by a page script gets no highlights (a hostile page cannot probe the roster)', async () => {
  const { page } = await open(context, `https://${HOST}/`);
  await page.evaluate(() => {
    const rich = document.getElementById('rich');
    rich.focus();
    rich.textContent = 'Millie Hart Oscar Pennington Priya';
    rich.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
    const note = document.getElementById('note');
    note.value = 'Amelia Hart';
    note.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(500);
  assert.deepEqual(await painted(page), []);
  await page.close();
});

test("the network check sees a page's request to another host", async () => {
  const probe = await launch({ port: server.port, hosts: [OPEN_HOST], checkNetwork: false });
  const { page } = await open(probe, `https://${OPEN_HOST}/`);
  await page.evaluate(() => fetch('https://tracker.invalid/collect').catch(() => {}));
  await page.waitForTimeout(300);
  await probe.close();
  const urls = webRequests(probe.netLog);
  assert.ok(urls.includes('https://tracker.invalid/collect'), urls.join(', '));
  assert.ok(urls.includes(`https://${OPEN_HOST}/`));
});
