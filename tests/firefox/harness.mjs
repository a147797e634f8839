// Harness for the Firefox tests: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
// Firefox build of the extension (dist-firefox/) installed, and the fixture host names sent to the local HTTPS
// server of the Chromium tests (tests/e2e/harness.mjs) by the pref network.dns.localDomains.
//
// Firefox offers no way to look into PostGuard's closed shadow root from outside (no DevTools protocol pierce),
// so marks are read as a person reads them: from a screenshot. A mark is its underline, a 2-pixel run of the
// severity's colour (extension/ui.css); the text under it is read by the page's own geometry, as in Chromium.

import { existsSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { PNG } from 'pngjs';
import { ROOT, textsUnder, tracesInPage } from '../e2e/harness.mjs';
import { GECKO_ID } from '../../tools/firefox_manifest.mjs';

export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
export const FIREFOX = '/usr/bin/firefox-esr';
/** The extension's internal UUID, fixed by a pref so its pages have a known address (moz-extension://UUID/). */
export const EXTENSION_UUID = '6f1c1d7e-3a55-4b7e-9d7e-0c1b6a0f5e11';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Where Debian's firefox-esr reads enterprise policies (its installation's distribution/ directory). */
export const POLICIES_FILE = '/usr/lib/firefox-esr/distribution/policies.json';

/** The underline colours of extension/ui.css, by severity. */
const UNDERLINES = { block: [198, 40, 40], warn: [217, 119, 6], info: [37, 99, 235] };

/** Launches firefox-esr with the extension installed; every host in `hosts` resolves to the fixture server. */
export async function launchFirefox({ hosts }) {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error('dist-firefox/ is missing: run ./build.sh extension first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  const id = await browser.installExtension(DIST_FIREFOX);
  if (id !== GECKO_ID) throw new Error(`installed as ${id}, not ${GECKO_ID}`);
  return browser;
}

/** Writes Firefox's policies.json (school IT's file) for the next launch; `removePolicies` takes it away again. */
export function writePolicies(policies) {
  mkdirSync(join(POLICIES_FILE, '..'), { recursive: true });
  writeFileSync(POLICIES_FILE, JSON.stringify({ policies }, null, 2));
}

export function removePolicies() {
  rmSync(POLICIES_FILE, { force: true });
}

/** Whether a pixel is within a small distance of a colour (anti-aliased edges are left out). */
const near = (png, i, [r, g, b]) => Math.abs(png.data[i] - r) + Math.abs(png.data[i + 1] - g) + Math.abs(png.data[i + 2] - b) <= 24;

/**
 * The underlines on screen, in CSS pixels: [{severity, left, right, y}] (y: the underline's top row). A run of
 * at least 6 pixels of a severity's colour, on two rows one above the other, is one line of one mark; dotted
 * underlines (info) are joined across their gaps.
 */
export async function underlines(page) {
  const png = PNG.sync.read(Buffer.from(await page.screenshot()));
  const scale = png.width / (await page.evaluate(() => window.innerWidth));
  const found = [];
  for (const [severity, colour] of Object.entries(UNDERLINES)) {
    const gap = severity === 'info' ? 4 : 1;
    const rows = new Map(); // y -> runs [[x0, x1]]
    for (let y = 0; y < png.height; y++) {
      const runs = [];
      let start = -1;
      let last = -Infinity;
      for (let x = 0; x < png.width; x++) {
        if (!near(png, (y * png.width + x) * 4, colour)) continue;
        if (x - last > gap) { if (start >= 0 && last - start >= 5) runs.push([start, last]); start = x; }
        last = x;
      }
      if (start >= 0 && last - start >= 5) runs.push([start, last]);
      if (runs.length) rows.set(y, runs);
    }
    for (const [y, runs] of rows) {
      for (const [x0, x1] of runs) {
        const above = rows.get(y - 1)?.some(([a, b]) => a <= x1 && x0 <= b);
        const below = rows.get(y + 1)?.some(([a, b]) => a <= x1 && x0 <= b);
        if (!above && below) found.push({ severity, left: x0 / scale, right: (x1 + 1) / scale, y: y / scale });
      }
    }
  }
  return found.sort((a, b) => a.y - b.y || a.left - b.left);
}

/**
 * The marks on screen as a person sees them: [{severity, text, at}], one per underlined line, sorted by text.
 * The text is what the page's own geometry places between the underline's ends, half a line above it.
 */
export async function paintedOnScreen(page) {
  const lines = await underlines(page);
  const spans = lines.map(({ left, right, y }) => ({ from: [left + 1, y - 7], to: [right - 1, y - 7] }));
  const texts = await page.evaluate(textsUnder, spans);
  return lines.map((l, i) => ({ severity: l.severity, text: texts[i], at: { x: (l.left + l.right) / 2, y: l.y - 7 } }))
    .sort((a, b) => String(a.text).localeCompare(String(b.text)));
}

/** [{severity, text}] once `count` marks are on screen (throws after `timeout` ms with what was there). */
export async function waitForPainted(page, count, timeout = 8000) {
  const until = Date.now() + timeout;
  for (;;) {
    const now = (await paintedOnScreen(page)).map(({ severity, text }) => ({ severity, text }));
    if (now.length === count) return now;
    if (Date.now() > until) throw new Error(`expected ${count} marks on screen, found ${JSON.stringify(now)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What a script of the page can learn of the flagged `words` (see tracesInPage): [] when nothing. */
export async function pageTraces(page, words) {
  const points = (await paintedOnScreen(page)).map((f) => f.at);
  return page.evaluate(tracesInPage, { words, points });
}

/** Whether PostGuard's UI holds the focus (its dialog open): the page sees only its host as the active element. */
export function focusInPostGuard(page) {
  return page.evaluate(() => document.activeElement?.localName === 'postguard-ui');
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
