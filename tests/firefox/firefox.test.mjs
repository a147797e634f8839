// PostGuard in real Firefox (Debian's firefox-esr, WebDriver BiDi through puppeteer-core), from dist-firefox/:
// Mozilla's linter passes it; it installs; on fixture sites at their real host names, with their real editor
// libraries (Draft.js, Lexical, Quill, TipTap, Slate, Lexical in a shadow root, textareas) and strict CSPs, the
// findings are marked on screen and nothing else; the editor keeps exactly what was typed; a script of the page
// learns nothing; the first Post is held until the person decides, and a clean draft posts once; the card answers
// the keyboard; sign-up pages show the age note; a pupil's friend request is framed; the extension's own pages
// work; a roster pushed by a real policies.json is marked.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { startServer, open, CSP, ROOT } from '../e2e/harness.mjs';
import { buildFixtures } from '../e2e/fixtures/build.mjs';
import {
  launchFirefox, waitForPainted, pageTraces, focusInPostGuard, writePolicies, removePolicies, underlines,
  DIST_FIREFOX, EXTENSION_ORIGIN, POLICIES_FILE, sleep,
} from './harness.mjs';
import { GECKO_ID, STRICT_MIN_VERSION } from '../../tools/firefox_manifest.mjs';

/** One fixture per editor library, and the plain forum (a site PostGuard has no adapter for). */
const SITES = [
  { host: 'x.com', editor: 'Draft.js', box: '[data-testid="tweetTextarea_0"]', csp: CSP.strict },
  { host: 'www.facebook.com', editor: 'Lexical', box: '[data-lexical-editor="true"]', csp: CSP.strict },
  { host: 'www.linkedin.com', editor: 'Quill', box: '.ql-editor', csp: CSP.wasm },
  { host: 'bsky.app', editor: 'TipTap (ProseMirror)', box: '.ProseMirror', csp: CSP.strict },
  { host: 'discord.com', editor: 'Slate', box: '[data-slate-editor="true"]', csp: CSP.wasm },
  { host: 'www.reddit.com', editor: 'Lexical in a shadow root', box: 'shreddit-composer >>> [data-lexical-editor="true"]', csp: CSP.strict },
  { host: 'mastodon.social', editor: 'textarea', box: 'form.compose-form textarea', csp: CSP.wasm },
  { host: 'forum.example', editor: 'plain textarea forum', box: '#reply-text', csp: CSP.strict, dir: 'forum', model: '#reply-text' },
];
/** The photo composer (tests/e2e/sites/photos) and the news page with advert and comment frames (sites/news). */
const PHOTOS = 'photos.example';
const NEWS = 'news.example';
const HOSTS = [...SITES.map((s) => s.host), PHOTOS, NEWS];
const POST = 'Well done Millie! Call 07700 900123 about the summer fair';
const EXPECTED = [{ severity: 'warn', text: '07700 900123' }, { severity: 'warn', text: 'Millie' }];
const CLEAN = 'Lovely weather for the summer fair';

let server, browser;
before(async () => {
  await buildFixtures();
  server = await startServer({
    csp: { ...Object.fromEntries(SITES.map((s) => [s.host, s.csp])), [PHOTOS]: CSP.strict, [NEWS]: `${CSP.strict}; frame-src 'self'` },
    dirs: { ...Object.fromEntries(SITES.filter((s) => s.dir).map((s) => [s.host, s.dir])), [PHOTOS]: 'photos', [NEWS]: 'news' },
  });
  removePolicies();
  browser = await launchFirefox({ hosts: HOSTS });
});
after(async () => { await browser?.close(); await server?.close(); });

const url = (host, path = '/') => `https://${host}:${server.port}${path}`;
/** The forum with the draft typed in its reply box and both findings marked. */
async function forumWithDraft() {
  const opened = await open(browser, url('forum.example'));
  await opened.page.click('#reply-text');
  await opened.page.keyboard.type(POST);
  await waitForPainted(opened.page, 2);
  return opened;
}

const modelText = (page, site) => (site.model
  ? page.$eval(site.model, (e) => e.value)
  : page.evaluate(() => window.__fixture.modelText()));

