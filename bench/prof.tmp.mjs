// throwaway: CPU profile per key
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
await cdp.send('Profiler.start');
const marks = [];
const t0 = Date.now();
for (const ch of SENTENCE.repeat(2).slice(0, 120)) { marks.push(Date.now()); await page.keyboard.type(ch); await page.waitForTimeout(35); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// per key window: sample times
let t = profile.startTime; const times = profile.timeDeltas.map((d) => (t += d));
const span = (profile.endTime - profile.startTime) / 1000; const wall = Date.now() - t0;
const keyOf = (us) => { const ms = (us - profile.startTime) / 1000; let k = -1; const base = marks[0]; for (let i = 0; i < marks.length; i++) if (marks[i] - base <= ms) k = i; return k; };
const cat = (id) => { const n = byId.get(id); const f = n.callFrame; if (f.functionName.startsWith('(')) return f.functionName; return (f.url.includes('chrome-extension') ? 'ext:' : 'page:') + (f.url.split('/').pop()); };
const agg = (filter) => { const m = {}; profile.samples.forEach((id, i) => { const k = keyOf(times[i]); if (!filter(k)) return; const c = cat(id); m[c] = (m[c] ?? 0) + (times[i] - (times[i - 1] ?? times[i])) / 1000; }); return m; };
const show = (name, filter, n) => { const m = agg(filter); console.log(name, Object.entries(m).filter(([c]) => c !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 8).map(([c, v]) => `${c}=${(v / n).toFixed(2)}`).join(' ')); };
show('keys 0-8 per key', (k) => k >= 0 && k <= 8, 9);
show('keys 9-119 per key', (k) => k > 8, 111);
// top functions in ext for keys >8 (self time)
const fn = {}; profile.samples.forEach((id, i) => { const k = keyOf(times[i]); if (k <= 8) return; const f = byId.get(id).callFrame; const key = f.functionName + '@' + f.url.split('/').pop() + ':' + f.lineNumber; fn[key] = (fn[key] ?? 0) + (times[i] - times[i - 1]) / 1000; });
console.log(Object.entries(fn).filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 111).toFixed(3)} ${k}`).join('\n'));
const inc = {}; profile.samples.forEach((id, i) => { const k = keyOf(times[i]); if (k <= 8) return; const dt = (times[i] - times[i - 1]) / 1000; const seen = new Set(); let n = id; while (n != null) { const f = byId.get(n).callFrame; const key = f.functionName.replace(/postguard_[0-9a-f]+___/g, '').replace(/_[0-9a-f]{16}___/g, '::').slice(0, 110); if (!seen.has(key)) { seen.add(key); inc[key] = (inc[key] ?? 0) + dt; } n = parent.get(n); } });
for (let key = 0; key < 12; key++) { const m = {}; profile.samples.forEach((id, i) => { if (keyOf(times[i]) !== key) return; const dt = (times[i] - times[i - 1]) / 1000; const seen = new Set(); let n = id; while (n != null) { const f = byId.get(n).callFrame; const k = f.functionName.replace(/postguard_[0-9a-f]+___/g, '').replace(/_[0-9a-f]{16}___/g, '::'); if (!seen.has(k)) { seen.add(k); m[k] = (m[k] ?? 0) + dt; } n = parent.get(n); } });
  const g = (k) => (m[k] ?? 0).toFixed(1); console.log('key', key, 'input', g('$web__content__Runtime___on_input'), 'check', g('$analysis__Engine___check'), 'record', g('$web__content__State___record'), 'draw', g('$web__content__marks__Painter___draw'), 'gc', g('(garbage collector)'), 'program', g('(program)'), 'follow', g('$web__content__Runtime___follow_page')); }
console.log('--- inclusive');
console.log(Object.entries(inc).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${(v / 111).toFixed(3)} ${k}`).join('\n'));
await context.close(); await server.close();
