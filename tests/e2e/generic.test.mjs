// The generic path: a site with no adapter, with a textarea, a text input and
// a contenteditable, served under each kind of CSP large sites send (with and
// without 'wasm-unsafe-eval'). Typing like a person paints exactly the
// findings' spans, whichever build of the engine the page allows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, waitForPainted, painted, pageTraces, CSP } from './harness.mjs';

/** One host per CSP, all serving the same page. */
const HOSTS = {
  'example.org': CSP.wasm,
  'example.net': CSP.strict,
  'example.com': CSP.github,
  'example.edu': CSP.x,
  'example.info': CSP.none,
};
/** Which build each CSP allows: WebAssembly, or the same Rust compiled to JavaScript. */
const WASM_ALLOWED = (csp) => !csp || csp.includes("'wasm-unsafe-eval'");

let server, context;
before(async () => {
  const dirs = Object.fromEntries(Object.keys(HOSTS).map((h) => [h, 'generic']));
  server = await startServer({ csp: HOSTS, dirs });
  context = await launch({ port: server.port, hosts: Object.keys(HOSTS) });
});
after(async () => { await context?.close(); await server?.close(); });

const POST = 'Well done Millie! Call 07700 900123 about the summer fair';
const EXPECTED = [{ severity: 'warn', text: '07700 900123' }, { severity: 'warn', text: 'Millie' }];
const BOXES = [['textarea', '#note'], ['contenteditable', '#rich'], ['text input', '#title']];

for (const [host, csp] of Object.entries(HOSTS)) {
  for (const [what, selector] of BOXES) {
    test(`${host} (${csp ? csp.slice(0, 40) + '…' : 'no CSP'}): a ${what} gets the findings underlined, its text untouched`, async () => {
      const { page, errors, requests } = await open(context, `https://${host}/`);
      await page.click(selector);
      await page.keyboard.type(POST);
      assert.deepEqual(await waitForPainted(page, 2), EXPECTED);
      const value = await page.$eval(selector, (e) => ('value' in e ? e.value : e.innerText));
      assert.equal(value, POST);
      assert.deepEqual(await pageTraces(page, EXPECTED.map((f) => f.text)), [], 'the page finds no trace of what was flagged');
      assert.deepEqual(errors, []);
      // The WebAssembly build is fetched (from the extension itself) only where the CSP allows it;
      // elsewhere the JavaScript build ran. Nothing else is requested.
      const fetchedWasm = requests.some((u) => u.startsWith('chrome-extension://') && u.endsWith('/postguard_bg.wasm'));
      assert.equal(fetchedWasm, WASM_ALLOWED(csp));
      assert.deepEqual(requests.filter((u) => !u.startsWith('chrome-extension://')), [`https://${host}/`]);
      await page.close();
    });
  }
}

test('text written by a page script is never analysed', async () => {
  const { page } = await open(context, 'https://example.org/');
  await page.evaluate(() => {
    const box = document.querySelector('#rich');
    box.textContent = 'Well done Millie';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await page.waitForTimeout(300);
  assert.deepEqual(await painted(page), []);
  await page.close();
});
