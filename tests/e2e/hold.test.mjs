// The submit hold on the twelve adapted sites, over every submit path each
// fixture has (its post/send button clicked or pressed, Enter where the site
// sends on Enter, Ctrl+Enter where it posts on Ctrl+Enter, its form's submit).
// With a finding in the draft, the first real submit never reaches the site
// and the dialog opens; "Post anyway" lets the person's own next submit post
// the exact draft once; "Edit" puts the caret on the first finding; what the
// school blocks is never posted; a clean draft posts first time. After every
// path the editor's model holds exactly what was typed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  startServer, launch, open, waitForPainted, waitForDialog, waitForNoDialog, submitDialog, setLocalConfig, waitForEngine, CSP, ROOT,
} from './harness.mjs';
import { buildFixtures } from './fixtures/build.mjs';

const click = (selector) => ({ name: 'clicking the post button', run: (page) => page.click(selector) });
const keyOn = (selector) => ({
  name: 'Enter on the focused post button',
  run: async (page) => { await page.focus(selector); await page.keyboard.press('Enter'); },
});
const press = (key) => ({ name: key, run: (page) => page.keyboard.press(key) });

const SITES = [
  { host: 'x.com', box: '[data-testid="tweetTextarea_0"]',
    paths: [click('[data-testid="tweetButton"]'), keyOn('[data-testid="tweetButton"]'), press('Control+Enter')] },
  { host: 'www.facebook.com', box: '[data-lexical-editor="true"]', paths: [click('[aria-label="Post"]')] },
  { host: 'www.instagram.com', box: 'textarea[aria-label="Write a caption..."]', paths: [click('[data-fixture="share"]')] },
  { host: 'www.threads.net', box: 'div[role="textbox"][contenteditable="true"]', paths: [click('[data-fixture="post"]')] },
  { host: 'www.tiktok.com', box: '[data-e2e="comment-input"] [contenteditable="true"]',
    paths: [click('[data-e2e="comment-post"]'), press('Enter')] },
  { host: 'www.linkedin.com', box: '.ql-editor',
    paths: [click('button.share-actions__primary-action'), keyOn('button.share-actions__primary-action')] },
  { host: 'www.reddit.com', box: 'shreddit-composer [data-lexical-editor="true"]',
    paths: [click('button[slot="submit-button"]'), keyOn('button[slot="submit-button"]')] },
  { host: 'www.youtube.com', box: 'div#contenteditable-root[contenteditable="true"]',
    paths: [click('#submit-button button'), keyOn('#submit-button button')] },
  { host: 'bsky.app', box: '.ProseMirror', paths: [click('[data-testid="composerPublishBtn"]'), press('Control+Enter')] },
  { host: 'mastodon.social', box: 'form.compose-form textarea',
    paths: [click('form.compose-form button[type="submit"]'), keyOn('form.compose-form button[type="submit"]'),
      press('Control+Enter')] },
  { host: 'web.whatsapp.com', box: 'footer [data-tab="10"][role="textbox"]', paths: [click('[aria-label="Send"]'), press('Enter')] },
  { host: 'discord.com', box: '[data-slate-editor="true"]', paths: [press('Enter')] },
].map((site, i) => ({ ...site, csp: i % 2 === 0 ? CSP.strict : CSP.wasm }));

const DRAFT = 'Well done Millie! Call 07700 900123 about the summer fair';
const CLEAN = 'Lovely weather for the summer fair';

let server, context;
before(async () => {
  await buildFixtures();
  server = await startServer({ csp: Object.fromEntries(SITES.map((s) => [s.host, s.csp])) });
  context = await launch({ port: server.port, hosts: SITES.map((s) => s.host) });
});
after(async () => { await context?.close(); await server?.close(); });

const modelText = (page) => page.evaluate(() => window.__fixture.modelText());
const submitted = (page) => page.evaluate(() => window.__fixture.submitted);

/** Opens the site, types `text` in its compose box like a person, and waits for `findings` underlines. */
async function typeDraft(site, text, findings) {
  const opened = await open(context, `https://${site.host}/`);
  await opened.page.click(site.box);
  await waitForEngine(opened.page); // loaded on that focus, while a person would be typing
  await opened.page.keyboard.type(text);
  if (findings) await waitForPainted(opened.page, findings);
  else await opened.page.waitForTimeout(100);
  return opened;
}

