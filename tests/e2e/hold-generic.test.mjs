// The submit hold on a site PostGuard has no adapter for (a form's submit
// button, a "Send" control by its label, Enter in a one-line form), met as a
// keyboard and screen-reader user meets it; the dialog's and the policy
// page's accessibility checked with axe-core.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  startServer, launch, open, waitForPainted, waitForDialog, waitForNoDialog, submitDialog, accessibilityNodes, CSP,
  EXTENSION_ID,
} from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HOST = 'forum.example.net';
const DRAFT = 'Millie Hart is off sick, ring her mum on 07700 900123';

let server, context;
before(async () => {
  server = await startServer({ csp: { [HOST]: CSP.strict }, dirs: { [HOST]: 'forum' } });
  context = await launch({ port: server.port, hosts: [HOST] });
});
after(async () => { await context?.close(); await server?.close(); });

const submitted = (page) => page.evaluate(() => window.__fixture.submitted);
const focusedId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);

async function typeIn(selector, text, findings = 2) {
  const opened = await open(context, `https://${HOST}/`);
  await opened.page.click(selector);
  await opened.page.keyboard.type(text);
  await waitForPainted(opened.page, findings);
  return opened;
}

test('a form\'s submit button: held; Escape closes the dialog and gives focus back; Tab, Enter on Post anyway, then the person posts', async () => {
  const { page, errors, requests } = await typeIn('#reply-text', DRAFT);
  await page.click('#reply button[type=submit]');
  const dialog = await waitForDialog(page);
  assert.match(dialog.name, /a pupil's name “Millie Hart” and a phone number “07700 900123”/);
  assert.deepEqual(await submitted(page), []);

  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  assert.equal(await focusedId(page), 'Post reply', 'focus went back to the button the person pressed');
  assert.equal(await page.inputValue('#reply-text'), DRAFT);

  await page.keyboard.press('Enter'); // the person presses the focused post button again: held again
  await waitForDialog(page);
  await page.keyboard.press('Tab'); // focus starts on Edit; Post anyway is next
  await page.keyboard.press('Enter');
  await waitForNoDialog(page);
  assert.deepEqual(await submitted(page), []);
  await page.click('#reply button[type=submit]');
  await page.waitForFunction(() => window.__fixture.submitted.length > 0);
  await page.waitForTimeout(200);
  assert.deepEqual(await submitted(page), [`reply: ${DRAFT}`]);
  assert.equal(await page.inputValue('#reply-text'), DRAFT);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith('chrome-extension://')), [`https://${HOST}/`, `https://${HOST}/forum.js`]);
  await page.close();
});

test('a control labelled "Send" next to a rich box is held, also when a page script clicks it', async () => {
  const { page, errors } = await typeIn('#chat', DRAFT);
  await page.evaluate(() => document.getElementById('send').click());
  await waitForDialog(page);
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await page.click('#send');
  await waitForDialog(page);
  await page.waitForTimeout(200);
  assert.deepEqual(await submitted(page), []);
  assert.equal(await page.$eval('#chat', (e) => e.innerText), DRAFT);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Enter in a one-line form is held, and once Post anyway is chosen the next Enter posts', async () => {
  const { page, errors } = await typeIn('#quick-text', 'Call me on 07700 900123', 1);
  await page.keyboard.press('Enter');
  const dialog = await waitForDialog(page);
  assert.deepEqual(await submitted(page), []);
  await page.mouse.click(dialog.buttons['Post anyway'].x, dialog.buttons['Post anyway'].y);
  await waitForNoDialog(page);
  assert.equal(await focusedId(page), 'quick-text');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__fixture.submitted.length > 0);
  assert.deepEqual(await submitted(page), ['quick: Call me on 07700 900123']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a "Share" button far from the draft is not its post button, and changing the draft after Post anyway asks again', async () => {
  const { page } = await typeIn('#chat', DRAFT);
  await page.click('#share-elsewhere');
  await page.waitForTimeout(200);
  assert.equal(await submitDialog(page), null);
  assert.deepEqual(await submitted(page), ['share: page']);

  await page.click('#send');
  let dialog = await waitForDialog(page);
  await page.mouse.click(dialog.buttons['Post anyway'].x, dialog.buttons['Post anyway'].y);
  await waitForNoDialog(page);
  await page.click('#chat');
  await page.keyboard.press('End');
  await page.keyboard.type(' or 07700 900124');
  await waitForPainted(page, 3);
  await page.click('#send');
  dialog = await waitForDialog(page);
  assert.match(dialog.name, /07700 900124/);
  assert.deepEqual(await submitted(page), ['share: page']);
  await page.close();
});

