// throwaway: one CPU profile per key for the first keys
import { startServer, launch, open, waitForEngine, CSP } from '../tests/e2e/harness.mjs';
const SENTENCE = 'Millie had a lovely time at the fair with her friends and we all went home tired but happy. ';
const build = process.argv[2] ?? 'js';
const host = build === 'js' ? 'example.net' : 'example.org';
const hosts = { 'example.org': CSP.wasm, 'example.net': CSP.strict };
const server = await startServer({ csp: hosts, dirs: { 'example.org': 'generic', 'example.net': 'generic' } });
const context = await launch({ port: server.port, hosts: Object.keys(hosts) });
const { page } = await open(context, `https://${host}/`);
await page.waitForTimeout(500);
await page.click('#note'); await waitForEngine(page);
await page.keyboard.insertText(SENTENCE.repeat(60).slice(0, 4880));
await page.waitForTimeout(300);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const text = SENTENCE.repeat(2).slice(0, 40);
for (let k = 0; k < text.length; k++) {
  await cdp.send('Profiler.start');
  await page.keyboard.type(text[k]); await page.waitForTimeout(35);
  const { profile } = await cdp.send('Profiler.stop');
  if (k > 12 && k % 8) continue;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inc = {};
  profile.samples.forEach((id, i) => { const dt = (profile.timeDeltas[i]) / 1000; const seen = new Set(); let n = id; while (n != null) { const f = byId.get(n).callFrame; const key = f.functionName.replace(/postguard_[0-9a-f]+___/g, '').replace(/_[0-9a-f]{16}___/g, '::').slice(0, 60); if (!seen.has(key)) { seen.add(key); inc[key] = (inc[key] ?? 0) + dt; } n = parent.get(n); } });
  const g = (name) => (inc[name] ?? 0).toFixed(1);
  console.log(`key ${k}: input ${g('$web__content__Runtime___on_input')} check ${g('$analysis__Engine___check')} record ${g('$web__content__State___record')} draw ${g('$web__content__marks__Painter___draw')} show ${g('$web__content__mirror__Mirror___show')} snapshot ${g('$web__content__editable__Editable___snapshot')} segs ${g('$long_draft__Segmenter___check')} gc ${g('(garbage collector)')} program ${g('(program)')} onkey ${g('$web__content__Runtime___on_key')} follow ${g('$web__content__Runtime___follow_page')}`);
  if (k < 3) console.log('   top:', Object.entries(inc).filter(([n]) => n.startsWith('$') || n.includes('::')).sort((a, b) => b[1] - a[1]).slice(8, 22).map(([n, v]) => `${n}=${v.toFixed(1)}`).join(' | '));
}
await context.close(); await server.close();