test(`web-ext lint: no errors, no warnings (gecko id ${GECKO_ID}, Firefox ${STRICT_MIN_VERSION} or later)`, () => {
  let out;
  try {
    out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-input'],
      { encoding: 'utf8', env: { ...process.env, WEB_EXT_NO_CONFIG_DISCOVERY: '1' } });
  } catch (error) {
    out = error.stdout; // exits non-zero when it finds errors; the report says which
  }
  const report = JSON.parse(out);
  const said = (list) => list.map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`);
  assert.deepEqual(said(report.errors), []);
  assert.deepEqual(said(report.warnings), []);
  const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  assert.deepEqual(manifest.background.scripts, ['photo/postguard_photo.js', 'background.js']);
});

test(`the add-on runs in ${execFileSync('/usr/bin/firefox-esr', ['--version'], { encoding: 'utf8' }).trim()}: nothing until a box is focused`, async () => {
  const version = Number((await browser.version()).match(/(\d+)\./)[1]);
  assert.ok(version >= Number.parseInt(STRICT_MIN_VERSION, 10), `Firefox ${version} is at least strict_min_version`);
  const { page } = await open(browser, url('forum.example'));
  const host = () => page.evaluate(() => document.querySelector('postguard-ui') !== null);
  await sleep(300);
  assert.equal(await host(), false, 'a page read, not typed on: no engine, no layer');
  await page.click('#reply-text');
  await page.waitForFunction(() => document.documentElement.lastElementChild.localName === 'postguard-ui', { timeout: 5000 });
  await page.close();
});

for (const site of SITES) {
  const csp = site.csp === CSP.strict ? 'strict CSP' : "CSP with 'wasm-unsafe-eval'";
  test(`${site.host} (${site.editor}, ${csp}): the findings are marked on screen and nothing else; typing is unaltered; the page learns nothing`, async () => {
    const { page, errors, requests } = await open(browser, url(site.host));
    await page.click(site.box);
    await page.keyboard.type(POST);
    assert.deepEqual(await waitForPainted(page, 2), EXPECTED);
    assert.equal(await modelText(page, site), POST);
    assert.deepEqual(await pageTraces(page, EXPECTED.map((f) => f.text)), []);
    assert.deepEqual(errors, []);
    const elsewhere = requests.filter((r) => !r.startsWith(url(site.host, '/')) && !r.startsWith('moz-extension:'));
    assert.deepEqual(elsewhere, [], 'the page requested nothing but its own files');
    await page.close();
  });
}

test('news page: a phone number typed in the comments frame is marked (frames get the bootstrap when focus goes into one)', async () => {
  const { page, errors } = await open(browser, url(NEWS));
  await page.evaluate(() => document.getElementById('comments').scrollIntoView());
  await sleep(300);
  const comments = page.frames().find((f) => f.url().includes('/comments.html'));
  await comments.click('#comment');
  await comments.type('#comment', 'Ring me on 07700 900461 please');
  let lines = [];
  for (let i = 0; i < 60 && lines.length === 0; i++, await sleep(100)) lines = await underlines(page);
  assert.equal(lines.length, 1, `one mark: ${JSON.stringify(lines)}`);
  const frame = await page.evaluate(() => { const r = document.getElementById('comments').getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
  assert.ok(frame.top < lines[0].y && lines[0].y < frame.bottom, 'the mark is in the comments frame');
  assert.equal(await comments.$eval('#comment', (e) => e.value), 'Ring me on 07700 900461 please');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a mark follows its words when the page scrolls and the window is resized', async () => {
  const { page } = await forumWithDraft();
  await page.evaluate(() => { document.body.style.paddingBottom = '2000px'; window.scrollBy(0, 60); });
  await sleep(300);
  assert.deepEqual(await waitForPainted(page, 2), EXPECTED);
  await page.setViewport({ width: 520, height: 600 });
  await sleep(300);
  assert.deepEqual(await waitForPainted(page, 2), EXPECTED, 'after the text wrapped anew');
  await page.close();
});

test('x.com: the first Post is held until the person decides; Post anyway, then Post, posts the draft once; a clean draft posts first time', async () => {
  const { page, errors } = await open(browser, url('x.com'));
  const submitted = () => page.evaluate(() => window.__fixture.submitted);
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.type(POST);
  await waitForPainted(page, 2);
  await page.click('[data-testid="tweetButton"]');
  await sleep(400);
  assert.deepEqual(await submitted(), [], 'the first Post did not reach the site');
  assert.ok(await focusInPostGuard(page), 'the dialog holds the focus (on Edit, the safe choice)');
  await page.keyboard.press('Tab'); // to Post anyway
  await page.keyboard.press('Enter');
  await sleep(300);
  assert.ok(!(await focusInPostGuard(page)), 'the dialog closed');
  assert.deepEqual(await submitted(), [], 'Post anyway does not post by itself: the person posts');
  await page.click('[data-testid="tweetButton"]');
  await sleep(300);
  assert.deepEqual(await submitted(), [POST]);
  assert.equal(await modelText(page, {}), POST);
  assert.deepEqual(errors, []);
  await page.close();

  const clean = await open(browser, url('x.com'));
  await clean.page.click('[data-testid="tweetTextarea_0"]');
  await clean.page.keyboard.type(CLEAN);
  await sleep(600);
  await clean.page.click('[data-testid="tweetButton"]');
  await sleep(300);
  assert.deepEqual(await clean.page.evaluate(() => window.__fixture.submitted), [CLEAN]);
  await clean.page.close();
});

test('forum.example: a form post with a finding is held; Edit returns to the draft, which is still all there', async () => {
  const { page } = await forumWithDraft();
  await page.click('#reply [type=submit]');
  await sleep(400);
  assert.deepEqual(await page.evaluate(() => window.__fixture.submitted), []);
  assert.ok(await focusInPostGuard(page));
  await page.keyboard.press('Enter'); // Edit
  await sleep(300);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'reply-text', 'back in the draft');
  assert.equal(await page.$eval('#reply-text', (e) => e.value), POST);
  await page.close();
});

/** How many pixels of one colour are on screen (a piece of PostGuard's UI by its background, extension/ui.css). */
async function pixelsOf(page, [r, g, b]) {
  const png = PNG.sync.read(Buffer.from(await page.screenshot()));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) count++;
  return count;
}
const AGE_NOTE = [255, 248, 235];
const CARD = [255, 253, 247];

test('the card: the caret in a finding shows it; Alt+Enter reaches Ignore once, Enter removes the mark, focus is back in the draft', async () => {
  const { page, errors } = await open(browser, url('forum.example'));
  await page.click('#reply-text');
  await page.keyboard.type('Ring 07700 900123 today');
  assert.deepEqual(await waitForPainted(page, 1), [{ severity: 'warn', text: '07700 900123' }]);
  await sleep(500); // typing has stopped: the caret may show the card
  assert.ok((await pixelsOf(page, CARD)) < 500, 'no card while the caret is outside the finding');
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('ArrowLeft');
  await sleep(300);
  assert.ok((await pixelsOf(page, CARD)) > 3000, 'the card is shown');
  await page.keyboard.down('Alt');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Alt');
  await page.keyboard.press('Enter'); // "Ignore once", now focused
  await waitForPainted(page, 0);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'reply-text', 'focus is back in the draft');
  assert.equal(await page.$eval('#reply-text', (e) => e.value), 'Ring 07700 900123 today');
  assert.deepEqual(errors, []);
  await page.close();
});

test("www.facebook.com friend requests: the pupil's request is framed, the other is not", async () => {
  const { page, errors } = await open(browser, url('www.facebook.com', '/friends/requests/'));
  let edges = [];
  for (let i = 0; i < 40 && edges.length < 2; i++, await sleep(100)) edges = (await underlines(page)).filter((u) => u.severity === 'block');
  assert.equal(edges.length, 2, `one frame, its top and bottom edges: ${JSON.stringify(edges)}`);
  const rowOf = (name) => page.evaluate((n) => {
    const link = [...document.querySelectorAll('a, span')].find((e) => e.textContent.trim() === n);
    const r = link.getBoundingClientRect();
    return (r.top + r.bottom) / 2;
  }, name);
  const [top, bottom] = [edges[0].y, edges[1].y];
  const pupil = await rowOf('Millie Hart');
  const other = await rowOf('Tom Fletcher');
  assert.ok(top < pupil && pupil < bottom, `the frame (${top}-${bottom}) is around the pupil's request (${pupil})`);
  assert.ok(!(top < other && other < bottom), "the other request is outside it");
  assert.deepEqual(errors, []);
  await page.close();
});

