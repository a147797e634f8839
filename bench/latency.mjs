// Keystroke-to-highlight latency in the browser, with the real extension in
// Debian's Chromium. Run with `./build.sh bench` (or `node bench/latency.mjs`
// after `./build.sh extension`). Prints p50/p95 per box and draft size.
//
// How it measures: the page notes the time of each keydown; a poller on a
// MessageChannel (sub-millisecond, yields to the content script) notes when
// the painted ranges are replaced (each analysis paints new Range objects;
// the draft always holds a finding so there is always one to see). Latency is
// the difference. Nothing in the extension is instrumented.

import { startServer, launch, open, CSP } from '../tests/e2e/harness.mjs';

const SENTENCE = 'Millie had a lovely time at the fair with her friends and we all went home tired but happy. ';
const KEYS_MEASURED = 120;
const KEY_GAP_MS = 35; // a fast typist: about 30 words a minute faster than average

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(page, selector, prefill) {
  await page.click(selector);
  if (prefill) await page.keyboard.insertText(prefill);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const state = (window.__latency = { keydown: 0, samples: [], last: null });
    addEventListener('keydown', () => { state.keydown = performance.now(); state.waiting = true; }, true);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      let first = null;
      for (const [name, h] of CSS.highlights) if (name.startsWith('postguard-') && h.size) { first = h.values().next().value; break; }
      if (first && first !== state.last) {
        state.last = first;
        if (state.waiting) { state.samples.push(performance.now() - state.keydown); state.waiting = false; }
      }
      channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  });
  const text = SENTENCE.repeat(4).slice(0, KEYS_MEASURED);
  for (const ch of text) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  return page.evaluate(() => window.__latency.samples);
}

const hosts = { 'example.org': CSP.wasm, 'example.net': CSP.strict };
const server = await startServer({ csp: hosts, dirs: { 'example.org': 'generic', 'example.net': 'generic' } });
const context = await launch({ port: server.port, hosts: Object.keys(hosts) });
console.log('| build | box | draft | keystrokes | p50 ms | p95 ms | max ms |');
console.log('|---|---|---|---|---|---|---|');
for (const [host, build] of [['example.org', 'wasm'], ['example.net', 'js (strict CSP)']]) {
  for (const [box, selector] of [['textarea', '#note'], ['contenteditable', '#rich']]) {
    for (const [draft, chars] of [['280 chars', 280 - KEYS_MEASURED], ['5,000 chars', 5000 - KEYS_MEASURED]]) {
      const { page } = await open(context, `https://${host}/`);
      await page.waitForTimeout(500);
      const samples = await measure(page, selector, SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars));
      const f = (v) => v.toFixed(2);
      console.log(`| ${build} | ${box} | ${draft} | ${samples.length} | ${f(percentile(samples, 50))} | ${f(percentile(samples, 95))} | ${f(Math.max(...samples))} |`);
      await page.close();
    }
  }
}
await context.close();
await server.close();
