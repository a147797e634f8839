// Tone in the extension: a parent's hostile remark and complaint about the school are marked as the whole
// sentence, the card says which words made them one, and the hold dialog names General 4 and Parent 2 with the
// school's own complaints procedure. Nothing is posted until the person decides.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, painted, paintedBox, waitForEngine, waitForDialog, setLocalConfig, accessibilityNodes, CSP, ROOT } from './harness.mjs';

const HOST = 'news.example';
let server, context;
before(async () => {
  server = await startServer({ csp: { [HOST]: CSP.wasm }, dirs: { [HOST]: 'news' } });
  context = await launch({ port: server.port, hosts: [HOST] });
  const config = JSON.parse(readFileSync(join(ROOT, 'data/bucklebury.config.json'), 'utf8'));
  await setLocalConfig(context, { ...config, role: 'parent' });
});
after(async () => { await context?.close(); await server?.close(); });

const HOSTILE = 'Mrs Doe is useless and a total joke.';
const COMPLAINT = 'Still no reply from the school office about the trip money, absolutely shocking.';

test('a hostile remark and a complaint: each sentence marked, explained, and held with the complaints procedure', async () => {
  const { page, errors } = await open(context, `https://${HOST}/share.html`);
  await page.click('#share');
  await waitForEngine(page);
  await page.keyboard.type(`${HOSTILE} ${COMPLAINT}`);
  let shown = [];
  for (let i = 0; i < 100; i++) {
    shown = await painted(page);
    if (shown.some((f) => f.text === HOSTILE) && shown.some((f) => f.text === COMPLAINT)) break;
    await page.waitForTimeout(50);
  }
  assert.ok(shown.some((f) => f.text === HOSTILE), `the hostile sentence is marked: ${JSON.stringify(shown)}`);
  assert.ok(shown.some((f) => f.text === COMPLAINT), `the complaint is marked: ${JSON.stringify(shown)}`);

  // The card says who the sentence is aimed at and which words made it a hostile remark.
  const at = await paintedBox(page, HOSTILE);
  await page.mouse.move(at.x, at.y);
  await page.waitForTimeout(300);
  const card = (await accessibilityNodes(page)).map((n) => n.name).join('\n');
  assert.match(card, /reads as a hostile remark: aimed at “[^”]*Doe”; the words “[^”]+”/);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape'); // the card puts itself away; it never stands in front of the post button

  await page.click('#post');
  const dialog = await waitForDialog(page);
  assert.match(dialog.text, /General 4/);
  assert.match(dialog.text, /Parent 2/);
  assert.match(dialog.text, /Raise it with the school directly: https:\/\/www\.bucklebury\.sch\.uk\/complaints/);
  assert.deepEqual(await page.evaluate(() => window.__posted), []);
  assert.equal(await page.inputValue('#share'), `${HOSTILE} ${COMPLAINT}`);
  assert.ok((await accessibilityNodes(page)).length > 0);
  assert.deepEqual(errors, []);
  await page.close();
});
