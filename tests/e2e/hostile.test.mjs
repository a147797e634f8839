// A hostile page (tests/e2e/sites/hostile): its styles aim at every foreign element
// and at PostGuard's tag, its scripts force shadow roots open, read and clear the
// highlight registry, remove and restyle anything added to the page, send untrusted
// keys and clicks everywhere, and flood the DOM with 10,000+ mutations a second.
// PostGuard must tell it nothing, stay on, keep its marks on the words, hold the
// post until the person decides, and never alter or lose a keystroke.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, waitForPainted, painted, pageTraces, submitDialog, waitForDialog, waitForNoDialog, waitForEngine, CSP } from './harness.mjs';

const HOSTS = { 'hostile.example': CSP.strict, 'hostile-wasm.example': CSP.wasm };
let server, context;
before(async () => {
  server = await startServer({ csp: HOSTS, dirs: { 'hostile.example': 'hostile', 'hostile-wasm.example': 'hostile' } });
  context = await launch({ port: server.port, hosts: Object.keys(HOSTS) });
});
after(async () => { await context?.close(); await server?.close(); });

const DRAFT = 'Lovely day at Bucklebury School! Ring me on 07700 900461 x';
const FLAGGED = ['Bucklebury School', '07700 900461'];
const EXPECTED = [
  { severity: 'warn', text: '07700 900461' }, { severity: 'warn', text: '07700 900461' },
  { severity: 'warn', text: 'Bucklebury School' }, { severity: 'warn', text: 'Bucklebury School' },
];

/** Script time of the whole renderer (page and PostGuard's world), in ms, from the DevTools protocol. */
async function scriptMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

for (const host of Object.keys(HOSTS)) {
  test(`${host}: the page learns nothing, cannot switch PostGuard off, and the marks stay on the words through a mutation flood`, async () => {
    const { page } = await open(context, `https://${host}/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    // The flood with nobody typing: what the page's own mutations cost.
    let before = await scriptMs(cdp);
    const idleMutations = await page.evaluate(() => window.__flood(5000));
    const idleMs = (await scriptMs(cdp)) - before;
    assert.ok(idleMutations >= 50000, `the flood made ${idleMutations} mutations in 5 s`);

    await page.click('#note');
    await page.keyboard.type(DRAFT);
    await page.click('#rich');
    await page.keyboard.type(DRAFT);
    assert.deepEqual(await waitForPainted(page, 4), EXPECTED);

    // The same flood while four marks follow the page (the banner above the boxes grows and shrinks all along).
    before = await scriptMs(cdp);
    const during = page.evaluate(() => window.__flood(5000));
    const samples = [];
    for (let i = 0; i < 5; i++) { await page.waitForTimeout(700); samples.push(await painted(page)); }
    await during;
    const followingMs = (await scriptMs(cdp)) - before;
    console.log(`# flood of 5 s: script ${idleMs.toFixed(0)} ms with nobody typing, ${followingMs.toFixed(0)} ms with marks to follow`);
    assert.ok(followingMs < idleMs * 1.5 + 250, `PostGuard's cost during the flood stays bounded (${idleMs.toFixed(0)} → ${followingMs.toFixed(0)} ms)`);
    // Mid-flood, a mark may be one frame behind a banner that just moved, but never gone nor on other words.
    for (const sample of samples) {
      for (const { text } of sample) assert.ok(FLAGGED.some((f) => f.includes(text) || text.includes(f.split(' ')[0])), `mid-flood mark on ${JSON.stringify(text)}`);
    }
    await page.waitForTimeout(200);
    assert.deepEqual(await painted(page), EXPECTED, 'after the flood the marks sit exactly on the words');

    assert.deepEqual(await pageTraces(page, FLAGGED), []);
    assert.deepEqual(await page.evaluate(() => window.__learned), [], 'the page learned nothing');
    assert.equal(await page.$eval('#note', (e) => e.value), DRAFT);
    assert.equal(await page.$eval('#rich', (e) => e.innerText), DRAFT);
    await cdp.detach();
    await page.close();
  });
}

test('untrusted keys and clicks neither dismiss the warning nor post past it; the person still decides', async () => {
  const { page } = await open(context, 'https://hostile.example/');
  await page.click('#note');
  await page.keyboard.type(DRAFT);
  await waitForPainted(page, 2);
  await page.click('#post');
  const dialog = await waitForDialog(page);
  await page.evaluate(() => window.__pokeEverything());
  await page.waitForTimeout(300);
  assert.ok(await submitDialog(page), 'the dialog is still open');
  assert.deepEqual(await page.evaluate(() => window.__posted), [], 'nothing was posted');
  // The person chooses: Post anyway, then posts once.
  await page.mouse.click(dialog.buttons['Post anyway'].x, dialog.buttons['Post anyway'].y);
  await waitForNoDialog(page);
  await page.click('#post');
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.__posted), [`${DRAFT}|`]);
  assert.equal(await page.$eval('#note', (e) => e.value), DRAFT);
  await page.close();
});

/**
 * PostGuard's own longest stretch of work, in ms, from a CPU profile of the renderer: consecutive samples whose
 * stack holds a frame of the extension's code (its JavaScript or its WebAssembly; layout it forces counts too).
 * The page's and the browser's own work (laying out a megabyte of text in a textarea takes 150–270 ms here with no
 * extension at all) is not PostGuard's to answer for.
 */
function longestOwnRun({ nodes, samples, timeDeltas }) {
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ours = new Map();
  const isOurs = (id) => {
    if (ours.has(id)) return ours.get(id);
    const n = byId.get(id);
    const own = n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isOurs(parent.get(id)));
    ours.set(id, own);
    return own;
  };
  let longest = 0;
  let run = 0;
  samples.forEach((id, i) => {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    if (isOurs(id)) { run += dt; longest = Math.max(longest, run); } else run = 0;
  });
  return longest;
}

test('a 1 MB paste: every keystroke kept, no task of PostGuard over 100 ms, findings marked', async () => {
  const { page } = await open(context, 'https://hostile-wasm.example/');
  await page.waitForTimeout(300);
  const line = 'We had a brilliant afternoon on the field and everybody joined in with the games before tea. ';
  let big = `${DRAFT}\n`;
  while (big.length < 1 << 20) big += line;
  await page.click('#note');
  await waitForEngine(page); // loaded on that focus (one task of its own, measured by bench/latency.mjs's cold rows)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.keyboard.insertText(big);
  await page.keyboard.type(' Done');
  await page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const longest = longestOwnRun(profile);
  console.log(`# 1 MB paste: PostGuard's longest task ${longest.toFixed(1)} ms`);
  assert.ok(longest <= 100, `PostGuard's longest task was ${longest.toFixed(1)} ms`);
  assert.equal(await page.$eval('#note', (e) => e.value), `${big} Done`);
  // The findings are at the start of the draft, scrolled out of sight after the paste: no mark shows until the
  // person scrolls back up, and then they sit on the words.
  assert.deepEqual(await painted(page), []);
  await page.$eval('#note', (e) => { e.scrollTop = 0; });
  assert.deepEqual(await waitForPainted(page, 2), [EXPECTED[0], EXPECTED[2]]);
  await page.close();
});
