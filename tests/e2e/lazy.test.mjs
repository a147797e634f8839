// Zero cost until needed: a frame holds only the bootstrap until someone is about to type there; the engine is
// loaded on the first trusted focus or input, and a post submitted before it is ready is held and checked.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, marks, extensionWorlds, waitForDialog, accessibilityNodes, CSP } from './harness.mjs';

// The strict CSP as large sites send it, with its own frames allowed (the comments and adverts are same-origin).
const HOSTS = { 'news.example': CSP.wasm, 'news-strict.example': `${CSP.strict}; frame-src 'self'` };
let server, context;
before(async () => {
  server = await startServer({ csp: HOSTS, dirs: { 'news.example': 'news', 'news-strict.example': 'news' } });
  context = await launch({ port: server.port, hosts: Object.keys(HOSTS) });
});
after(async () => { await context?.close(); await server?.close(); });

for (const host of Object.keys(HOSTS)) {
  test(`${host}: a news page read, not typed on: no frame loads the engine; a phone number typed in the comments frame is marked`, async () => {
    const { page, errors } = await open(context, `https://${host}/`);
    await page.waitForTimeout(1500);
    const idle = await extensionWorlds(page);
    assert.equal(idle.length, 12, `the bootstrap in the page and its 11 frames: ${JSON.stringify(idle)}`);
    assert.ok(idle.every((w) => w.bootstrap && !w.loading && !w.engine), JSON.stringify(idle));

    const comments = page.frameLocator('#comments');
    await comments.locator('#comment').click();
    const typed = Date.now();
    await comments.locator('#comment').pressSequentially('Ring me on 07700 900461 please', { delay: 20 });
    let shown = [];
    while (shown.length === 0 && Date.now() - typed < 5000) {
      shown = await marks(page, { frames: true });
      if (shown.length === 0) await page.waitForTimeout(50);
    }
    const took = Date.now() - typed;
    console.log(`# ${host}: phone number marked ${took} ms after the first key (typing takes ~600 ms)`);
    assert.equal(shown.length, 1, 'one mark, on the phone number');
    assert.ok(took < 1500 + 700, `marked after ${took} ms`);
    const frameBox = await page.locator('#comments').boundingBox();
    assert.ok(shown[0].top >= frameBox.y && shown[0].bottom <= frameBox.y + frameBox.height, 'the mark is on screen, in the frame');
    assert.equal(await comments.locator('#comment').inputValue(), 'Ring me on 07700 900461 please');

    const typedOn = await extensionWorlds(page);
    assert.deepEqual(typedOn.filter((w) => w.engine).map((w) => new URL(w.url).pathname), ['/comments.html']);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a share box filled in by the site, posted at once: the post is held and checked before the engine was ever needed', async () => {
  const text = 'Great to see Bucklebury School in the news! Ring me on 07700 900461';
  const { page } = await open(context, `https://news.example/share.html?text=${encodeURIComponent(text)}`);
  await page.waitForTimeout(300);
  assert.ok((await extensionWorlds(page)).every((w) => !w.loading), 'nothing loaded before the click');
  await page.click('#post');
  const dialog = await waitForDialog(page);
  assert.match(dialog.text, /07700 900461/);
  assert.deepEqual(await page.evaluate(() => window.__posted), []);
  assert.equal(await page.inputValue('#share'), text);
  await page.close();
});

test('a clean share box posted at once: held while it is checked, the person is told it is clear, and the next Post goes through once', async () => {
  const text = 'What a lovely story about the village fete';
  const { page } = await open(context, `https://news.example/share.html?text=${encodeURIComponent(text)}`);
  await page.waitForTimeout(300);
  await page.click('#post');
  let notice = null;
  for (let i = 0; i < 60 && !notice; i++) {
    notice = (await accessibilityNodes(page)).find((n) => /nothing to flag/.test(n.name ?? ''));
    if (!notice) await page.waitForTimeout(50);
  }
  assert.ok(notice, 'the person is told the post is clear');
  assert.deepEqual(await page.evaluate(() => window.__posted), [], 'the held click was not replayed');
  await page.click('#post');
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__posted), [text]);
  await page.close();
});