test('the dialog has no axe-core violations, and its policy link opens the policy page', async () => {
  const { page } = await typeIn('#reply-text', DRAFT);
  await page.click('#reply button[type=submit]');
  await waitForDialog(page);
  // Page scripts (and axe) cannot enter PostGuard's closed shadow root; the DevTools protocol can. Take the
  // UI's markup and styles as rendered and check them in a page of their own, in an open shadow root.
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = findNode(root, (n) => n.nodeName === 'POSTGUARD-UI');
  const parts = await Promise.all(host.shadowRoots[0].children.map((child) =>
    cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId }).then((r) => r.outerHTML)));
  await cdp.detach();
  assert.ok(parts.some((html) => html.includes('role="dialog"')));

  const copy = await context.newPage();
  await copy.setContent('<!doctype html><html lang="en"><title>PostGuard dialog</title><main><h1>Draft</h1><div id="host"></div></main></html>');
  await copy.evaluate((html) => { document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = html; }, parts.join(''));
  const violations = await axeViolations(copy, '#host');
  assert.deepEqual(violations, []);
  await copy.close();

  const dialog = await submitDialog(page);
  const link = (await accessibilityLink(page, "Read the school's social media policy"));
  assert.ok(dialog && link, 'the dialog links to the policy page');
  const opened = context.waitForEvent('page');
  await page.mouse.click(link.x, link.y);
  const policy = await opened;
  await policy.waitForLoadState();
  assert.equal(policy.url(), `chrome-extension://${EXTENSION_ID}/pages/policy.html`);
  await policy.close();
  await page.close();
});

test('the policy page shows the whole policy for the role, the Designated Senior Person, and has no axe-core violations', async () => {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`chrome-extension://${EXTENSION_ID}/pages/policy.html`);
  await page.waitForSelector('#section-staff');
  const text = await page.innerText('body');
  assert.match(text, /Bucklebury Primary School: social media policy/);
  assert.match(text, /General 1: Be responsible/);
  assert.match(text, /Staff 6: Safeguarding concerns go to the Designated Senior Person/);
  assert.match(text, /Designated Senior Person: Mr David Okafor, 0118 496 0001, dsl@bucklebury.sch.uk/);
  assert.match(text, /ask the headteacher: Mrs Helen Whitcombe/);
  assert.doesNotMatch(text, /Parent 1/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

function findNode(node, predicate) {
  if (predicate(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findNode(child, predicate);
    if (found) return found;
  }
  return null;
}

async function accessibilityLink(page, name) {
  return (await accessibilityNodes(page)).find((n) => n.role === 'link' && n.name === name)?.center ?? null;
}

/** axe-core's violations on the page (or under `selector`), as "rule: target" lines. */
async function axeViolations(page, selector) {
  await page.evaluate(AXE);
  const violations = await page.evaluate((s) => window.axe.run(s ? document.querySelector(s) : document).then((r) => r.violations
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`))), selector);
  return violations;
}

test('a held draft survives the site navigating (history.pushState) and being reopened: nothing posted, nothing lost', async () => {
  const { page, errors } = await typeIn('#reply-text', DRAFT);
  await page.click('#reply button[type=submit]');
  await waitForDialog(page);
  await page.evaluate(() => history.pushState({}, '', '/thread/2'));
  await page.waitForTimeout(200);
  assert.equal(await page.inputValue('#reply-text'), DRAFT);
  await page.keyboard.press('Escape');
  await waitForNoDialog(page);
  await page.evaluate(() => history.back());
  await page.waitForTimeout(200);
  assert.equal(await page.inputValue('#reply-text'), DRAFT);
  assert.deepEqual(await submitted(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});
