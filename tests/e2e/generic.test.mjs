// The generic path: a site with no adapter, a textarea, a text input and a
// contenteditable. Typing like a person paints exactly the findings' spans.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, waitForPainted, painted, CSP } from './harness.mjs';

let server, context;
before(async () => {
  server = await startServer({ csp: { 'example.org': CSP.wasm } });
  context = await launch({ port: server.port, hosts: ['example.org'] });
});
after(async () => { await context?.close(); await server?.close(); });

const POST = 'Well done Millie! Call 07700 900123 about the summer fair';
const EXPECTED = [{ severity: 'warn', text: '07700 900123' }, { severity: 'warn', text: 'Millie' }];

for (const [what, selector] of [['textarea', '#note'], ['contenteditable', '#rich'], ['text input', '#title']]) {
  test(`a ${what} on an unknown site gets the findings underlined, and its text is untouched`, async () => {
    const { page, errors } = await open(context, 'https://example.org/');
    await page.click(selector);
    await page.keyboard.type(POST);
    assert.deepEqual(await waitForPainted(page, 2), EXPECTED);
    const value = await page.$eval(selector, (e) => ('value' in e ? e.value : e.innerText));
    assert.equal(value, POST);
    assert.deepEqual(errors, []);
    await page.close();
  });
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
