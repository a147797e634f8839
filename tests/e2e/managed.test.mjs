// School IT's managed policy: a configuration pushed through Chromium's policy
// for the extension (3rdparty -> extensions -> <id> -> config) replaces the
// embedded sample school. Chromium on Linux reads /etc/chromium/policies/managed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, rmSync, readFileSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { startServer, launch, open, waitForPainted, openPopup, CSP, ROOT, EXTENSION_ID, extensionWorker } from './harness.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'postguard-e2e-test.json');

const SCHOOL = {
  role: 'staff',
  school: { name: 'Harbourside Primary School', aliases: ['Harbourside Primary'], handles: ['@HarboursidePS'] },
  pupils: [{ first: 'Tallulah', last: 'Quist' }, { first: 'Ōtāne', last: 'Ngata' }],
  staff: [{ first: 'Priya', last: 'Venkat', title: 'Ms' }],
};

function writable(dir) {
  try { mkdirSync(dir, { recursive: true }); accessSync(dir, constants.W_OK); return true; } catch { return false; }
}

let server, context;
const canWritePolicy = writable(POLICY_DIR);
before(async () => {
  if (!canWritePolicy) return;
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: { config: SCHOOL, locked: ['paused'] } } } }));
  server = await startServer({ csp: { 'example.org': CSP.strict }, dirs: { 'example.org': 'generic' } });
  context = await launch({ port: server.port, hosts: ['example.org'] });
});
after(async () => {
  await context?.close();
  await server?.close();
  rmSync(POLICY_FILE, { force: true });
});

test('the manifest key gives the extension the fixed ID school IT puts in policies', () => {
  // Chromium's ID: the first 32 hex digits of SHA-256 of the public key, written with the letters a-p.
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  const id = [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
  assert.equal(id, EXTENSION_ID);
});

test('a roster pushed by managed policy is used instead of the sample school', { skip: !canWritePolicy && `cannot write ${POLICY_DIR} (run as root)` }, async () => {
  const { page } = await open(context, 'https://example.org/');
  await page.click('#rich');
  await page.keyboard.type('Tallulah and Otane met Millie at @HarboursidePS with Ms Venkat');
  const painted = await waitForPainted(page, 4, 10000);
  assert.deepEqual(painted.map((p) => p.text), ['@HarboursidePS', 'Ms Venkat', 'Otane', 'Tallulah']);
  await page.close();
});

test('fields the managed policy sets show locked on the options page; the others stay the person\'s', { skip: !canWritePolicy && `cannot write ${POLICY_DIR} (run as root)` }, async () => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/pages/options.html`);
  await page.waitForFunction(() => document.getElementById('roster-counts').textContent.length > 0, null, { timeout: 10000 });
  assert.equal(await page.inputValue('#school-name'), 'Harbourside Primary School');
  for (const field of ['role', 'school', 'roster']) {
    assert.equal(await page.$eval(`#${field}-field`, (f) => f.disabled), true, `${field} is locked`);
    assert.equal(await page.isVisible(`#${field}-field .locked-note`), true);
  }
  assert.equal(await page.$eval('#severity-field', (f) => f.disabled), false, 'severities are not set by the policy');
  assert.equal(await page.$eval('#paused-field', (f) => f.disabled), true, 'the policy\'s lock flags forbid pausing');
  assert.match(await page.textContent('#roster-counts'), /2 pupils and 1 member of staff/);
  await page.close();
});

test('when the policy locks pausing, a site paused in local settings is still checked', { skip: !canWritePolicy && `cannot write ${POLICY_DIR} (run as root)` }, async () => {
  const worker = await extensionWorker(context);
  await worker.evaluate(() => chrome.storage.local.set({ settings: { schema: 1, paused: ['example.org'] } }));
  try {
    const { page } = await open(context, 'https://example.org/');
    await page.click('#rich');
    await page.keyboard.type('Tallulah won');
    assert.deepEqual((await waitForPainted(page, 1, 10000)).map((p) => p.text), ['Tallulah']);
    await page.close();
  } finally {
    await worker.evaluate(() => chrome.storage.local.clear());
  }
});

test('the toolbar pop-up shows pausing as school IT\'s decision when the policy locks it', { skip: !canWritePolicy && `cannot write ${POLICY_DIR} (run as root)` }, async () => {
  const { page } = await open(context, 'https://example.org/');
  const popup = await openPopup(context, page);
  assert.equal(await popup.$eval('#status', (e) => e.dataset.state), 'active');
  assert.match(await popup.textContent('#school'), /Harbourside Primary School/);
  assert.equal(await popup.isDisabled('#pause'), true);
  assert.equal(await popup.textContent('#pause-note'), "Your school's IT team decides where PostGuard runs.");
  await popup.close();
  await page.close();
});
