// Photos attached to a post (Parent 1, General 5): by a file input, a paste and a drop onto the caption, on a
// composer PostGuard has no adapter for. The photo is read locally (by the extension's worker), never uploaded or
// changed: a card by the composer says in plain words how many faces it shows, that it records where it was taken
// and how to stop a phone doing that, and which names its details carry; the post is held with the photo in the
// dialog, and Post anyway then Post posts it once, as the person chose. A photo with nothing to say is quiet.
// Nothing leaves the machine (the harness's net log).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, accessibilityNodes, waitForDialog, waitForNoDialog, CSP } from './harness.mjs';

const HOSTS = { 'photos.example': CSP.strict, 'photos-wasm.example': CSP.wasm };
const SITE = join(import.meta.dirname, 'sites/photos');
let server, context;
before(async () => {
  server = await startServer({ csp: HOSTS, dirs: { 'photos.example': 'photos', 'photos-wasm.example': 'photos' } });
  context = await launch({ port: server.port, hosts: Object.keys(HOSTS) });
});
after(async () => { await context?.close(); await server?.close(); });

/** What PostGuard's card by the composer says (as a screen reader meets it), once it says something. */
async function attachmentCard(page, timeout = 8000) {
  const until = Date.now() + timeout;
  for (;;) {
    const text = (await accessibilityNodes(page)).map((n) => n.name).filter((n) => /attachment|This photo|This video|Its details/.test(n)).join('\n');
    if (text || Date.now() > until) return text;
    await page.waitForTimeout(100);
  }
}

const submitted = (page) => page.evaluate(() => window.__fixture.submitted);

for (const host of Object.keys(HOSTS)) {
  test(`${host}: a photo attached by the file input gets a card by the composer, and the post is held with it until the person decides`, async () => {
    const { page, errors } = await open(context, `https://${host}/`);
    await page.click('#caption');
    await page.keyboard.type('What a lovely sports day!');
    await page.setInputFiles('#photo', join(SITE, 'sports-day.jpg'));
    const card = await attachmentCard(page);
    assert.match(card, /About the attachment sports-day\.jpg/);
    assert.match(card, /This photo shows 3 faces\. Staff 1: Don't post photos or videos that show pupils or colleagues\./);
    assert.match(card, /This photo records where it was taken\. General 5: /);
    assert.match(card, /Location Services › Camera › Never/);
    assert.match(card, /a pupil's name “Millie”/);
    assert.doesNotMatch(card, /51\.42|1\.236/, 'the card does not repeat the position itself');

    await page.click('#compose [type=submit]');
    const dialog = await waitForDialog(page);
    assert.match(dialog.text, /This post has an attachment to check\./);
    assert.match(dialog.text, /Attached: sports-day\.jpg/);
    assert.match(dialog.text, /This photo shows 3 faces/);
    assert.deepEqual(await submitted(page), [], 'the first Post did not reach the site');
    await page.mouse.click(dialog.buttons['Post anyway'].x, dialog.buttons['Post anyway'].y);
    await waitForNoDialog(page);
    await page.click('#compose [type=submit]');
    await page.waitForTimeout(200);
    assert.deepEqual(await submitted(page), ['What a lovely sports day!|sports-day.jpg'], 'posted once, as the person chose');
    assert.equal(await attachmentCard(page, 300), '', 'the card went with the post');
    // The file the site got is the person's file, byte for byte.
    const size = await page.evaluate(() => window.__fixture.files[0].size);
    assert.equal(size, readFileSync(join(SITE, 'sports-day.jpg')).length);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('Post clicked the moment a photo is attached waits for it to be read, then holds the post with it', async () => {
  const { page, errors } = await open(context, 'https://photos.example/');
  await page.click('#caption');
  await page.keyboard.type('Sports day!');
  await page.setInputFiles('#photo', join(SITE, 'sports-day.jpg'));
  await page.click('#compose [type=submit]', { noWaitAfter: true });
  const dialog = await waitForDialog(page, 8000);
  assert.match(dialog.text, /Attached: sports-day\.jpg/);
  assert.deepEqual(await submitted(page), [], 'nothing went before the photo was read');
  assert.equal(await page.inputValue('#caption'), 'Sports day!');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a photo with nothing to say (a cat, no position, no names) attaches quietly and the post goes first time', async () => {
  const { page, errors } = await open(context, 'https://photos.example/');
  await page.click('#caption');
  await page.keyboard.type('Our cat says hello');
  await page.setInputFiles('#photo', join(SITE, 'cat.jpg'));
  assert.equal(await attachmentCard(page, 2500), '');
  await page.click('#compose [type=submit]');
  await page.waitForTimeout(300);
  assert.deepEqual(await submitted(page), ['Our cat says hello|cat.jpg']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a photo dropped onto the caption, before anything was typed, is checked too', async () => {
  const { page, errors } = await open(context, 'https://photos.example/');
  const box = await page.locator('#caption').boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [join(SITE, 'sports-day.jpg')], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
  await cdp.detach();
  const card = await attachmentCard(page);
  assert.match(card, /This photo shows 3 faces/);
  assert.match(card, /records where it was taken/);
  await page.click('#compose [type=submit]');
  const dialog = await waitForDialog(page);
  assert.match(dialog.text, /Attached: sports-day\.jpg/);
  assert.deepEqual(await submitted(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a picture pasted into the caption is checked: the clipboard keeps only pixels, and its faces are counted', async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://photos.example' });
  const { page, errors } = await open(context, 'https://photos.example/');
  await page.click('#caption');
  // The group photo copied as a picture (as "Copy image" does): a PNG of its pixels, no metadata.
  await page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  }, [...readFileSync(join(SITE, 'sports-day.jpg'))]);
  await page.keyboard.press('Control+V');
  const card = await attachmentCard(page);
  assert.match(card, /This photo shows 3 faces/);
  assert.doesNotMatch(card, /records where it was taken/, 'a pasted picture carries no position');
  assert.equal(await page.inputValue('#caption'), '', 'nothing was written into the caption');
  assert.deepEqual(errors, []);
  await page.close();
});
