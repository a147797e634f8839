import { startServer, launch, open, waitForEngine, CSP } from '../tests/e2e/harness.mjs';
const SENTENCE = 'Millie had a lovely time at the fair with her friends and we all went home tired but happy. ';
const host = process.env.HOST ?? 'example.net';
const hosts = { 'example.org': CSP.wasm, 'example.net': CSP.strict };
const server = await startServer({ csp: hosts, dirs: { 'example.org': 'generic', 'example.net': 'generic' } });
const context = await launch({ port: server.port, hosts: Object.keys(hosts) });
const { page } = await open(context, `https://${host}/`);
await page.waitForTimeout(500);
const sel = process.env.SEL ?? '#note';
await page.click(sel);
await waitForEngine(page);
await page.keyboard.insertText(SENTENCE.repeat(60).slice(0, 4880));
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (const ch of SENTENCE.repeat(2).slice(0, 120)) { await page.keyboard.type(ch); await page.waitForTimeout(35); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us); }
const byFile = new Map(); for (const [k, us] of self) { const f = k.split(" ")[1]?.split(":")[0] ?? "?"; byFile.set(f, (byFile.get(f) ?? 0) + us); } console.log([...byFile].map(([f, us]) => `${f} ${(us/1000).toFixed(0)}`).join(" | "));
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(1));
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((us / 1000).toFixed(1).padStart(8), k);
await context.close(); await server.close();
