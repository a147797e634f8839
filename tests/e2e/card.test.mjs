// The card: pointing at an underlined finding explains it with the clause for
// the person's role and what to do instead; "Ignore once" takes the underline
// away without touching the text.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, waitForPainted, paintedBox, accessibilityNodes, CSP } from './harness.mjs';

let server, context;
before(async () => {
  server = await startServer({ csp: { 'example.org': CSP.strict }, dirs: { 'example.org': 'generic' } });
  context = await launch({ port: server.port, hosts: ['example.org'] });
});
after(async () => { await context?.close(); await server?.close(); });

test('hovering a finding shows what it is, the staff clause and a suggestion; Ignore once removes it', async () => {
  const { page, errors } = await open(context, 'https://example.org/');
  await page.click('#rich');
  await page.keyboard.type('Well done Millie! Call 07700 900123');
  await waitForPainted(page, 2);

  const at = await paintedBox(page, 'Millie');
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(200);
  const nodes = await accessibilityNodes(page);
  const texts = nodes.map((n) => n.name).join('\n');
  assert.match(texts, /“Millie” is a pupil's name/);
  assert.match(texts, /Staff 2 · No information about the school, colleagues or pupils/);
  assert.match(texts, /Instead: Leave the name out/);
  const ignore = nodes.find((n) => n.role === 'button' && n.name === 'Ignore once');
  assert.ok(ignore?.center, 'the card has an "Ignore once" button on screen');

  await page.mouse.click(ignore.center.x, ignore.center.y);
  const left = await waitForPainted(page, 1);
  assert.deepEqual(left, [{ severity: 'warn', text: '07700 900123' }]);
  assert.equal(await page.$eval('#rich', (e) => e.innerText), 'Well done Millie! Call 07700 900123');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the card stays out of the way while typing and Escape puts it away', async () => {
  const { page } = await open(context, 'https://example.org/');
  await page.click('#rich');
  await page.keyboard.type('Ring 07700 900123');
  await waitForPainted(page, 1);
  let names = (await accessibilityNodes(page)).map((n) => n.name).join('\n');
  assert.doesNotMatch(names, /is a phone number/, 'no card pops up while typing');

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(500);
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(200);
  names = (await accessibilityNodes(page)).map((n) => n.name).join('\n');
  assert.match(names, /“07700 900123” is a phone number/, 'moving the caret into the finding shows the card');

  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
  names = (await accessibilityNodes(page)).map((n) => n.name).join('\n');
  assert.doesNotMatch(names, /is a phone number/);
  await page.close();
});

test('keyboard only: Alt+Enter reaches the card\'s button, Enter on it ignores the finding, focus returns to the draft', async () => {
  const { page, errors } = await open(context, 'https://example.org/');
  await page.click('#rich');
  await page.keyboard.type('Ring 07700 900123 today');
  await waitForPainted(page, 1);
  await page.waitForTimeout(500); // typing has stopped: the caret may show the card
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(200);
  assert.match((await accessibilityNodes(page)).map((n) => n.name).join('\n'), /“07700 900123” is a phone number/);

  await page.keyboard.press('Alt+Enter');
  await page.keyboard.press('Enter'); // "Ignore once", now focused
  await waitForPainted(page, 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rich', 'focus is back in the draft');
  assert.equal(await page.$eval('#rich', (e) => e.innerText), 'Ring 07700 900123 today');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every box typed in keeps its underlines: a textarea and a rich box on one page', async () => {
  const { page, errors } = await open(context, 'https://example.org/');
  await page.click('#note');
  await page.keyboard.type('Call 07700 900123');
  await waitForPainted(page, 1);
  await page.click('#rich');
  await page.keyboard.type('Well done Millie');
  assert.deepEqual(await waitForPainted(page, 2), [{ severity: 'warn', text: '07700 900123' }, { severity: 'warn', text: 'Millie' }]);
  assert.equal(await page.inputValue('#note'), 'Call 07700 900123');
  assert.deepEqual(errors, []);
  await page.close();
});
