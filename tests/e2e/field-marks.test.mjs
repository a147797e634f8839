// Marks in a textarea are measured in a hidden mirror of it, once, and kept while nothing before them changes
// (src/web/content/marks.rs). They must stay on their words through every edit that moves lines: typing after
// them, deleting and inserting before them, the field resized by the page, new findings earlier in the text.
// Read as a person sees them: the text under each mark, through the page's own geometry.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, waitForPaintedToBe, CSP } from './harness.mjs';

const HOSTS = { 'example.org': CSP.wasm, 'example.net': CSP.strict };

let server, context;
before(async () => {
  server = await startServer({ csp: HOSTS, dirs: { 'example.org': 'generic', 'example.net': 'generic' } });
  context = await launch({ port: server.port, hosts: Object.keys(HOSTS) });
});
after(async () => { await context?.close(); await server?.close(); });

const DRAFT = 'Millie and Jack went to the fair on Saturday with their friends from Bucklebury School and everyone '
  + 'had a lovely time. Call 07700 900123 if you found the blue coat.';
const warned = (...texts) => texts.sort((a, b) => a.localeCompare(b)).map((text) => ({ severity: 'warn', text }));

/** Puts the caret (or a selection) in the textarea, as a click or arrow keys would; the text is not touched. */
async function select(page, from, to = from) {
  await page.$eval('#note', (box, [a, b]) => { box.focus(); box.setSelectionRange(a, b); }, [from, to]);
}

for (const [host, build] of [['example.org', 'WebAssembly'], ['example.net', 'JavaScript build']]) {
  test(`${host} (${build}): a textarea's marks stay on their words through edits that move its lines`, async () => {
    const { page, errors } = await open(context, `https://${host}/`);
    await page.$eval('#note', (box) => { box.style.height = '22rem'; }); // every line in view
    await page.click('#note');
    await page.keyboard.type(DRAFT);
    const all = warned('Millie', 'Bucklebury School', '07700 900123');
    assert.deepEqual(await waitForPaintedToBe(page, all), all, 'as typed');

    await page.keyboard.type(' Thanks, everyone!');
    assert.deepEqual(await waitForPaintedToBe(page, all), all, 'typing after the last finding');

    // Deleting words on the first line: the words after it move up, some to the line before.
    let text = await page.$eval('#note', (box) => box.value);
    await select(page, text.indexOf('went to the fair'), text.indexOf('with their'));
    await page.keyboard.press('Backspace');
    assert.deepEqual(await waitForPaintedToBe(page, all), all, 'words deleted before the findings');

    // Inserting a long run before them: everything after moves down and along.
    text = await page.$eval('#note', (box) => box.value);
    await select(page, text.indexOf(' with their'));
    await page.keyboard.type(' and their cousins from the far side of the county, who came on the early bus');
    assert.deepEqual(await waitForPaintedToBe(page, all), all, 'words inserted before the findings');

    // A word typed into the middle of a finding's line, just before it.
    text = await page.$eval('#note', (box) => box.value);
    await select(page, text.indexOf('Call'));
    await page.keyboard.type('Please ');
    assert.deepEqual(await waitForPaintedToBe(page, all), all, 'a word typed just before a finding');

    // The page makes the field narrower, then wider: every line breaks elsewhere.
    await page.$eval('#note', (box) => { box.style.width = '13rem'; });
    assert.deepEqual(await waitForPaintedToBe(page, all), all, 'the field made narrower');
    await page.$eval('#note', (box) => { box.style.width = '40rem'; });
    assert.deepEqual(await waitForPaintedToBe(page, all), all, 'the field made wider');

    // A new finding before the others, and one after them.
    await select(page, 0);
    await page.keyboard.type('Dear Mrs Okafor, ');
    await page.$eval('#note', (box) => box.setSelectionRange(box.value.length, box.value.length));
    await page.keyboard.type(' Or ring 07700 900461.');
    const more = warned('Mrs Okafor', 'Millie', 'Bucklebury School', '07700 900123', '07700 900461');
    assert.deepEqual(await waitForPaintedToBe(page, more), more, 'findings added before and after (a member of staff, a phone)');

    text = await page.$eval('#note', (box) => box.value);
    assert.ok(text.startsWith('Dear Mrs Okafor, Millie and Jack and their cousins from the far side'), text);
    assert.ok(text.endsWith('blue coat. Thanks, everyone! Or ring 07700 900461.'), text);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('centred text: an edit after a finding on its line moves the finding, and its mark follows', async () => {
  const { page, errors } = await open(context, 'https://example.org/');
  await page.$eval('#note', (box) => { box.style.height = '22rem'; box.style.textAlign = 'center'; });
  await page.click('#note');
  await page.keyboard.type(DRAFT);
  const all = warned('Millie', 'Bucklebury School', '07700 900123');
  assert.deepEqual(await waitForPaintedToBe(page, all), all, 'as typed');
  // Words typed after "Millie" on its own line: the centred line shifts left, "Millie" with it.
  await select(page, 'Millie'.length);
  await page.keyboard.type(' and her cousin');
  assert.deepEqual(await waitForPaintedToBe(page, all), all, 'after words were added to its line');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  assert.deepEqual(await waitForPaintedToBe(page, all), all, 'after letters were taken from its line');
  assert.deepEqual(errors, []);
  await page.close();
});