/** Waits until the site has recorded `count` submits, then a little longer to catch any extra one. */
async function waitForSubmits(page, count) {
  await page.waitForFunction((n) => window.__fixture.submitted.length >= n, count, { timeout: 3000 });
  await page.waitForTimeout(200);
  return submitted(page);
}

/** The caret's offset in the box's text, or null when the box does not have focus. */
function caretOffset(page, box) {
  return page.locator(box).evaluate((el) => {
    if (!el.matches(':focus') && !el.contains(el.getRootNode().activeElement)) return null;
    if ('selectionStart' in el) return el.selectionStart;
    const root = el.getRootNode();
    const selection = root.getSelection ? root.getSelection() : window.getSelection();
    const before = document.createRange();
    before.setStart(el, 0);
    before.setEnd(selection.focusNode, selection.focusOffset);
    return before.toString().length;
  });
}

for (const site of SITES) {
  for (const path of site.paths) {
    test(`${site.host}: ${path.name} with findings is held; Post anyway, then ${path.name} posts the exact draft once`, async () => {
      const { page, errors } = await typeDraft(site, DRAFT, 2);
      await path.run(page);
      const dialog = await waitForDialog(page);
      assert.match(dialog.name, /Check before you post/);
      assert.match(dialog.name, /a pupil's name “Millie”/);
      assert.match(dialog.name, /a phone number “07700 900123”/);
      assert.match(dialog.text, /Staff 2 · No information about the school, colleagues or pupils/);
      assert.match(dialog.text, /Designated Senior Person: Mr David Okafor \(0118 496 0001, dsl@bucklebury.sch.uk\)/);
      assert.ok(dialog.buttons['Post anyway'] && dialog.buttons.Edit, 'the dialog offers Edit and Post anyway');
      await page.waitForTimeout(200);
      assert.deepEqual(await submitted(page), [], 'the held submit never reached the site');
      assert.equal(await modelText(page), DRAFT);

      await page.mouse.click(dialog.buttons['Post anyway'].x, dialog.buttons['Post anyway'].y);
      await waitForNoDialog(page);
      assert.deepEqual(await submitted(page), [], 'Post anyway itself posts nothing: the person posts');
      await path.run(page);
      assert.deepEqual(await waitForSubmits(page, 1), [DRAFT]);
      assert.equal(await submitDialog(page), null);
      assert.equal(await modelText(page), DRAFT);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  const [first] = site.paths;
  test(`${site.host}: Edit (Enter on the focused button) puts the caret on the first finding and posts nothing`, async () => {
    const { page, errors } = await typeDraft(site, DRAFT, 2);
    await first.run(page);
    await waitForDialog(page);
    await page.keyboard.press('Enter'); // focus moved into the dialog, onto Edit
    await waitForNoDialog(page);
    assert.equal(await caretOffset(page, site.box), DRAFT.indexOf('Millie'));
    await page.waitForTimeout(200);
    assert.deepEqual(await submitted(page), []);
    assert.equal(await modelText(page), DRAFT);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${site.host}: a draft without findings posts on the first ${first.name}`, async () => {
    const { page, errors } = await typeDraft(site, CLEAN, 0);
    await first.run(page);
    assert.deepEqual(await waitForSubmits(page, 1), [CLEAN]);
    assert.equal(await submitDialog(page), null);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('block mode: a kind the school blocks is never posted, on any site or path, and the dialog says who to ask', async (t) => {
  const config = JSON.parse(readFileSync(join(ROOT, 'data/bucklebury.config.json'), 'utf8'));
  await setLocalConfig(context, { ...config, severity: { phone_number: 'block' } });
  try {
    for (const site of SITES) {
      await t.test(site.host, async () => {
        const { page, errors } = await typeDraft(site, DRAFT, 2);
        for (const path of site.paths.concat(site.paths)) {
          await path.run(page);
          const dialog = await waitForDialog(page);
          assert.match(dialog.name, /This can't be posted/);
          assert.match(dialog.text, /does not allow posts with a phone number/);
          assert.match(dialog.text, /ask the headteacher, Mrs Helen Whitcombe/);
          assert.equal(dialog.buttons['Post anyway'], undefined, 'no Post anyway for what the school blocks');
          await page.keyboard.press('Escape');
          await waitForNoDialog(page);
          await page.click(site.box); // back to the draft, as a person would, before trying again
        }
        await page.waitForTimeout(200);
        assert.deepEqual(await submitted(page), []);
        assert.equal(await modelText(page), DRAFT);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  } finally {
    await setLocalConfig(context, null);
  }
});
