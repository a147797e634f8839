// The options page, used as a school's IT lead, a teacher and a parent would:
// try a post, import a roster from a CSV export (preview with row numbers),
// add names, change the role, pause a site, export the parent file and import
// it, with clear errors for bad input; settings stored with a schema version
// (first-release settings migrate); axe-core finds no violations.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { startServer, launch, open, waitForPainted, painted, setLocalConfig, CSP, EXTENSION_ID, extensionWorker } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OPTIONS = `chrome-extension://${EXTENSION_ID}/pages/options.html`;
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

async function openOptions() {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(OPTIONS);
  await page.waitForFunction(() => document.getElementById('roster-counts').textContent.length > 0);
  return { page, errors };
}

async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(() => window.axe.run(document).then((r) => r.violations
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`))));
}

test('the options page shows the school in force, keyboard-usable, and the options and privacy pages pass axe-core', async () => {
  const { page, errors } = await openOptions();
  assert.equal(await page.inputValue('#school-name'), 'Bucklebury Primary School');
  assert.equal(await page.isChecked('input[name=role][value=staff]'), true);
  assert.match(await page.textContent('#roster-counts'), /300 pupils and 30 members of staff/);
  // Keyboard: Tab from the top reaches the role choices, and arrow keys change them.
  await page.focus('input[name=role][value=staff]');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked('input[name=role][value=governor]'), true);
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`chrome-extension://${EXTENSION_ID}/pages/privacy.html`);
  assert.match(await page.textContent('main'), /What you type stays on this computer/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('try a post shows what PostGuard would point out, with the clause for the role chosen', async () => {
  const { page } = await openOptions();
  await page.click('#try-text');
  await page.keyboard.type('Well done Millie! Call 07700 900123');
  await page.waitForFunction(() => document.querySelectorAll('#try-result mark').length === 2);
  assert.deepEqual(await page.$$eval('#try-result mark', (m) => m.map((e) => e.textContent)), ['Millie', '07700 900123']);
  assert.match(await page.textContent('#try-result'), /“Millie” is a pupil's name\. Staff should not post information about pupils\. \(Staff 2/);
  await page.check('input[name=role][value=parent]');
  await page.fill('#try-text', 'Well done Millie!');
  await page.dispatchEvent('#try-text', 'input');
  assert.match(await page.textContent('#try-result'), /General 5, Parent 1/);
  await page.close();
});

test('a roster CSV: preview with every rejected row, then the new names are what the content script flags', async () => {
  const { page } = await openOptions();
  const csv = 'Legal Forename,Legal Surname,Preferred Forename,Year\r\nZoë,Quartermaine,,3\r\nJ0hn,Smith,,4\r\nŁukasz,O\'Neill,Luke,5\r\n';
  await page.setInputFiles('#roster-file', { name: 'arbor-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('#roster-apply:not([hidden])');
  const preview = await page.textContent('#roster-preview');
  assert.match(preview, /2 pupils read from arbor-export\.csv \(UTF-8\)/);
  assert.match(preview, /Columns not used: Year/);
  assert.match(preview, /row 3: forename "J0hn" contains the digit 0/);
  await page.click('#roster-apply');
  assert.match(await page.textContent('#roster-counts'), /^2 pupils/);
  await page.click('#save');
  await page.waitForFunction(() => /Saved/.test(document.getElementById('save-result').textContent));
  const { settings } = await stored();
  assert.equal(settings.schema, 1);
  assert.deepEqual(settings.config.pupils, [{ first: 'Zoë', last: 'Quartermaine' }, { first: 'Łukasz', last: "O'Neill", preferred: 'Luke' }]);
  await page.close();

  const { page: site } = await open(context, `https://${HOST}/`);
  await site.click('#rich');
  await site.keyboard.type('Zoë Quartermaine and Millie Hart');
  assert.deepEqual(await waitForPainted(site, 1), [{ severity: 'warn', text: 'Zoë Quartermaine' }]);
  await site.close();
});

test('bad input gets a clear message: a name with digits, a school without a name', async () => {
  const { page } = await openOptions();
  await page.fill('#add-first', 'J0hn');
  await page.fill('#add-last', 'Smith');
  await page.click('#add-name');
  assert.match(await page.textContent('#save-result'), /Not added: .*pupils\[300\]\.first.*"J0hn" contains '0'/);
  await page.fill('#school-name', '');
  await page.click('#save');
  assert.match(await page.textContent('#save-result'), /Not saved: .*school/);
  assert.deepEqual(await stored(), {});
  await page.close();
});

test('pausing PostGuard on a site: nothing is flagged there', async () => {
  const { page } = await openOptions();
  await page.fill('#paused', `${HOST}\n`);
  await page.click('#save');
  await page.waitForFunction(() => /Saved/.test(document.getElementById('save-result').textContent));
  await page.close();
  const { page: site } = await open(context, `https://${HOST}/`);
  await site.click('#rich');
  await site.keyboard.type('Well done Millie! Call 07700 900123');
  await site.waitForTimeout(600);
  assert.deepEqual(await painted(site), []);
  await site.close();
});

test('the parent file has the school and no names; a parent imports it and adds their own child', async () => {
  const { page } = await openOptions();
  const download = page.waitForEvent('download');
  await page.click('#export-parents');
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  assert.equal(file.role, 'parent');
  assert.equal(file.school.name, 'Bucklebury Primary School');
  assert.equal(file.school.complaints, 'https://www.bucklebury.sch.uk/complaints');
  assert.equal(file.pupils, undefined);
  assert.equal(file.staff, undefined);
  assert.equal(file.school.safeguarding_lead, undefined);
  await page.close();

  // A parent's browser: nothing set up yet.
  await setLocalConfig(context, { role: 'parent', school: { name: 'Somewhere Else' }, pupils: [] });
  const { page: parent } = await openOptions();
  await parent.setInputFiles('#import-parents', { name: 'postguard-parents.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await parent.waitForFunction(() => /Imported Bucklebury Primary School/.test(document.getElementById('import-result').textContent));
  assert.equal(await parent.isChecked('input[name=role][value=parent]'), true);
  await parent.fill('#add-first', 'Rosie');
  await parent.fill('#add-last', 'Lanyon');
  await parent.click('#add-name');
  await parent.click('#save');
  await parent.waitForFunction(() => /Saved/.test(document.getElementById('save-result').textContent));
  const { settings, config } = await stored();
  assert.equal(config, undefined, 'the first-release key is migrated away');
  assert.equal(settings.config.role, 'parent');
  assert.deepEqual(settings.config.pupils, [{ first: 'Rosie', last: 'Lanyon' }]);
  assert.deepEqual(settings.config.staff, []);
  await parent.close();
});
