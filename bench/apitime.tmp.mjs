// throwaway: per-key time inside browser APIs called from the content script's world
import { startServer, launch, open, waitForEngine, CSP } from '../tests/e2e/harness.mjs';
const SENTENCE = 'Millie had a lovely time at the fair with her friends and we all went home tired but happy. ';
async function world(page) {
  const top = await page.context().newCDPSession(page);
  const { frameTree } = await top.send('Page.getFrameTree');
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const w = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'PostGuard for Schools' && c.auxData.frameId === frameTree.frame.id);
  return async (expression) => { const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: w.id, returnByValue: true }); if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails)); return result.value; };
}
function probe() {
  const st = (globalThis.__t = { keys: [], cur: null, first: null });
  addEventListener('keydown', (e) => { st.cur = { at: e.timeStamp, api: {}, first: null }; st.keys.push(st.cur); }, true);
  const wrap = (proto, name, kind = 'value') => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    const f = d[kind === 'value' ? 'value' : 'set'];
    const w = function (...a) { const t = performance.now(); try { return f.apply(this, a); } finally { const c = st.cur; if (c) { const dt = performance.now() - t; c.api[name] = (c.api[name] ?? 0) + dt; c.api[name + '#'] = (c.api[name + '#'] ?? 0) + 1; if (name === 'cssText' && c.first == null) c.first = performance.now() - c.at; } } };
    Object.defineProperty(proto, name, { ...d, [kind === 'value' ? 'value' : 'set']: w });
  };
  wrap(Range.prototype, 'getClientRects'); wrap(Range.prototype, 'setStart'); wrap(Range.prototype, 'setEnd');
  wrap(Element.prototype, 'getBoundingClientRect'); wrap(CharacterData.prototype, 'replaceData');
  wrap(CSSStyleDeclaration.prototype, 'cssText', 'set'); wrap(Element.prototype, 'setAttribute'); wrap(Element.prototype, 'checkVisibility');
  wrap(HTMLTextAreaElement.prototype, 'value', 'get' === 'x' ? 'set' : 'set');
  const vd = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  const vg = vd.get;
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', { ...vd, get() { const t = performance.now(); try { return vg.call(this); } finally { const c = st.cur; if (c) { c.api.valueGet = (c.api.valueGet ?? 0) + performance.now() - t; } } } });
}
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
const ev = await world(page); await ev(`(${probe})()`);
for (const ch of SENTENCE.repeat(2).slice(0, 120)) { await page.keyboard.type(ch); await page.waitForTimeout(35); }
const { keys } = await ev('globalThis.__t');
const sum = {}; for (const k of keys) for (const [n, v] of Object.entries(k.api)) sum[n] = (sum[n] ?? 0) + v;
for (const n of Object.keys(sum).sort()) console.log(n, (sum[n] / keys.length).toFixed(3));
const firsts = keys.map((k) => k.first).filter((x) => x != null).sort((a, b) => a - b);
console.log('first cssText p50', firsts[Math.floor(firsts.length / 2)].toFixed(1), 'p95', firsts[Math.floor(firsts.length * 0.95)].toFixed(1), 'n', firsts.length);
console.log('slowest', keys.map((k, i) => [i, k.first?.toFixed(1)]).sort((a, b) => b[1] - a[1]).slice(0, 8).map(String).join(' '));
await context.close(); await server.close();
