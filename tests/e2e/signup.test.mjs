// Age nudges on sign-up pages (Pupil guideline 1): fixture sign-up pages with
// the date-of-birth widgets of eight sites (select triplets, labelled and
// unlabelled; separate inputs; input[type=date]; custom dropdowns), at their
// real host names. A date one day short of the site's minimum age shows the
// nudge; the birthday itself and older dates do not; the form always submits;
// nothing is stored. Pupils also see a reminder when a sign-up page opens.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, accessibilityNodes, setLocalConfig, CSP, ROOT, extensionWorker } from './harness.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** Choose an option of a focused <select> by typing its start, as a person does with the keyboard. */
async function pick(page, selector, text) {
  await page.focus(selector);
  await page.keyboard.type(text);
  await page.waitForTimeout(50);
}

/** Open a custom dropdown and click the option. */
async function choose(page, container, label, text) {
  await page.click(`${container}:has([aria-label="${label}"]) [role=combobox]`);
  await page.click(`${container}:has([aria-label="${label}"]) [role=option]:text-is("${text}")`);
}

const SITES = [
  { host: 'www.facebook.com', minimum: 13, widget: 'select#day/#month/#year',
    fill: async (page, d) => { await pick(page, '#day', `${d.day}`); await pick(page, '#month', MONTHS[d.month - 1].slice(0, 3)); await pick(page, '#year', `${d.year}`); } },
  { host: 'x.com', minimum: 13, widget: 'select SELECTOR_1..3 labelled by <label>',
    fill: async (page, d) => { await pick(page, '#SELECTOR_1', MONTHS[d.month - 1]); await pick(page, '#SELECTOR_2', `${d.day}`); await pick(page, '#SELECTOR_3', `${d.year}`); } },
  { host: 'www.instagram.com', minimum: 13, widget: 'selects titled Month/Day/Year',
    fill: async (page, d) => { await pick(page, 'select[title="Month:"]', MONTHS[d.month - 1]); await pick(page, 'select[title="Day:"]', `${d.day}`); await pick(page, 'select[title="Year:"]', `${d.year}`); } },
  { host: 'www.youtube.com', minimum: 13, widget: 'day and year inputs, month select',
    fill: async (page, d) => { await page.click('#day'); await page.keyboard.type(`${d.day}`); await pick(page, '#month', MONTHS[d.month - 1]); await page.click('#year'); await page.keyboard.type(`${d.year}`); } },
  { host: 'bsky.app', minimum: 13, widget: 'input[type=date]',
    fill: (page, d) => page.fill('#birth', iso(d)) },
  { host: 'mastodon.social', minimum: 16, widget: 'input[type=date], age from the server rules',
    fill: (page, d) => page.fill('#user_date_of_birth', iso(d)) },
  { host: 'www.tiktok.com', minimum: 13, widget: 'custom dropdowns (role=combobox)',
    fill: async (page, d) => { await choose(page, '.select-container', 'Month', MONTHS[d.month - 1]); await choose(page, '.select-container', 'Day', `${d.day}`); await choose(page, '.select-container', 'Year', `${d.year}`); } },
  { host: 'discord.com', minimum: 13, widget: 'react-select style inputs',
    fill: async (page, d) => { await choose(page, '.css-container', 'Month', MONTHS[d.month - 1]); await choose(page, '.css-container', 'Day', `${d.day}`); await choose(page, '.css-container', 'Year', `${d.year}`); } },
].map((site, i) => ({ ...site, csp: i % 2 === 0 ? CSP.strict : CSP.wasm }));

