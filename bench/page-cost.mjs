// What PostGuard costs a page, in Debian's Chromium, with and without the extension in one run. Run with
// `./build.sh bench` (or `node bench/page-cost.mjs` after `./build.sh extension`).
//
// 1. A news page nobody types on (tests/e2e/sites/news: an article, ten same-origin advert iframes whose scripts
//    change them every second, a comments iframe): script time of the renderer (DevTools `ScriptDuration`, page
//    and every world in it) from navigation to 3 s after load, and JS heap in use after a garbage collection
//    (`JSHeapUsedSize`, every frame and world of the page), median of ROUNDS page loads each way.
// 2. The same page after someone typed a comment with a phone number in the comments frame: the heap again,
//    and the size of the engine's WebAssembly memory in that frame (outside the JS heap).

import { startServer, launch, extensionWorlds, CSP } from '../tests/e2e/harness.mjs';

const ROUNDS = 3;
const HOST = 'news.example';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function metrics(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: all } = await cdp.send('Performance.getMetrics');
  const get = (name) => all.find((m) => m.name === name).value;
  return { scriptMs: get('ScriptDuration') * 1000, heapMb: get('JSHeapUsedSize') / 2 ** 20 };
}

/** The engine's WebAssembly memory in the comments frame's isolated world, in MB (0 where it never loaded). */
async function wasmMemoryMb(page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await new Promise((ok) => setTimeout(ok, 100));
  let bytes = 0;
  for (const c of contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === 'PostGuard for Schools')) {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId: c.id, returnByValue: true,
      expression: 'globalThis.__postguardBootstrap?.memory?.buffer.byteLength ?? 0',
    });
    bytes += result.value;
  }
  await cdp.detach();
  return bytes / 2 ** 20;
}

async function visit(context, typed) {
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`https://${HOST}/`);
  await page.waitForTimeout(3000);
  const idle = await metrics(cdp);
  let afterTyping = null;
  if (typed) {
    const comments = page.frameLocator('#comments');
    await comments.locator('#comment').click();
    await page.waitForTimeout(800);
    await comments.locator('#comment').pressSequentially('Lovely fete! Ring me on 07700 900461 about the cake stall', { delay: 30 });
    await page.waitForTimeout(1000);
    afterTyping = { ...(await metrics(cdp)), wasmMb: await wasmMemoryMb(page), worlds: await extensionWorlds(page) };
  }
  await cdp.detach();
  await page.close();
  return { idle, afterTyping };
}

const server = await startServer({ csp: { [HOST]: CSP.wasm }, dirs: { [HOST]: 'news' } });
const withExtension = await launch({ port: server.port, hosts: [HOST] });
const without = await launch({ port: server.port, hosts: [HOST], extension: false, checkNetwork: false });
const runs = { with: [], without: [] };
for (let round = 0; round < ROUNDS; round++) {
  runs.without.push(await visit(without, true));
  runs.with.push(await visit(withExtension, true));
}
const f = (v) => v.toFixed(1);
const pick = (side, key) => median(runs[side].map((r) => r.idle[key]));
console.log(`News page, ten advert iframes and a comments iframe, nobody typing (median of ${ROUNDS} loads each way):`);
console.log('| | without PostGuard | with PostGuard | PostGuard costs | budget |');
console.log('|---|---|---|---|---|');
console.log(`| script time, load + 3 s (ms) | ${f(pick('without', 'scriptMs'))} | ${f(pick('with', 'scriptMs'))} | ${f(pick('with', 'scriptMs') - pick('without', 'scriptMs'))} | ≤ 5 |`);
console.log(`| JS heap in use (MB) | ${pick('without', 'heapMb').toFixed(2)} | ${pick('with', 'heapMb').toFixed(2)} | ${(pick('with', 'heapMb') - pick('without', 'heapMb')).toFixed(2)} | ≤ 0.5 |`);
const typedHeap = (side) => median(runs[side].map((r) => r.afterTyping.heapMb));
const wasm = median(runs.with.map((r) => r.afterTyping.wasmMb));
console.log();
console.log('After typing a comment in the comments frame (engine loaded there only):');
console.log('| | without PostGuard | with PostGuard | PostGuard costs | budget |');
console.log('|---|---|---|---|---|');
console.log(`| JS heap in use (MB) | ${typedHeap('without').toFixed(2)} | ${typedHeap('with').toFixed(2)} | ${(typedHeap('with') - typedHeap('without')).toFixed(2)} | |`);
console.log(`| engine's WebAssembly memory (MB) | | ${wasm.toFixed(2)} | ${wasm.toFixed(2)} | |`);
console.log(`| extension's world in all (MB) | | | ${(typedHeap('with') - typedHeap('without') + wasm).toFixed(2)} | ≤ 8 |`);
const loadedIn = runs.with.at(-1).afterTyping.worlds.filter((w) => w.engine).map((w) => new URL(w.url).pathname);
console.log(`Frames with the engine loaded after typing: ${loadedIn.join(', ')} (of ${runs.with.at(-1).afterTyping.worlds.length})`);
await withExtension.close();
await without.close();
await server.close();