test('www.facebook.com sign-up: a date of birth nine years ago shows the age note; thirty years ago does not', async () => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (const [years, shown] of [[9, true], [30, false]]) {
    const { page, errors } = await open(browser, url('www.facebook.com', '/signup/'));
    await sleep(500); // PostGuard starts at once on sign-up pages
    const born = new Date();
    for (const [selector, text] of [['#day', '1'], ['#month', MONTHS[0]], ['#year', String(born.getFullYear() - years)]]) {
      await page.focus(selector);
      await page.keyboard.type(text);
      await sleep(100);
    }
    await sleep(800);
    const pixels = await pixelsOf(page, AGE_NOTE);
    assert.equal(pixels > 2000, shown, `${years} years old: ${pixels} pixels of the note`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('a photo attached by the file input: the card by the composer, and the post held with it', async () => {
  const { page, errors } = await open(browser, url(PHOTOS));
  await page.click('#caption');
  await page.keyboard.type('What a lovely sports day!');
  const input = await page.$('#photo');
  await input.uploadFile(join(ROOT, 'tests/e2e/sites/photos/sports-day.jpg'));
  let card = 0;
  for (let i = 0; i < 80 && card < 3000; i++, await sleep(100)) card = await pixelsOf(page, CARD);
  assert.ok(card > 3000, `the card is shown (${card} pixels)`);
  await page.click('#compose [type=submit]');
  await sleep(400);
  assert.deepEqual(await page.evaluate(() => window.__fixture.submitted), [], 'held');
  assert.ok(await focusInPostGuard(page), 'the dialog is open');
  await page.keyboard.press('Tab'); // Post anyway
  await page.keyboard.press('Enter');
  await sleep(300);
  await page.click('#compose [type=submit]');
  await sleep(300);
  assert.deepEqual(await page.evaluate(() => window.__fixture.submitted), ['What a lovely sports day!|sports-day.jpg']);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the extension's own pages: the dialog's policy link opens the policy page; options and pop-up show the sample school", async () => {
  const { page } = await forumWithDraft();
  await page.click('#reply [type=submit]');
  await sleep(400);
  assert.ok(await focusInPostGuard(page));
  const before = new Set(await browser.pages());
  await page.keyboard.down('Shift'); // from Edit back to the policy link
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  await page.keyboard.press('Enter');
  // The worker opens the policy page in a new tab (WebDriver BiDi reports an extension page's address as about:blank).
  let extensionPage;
  for (let i = 0; i < 80 && !extensionPage; i++, await sleep(100)) extensionPage = (await browser.pages()).find((p) => !before.has(p));
  assert.ok(extensionPage, 'a new tab opened');
  assert.equal(await extensionPage.evaluate(() => location.href), `${EXTENSION_ORIGIN}/pages/policy.html`);
  const errors = [];
  extensionPage.on('pageerror', (e) => errors.push(String(e)));
  // Polled by hand: after a navigation inside an extension tab, the driver's waitForFunction loses the page's realm.
  const shows = async (re) => {
    let text = '';
    for (let i = 0; i < 80; i++, await sleep(100)) {
      text = await extensionPage.evaluate(() => `${location.pathname}\n${document.body.innerText}`).catch(() => '');
      if (re.test(text)) return text;
    }
    assert.fail(`the page never showed ${re}: ${text.slice(0, 300)}`);
  };
  await shows(/Bucklebury/);
  await shows(/No information about the school, colleagues or pupils/);
  // The other pages, reached from inside the extension (WebDriver may not navigate a tab to an extension page).
  for (const [path, re] of [['options.html', /300 pupils and 30 members of staff/], ['popup.html', /Bucklebury Primary School/]]) {
    await extensionPage.evaluate((p) => { location.href = p; }, path);
    assert.match(await shows(new RegExp(`^/pages/${path}\\n[^]*${re.source}`)), re);
  }
  assert.deepEqual(errors, []);
  assert.equal(await page.$eval('#reply-text', (e) => e.value), POST, 'the draft is untouched');
  await extensionPage.close();
  await page.close();
});

test(`a roster pushed by school IT in policies.json (${POLICIES_FILE}) is marked`, async () => {
  const school = {
    role: 'staff',
    school: { name: 'Harbourside Primary School', aliases: ['Harbourside Primary'], handles: ['@HarboursidePS'] },
    pupils: [{ first: 'Tallulah', last: 'Quist' }],
    staff: [{ first: 'Priya', last: 'Venkat', title: 'Ms' }],
  };
  writePolicies({
    ExtensionSettings: { [GECKO_ID]: { installation_mode: 'allowed' } },
    '3rdparty': { Extensions: { [GECKO_ID]: { config: school, locked: ['paused'] } } },
  });
  let managed;
  try {
    managed = await launchFirefox({ hosts: HOSTS });
    const { page } = await open(managed, url('forum.example'));
    await page.click('#reply-text');
    await page.keyboard.type('Tallulah met Millie at @HarboursidePS with Ms Venkat');
    const painted = await waitForPainted(page, 3, 10000);
    assert.deepEqual(painted.map((p) => p.text), ['@HarboursidePS', 'Ms Venkat', 'Tallulah'], 'the school\'s roster, not the sample school\'s');
    await page.close();
  } finally {
    await managed?.close();
    removePolicies();
  }
});