function iso({ year, month, day }) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The birth date `years` years before today, shifted by `days` days (local time, as the browser counts). */
function birthDate(years, days = 0) {
  const now = new Date();
  const date = new Date(now.getFullYear() - years, now.getMonth(), now.getDate() + days);
  if (date.getDate() !== now.getDate() + days && days === 0) throw new Error('today is 29 February: run again tomorrow');
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

let server, context;
before(async () => {
  server = await startServer({ csp: Object.fromEntries(SITES.map((s) => [s.host, s.csp])) });
  context = await launch({ port: server.port, hosts: SITES.map((s) => s.host) });
});
after(async () => { await context?.close(); await server?.close(); });

const noteText = async (page) => (await accessibilityNodes(page)).map((n) => n.name).filter((n) => /or older/.test(n)).join('\n');

/** The note's text once it says something (or '' after `timeout` ms). */
async function waitForNote(page, timeout = 3000) {
  const until = Date.now() + timeout;
  for (;;) {
    const text = await noteText(page);
    if (text || Date.now() > until) return text;
    await page.waitForTimeout(100);
  }
}

async function signUp(site, date) {
  const { page, errors, requests } = await open(context, `https://${site.host}/signup/`);
  await page.waitForSelector('postguard-ui', { state: 'attached' }); // PostGuard is running
  await site.fill(page, date);
  const note = await waitForNote(page, 1000);
  await page.click('#signup [type=submit]');
  await page.waitForFunction(() => window.__signup.submitted === 1);
  return { page, errors, requests, note };
}

for (const site of SITES) {
  const { host, minimum, widget } = site;
  test(`${host} (${widget}): one day short of ${minimum} shows the nudge, and the form still submits`, async () => {
    const { page, errors, note } = await signUp(site, birthDate(minimum, 1));
    assert.match(note, new RegExp(`You need to be ${minimum} or older`));
    assert.match(note, /the law/);
    assert.match(note, /talk to a parent or carer, or a teacher you trust/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${host} (${widget}): on the ${minimum}th birthday itself, no nudge`, async () => {
    const { page, note } = await signUp(site, birthDate(minimum));
    assert.equal(note, '');
    await page.close();
  });

  test(`${host} (${widget}): years over the minimum, no nudge; nothing requested or stored`, async () => {
    const { page, note, requests } = await signUp(site, birthDate(minimum + 7, -40));
    assert.equal(note, '');
    assert.deepEqual(requests.filter((u) => !u.startsWith('chrome-extension://')).map((u) => new URL(u).pathname).sort(),
      ['/signup/', '/signup/dropdowns.js', '/signup/form.js'].filter((p) => p !== '/signup/dropdowns.js' || /tiktok|discord/.test(host)));
    const worker = await extensionWorker(context);
    assert.deepEqual(await worker.evaluate(() => chrome.storage.local.get(null)), {});
    assert.deepEqual(await worker.evaluate(() => chrome.storage.session.get(null)), {});
    await page.close();
  });
}

test('a pupil sees a reminder when a sign-up page opens; staff do not', async () => {
  let { page } = await open(context, 'https://www.tiktok.com/signup/');
  assert.equal(await waitForNote(page, 1500), '', 'staff see no reminder');
  await page.close();

  const config = JSON.parse(readFileSync(join(ROOT, 'data/bucklebury.config.json'), 'utf8'));
  await setLocalConfig(context, { ...config, role: 'pupil' });
  try {
    ({ page } = await open(context, 'https://www.tiktok.com/signup/'));
    assert.match(await waitForNote(page), /Signing up to TikTok\? You need to be 13 or older/);
    await page.close();
    ({ page } = await open(context, 'https://mastodon.social/signup/'));
    assert.match(await waitForNote(page), /Signing up to Mastodon\? You need to be 16 or older/);
    await page.close();
  } finally {
    await setLocalConfig(context, null);
  }
});

test('a form that starts on today\'s date (as Facebook\'s does) shows no nudge until a date is chosen', async () => {
  const { page } = await open(context, 'https://www.facebook.com/signup/');
  await page.waitForSelector('postguard-ui', { state: 'attached' });
  const today = birthDate(0);
  await pick(page, '#day', `${today.day}`);
  await pick(page, '#month', MONTHS[today.month - 1].slice(0, 3));
  await pick(page, '#year', `${today.year}`);
  assert.equal(await waitForNote(page, 800), '');
  const young = birthDate(9);
  await page.waitForTimeout(1100); // the select's type-ahead forgets the earlier keys
  await pick(page, '#year', `${young.year}`);
  assert.match(await waitForNote(page), /You need to be 13 or older/);
  await page.close();
});
