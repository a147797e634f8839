// The toolbar pop-up, as a parent or a teacher meets it: it says whether
// PostGuard is checking the page in front of them, and pauses or resumes it on
// that site at once — highlights go and come back on the open page, the draft
// untouched, no reload. Browser pages are said not to be checked. axe-core
// finds no violations. (Locked by school IT: see managed.test.mjs.)

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer, launch, open, waitForPainted, painted, openPopup, CSP, extensionWorker } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HOST = 'example.org';

let server, context;
before(async () => {
  server = await startServer({ csp: { [HOST]: CSP.wasm }, dirs: { [HOST]: 'generic' } });
  context = await launch({ port: server.port, hosts: [HOST] });
});
after(async () => { await context?.close(); await server?.close(); });

const worker = () => extensionWorker(context);
const stored = async () => (await worker()).evaluate(() => chrome.storage.local.get(null));
beforeEach(async () => { await (await worker()).evaluate(() => chrome.storage.local.clear()); });

const untilState = (popup, state) => popup.waitForFunction((s) => document.getElementById('status').dataset.state === s, state);
const status = (popup) => popup.$eval('#status', (e) => ({ state: e.dataset.state, text: e.textContent }));
const draft = (page) => page.$eval('#rich', (e) => e.innerText);

test('pausing from the pop-up takes the highlights away at once and resuming brings them back; the draft is never touched', async () => {
  const { page, errors } = await open(context, `https://${HOST}/`);
  await page.click('#rich');
  await page.keyboard.type('Well done Millie! Call 07700 900123');
  await waitForPainted(page, 2);
  const typed = await draft(page);

  const popup = await openPopup(context, page);
  assert.deepEqual(await status(popup), { state: 'active', text: `Checking what you type on ${HOST}.` });
  assert.match(await popup.textContent('#school'), /Bucklebury Primary School · set up for staff/);
  assert.equal(await popup.textContent('#pause'), `Pause on ${HOST}`);

  await popup.click('#pause');
  await untilState(popup, 'paused');
  assert.deepEqual(await status(popup), { state: 'paused', text: `Paused on ${HOST}. Nothing you type on this site is checked.` });
  assert.equal(await popup.textContent('#pause'), `Resume on ${HOST}`);
  assert.deepEqual((await stored()).settings, { schema: 1, paused: [HOST] });
  await waitForPainted(page, 0);
  assert.equal(await draft(page), typed);

  // While paused, nothing typed is checked and a post is not held.
  await page.click('#rich');
  await page.keyboard.press('End');
  await page.keyboard.type(' Ring 07700 900999');
  await page.waitForTimeout(500);
  assert.deepEqual(await painted(page), []);

  await popup.click('#pause');
  await untilState(popup, 'active');
  assert.deepEqual((await stored()).settings, { schema: 1, paused: [] });
  const back = await waitForPainted(page, 3);
  assert.deepEqual(back.map((p) => p.text), ['07700 900123', '07700 900999', 'Millie']);
  assert.equal(await draft(page), `${typed} Ring 07700 900999`);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test('a site paused before the page opened: nothing runs there until resumed, then what the person types is checked', async () => {
  await (await worker()).evaluate((host) => chrome.storage.local.set({ settings: { schema: 1, paused: [host] } }), HOST);
  const { page, errors } = await open(context, `https://${HOST}/`);
  await page.click('#rich');
  await page.keyboard.type('Well done Millie!');
  await page.waitForTimeout(500);
  assert.deepEqual(await painted(page), []);
  assert.equal(await page.evaluate(() => document.querySelector('postguard-ui')), null, 'no PostGuard UI on a paused site');

  const popup = await openPopup(context, page);
  assert.equal((await status(popup)).state, 'paused');
  await popup.click('#pause');
  await page.click('#rich');
  await page.keyboard.press('End');
  await page.keyboard.type(' Call 07700 900123');
  const found = await waitForPainted(page, 2);
  assert.deepEqual(found.map((p) => p.text), ['07700 900123', 'Millie']);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test('on a browser page the pop-up says PostGuard does not run there, and it passes axe-core', async () => {
  const page = await context.newPage();
  await page.goto('about:blank');
  const popup = await openPopup(context, page);
  assert.deepEqual(await status(popup), {
    state: 'unsupported', text: 'PostGuard checks web pages. It does not run on browser pages like this one.',
  });
  assert.equal(await popup.isHidden('#pause-control'), true);
  await popup.evaluate(AXE);
  const violations = await popup.evaluate(() => window.axe.run(document).then((r) => r.violations.map((v) => v.id)));
  assert.deepEqual(violations, []);
  await popup.close();
  await page.close();
});
