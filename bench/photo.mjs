// A 12-megapixel phone photo read by the extension's photo engine in the browser: Debian's Chromium with the
// real extension, the photo engine in its service worker (WebAssembly), as an attached photo is read.
// Run with `./build.sh bench` (or `node bench/photo.mjs` after `./build.sh extension`).
//
// The photo: tests/data/photos/group3.jpg drawn at 4032×3024 by the browser and saved as a JPEG with its own
// encoder, so it decodes like a phone's. Measured inside the worker, from the `data:` URL it is handed to the
// facts it answers (base64 decoding, JPEG decoding at 1/4 scale, faces, metadata): the first photo of a worker
// (its WebAssembly compiled and the face model parsed on that photo) and then ROUNDS more, median and slowest.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, open, extensionWorker, ROOT, CSP } from '../tests/e2e/harness.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const HOST = 'photos.example';

const server = await startServer({ csp: { [HOST]: CSP.strict }, dirs: { [HOST]: 'photos' } });
const context = await launch({ port: server.port, hosts: [HOST] });
try {
  const { page } = await open(context, `https://${HOST}/`);
  const group = [...readFileSync(join(ROOT, 'tests/data/photos/group3.jpg'))];
  const dataUrl = await page.evaluate(async (bytes) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(4032, 3024);
    canvas.getContext('2d').drawImage(image, 0, 0, 4032, 3024);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return new Promise((done) => { const r = new FileReader(); r.onload = () => done(r.result); r.readAsDataURL(jpeg); });
  }, group);
  const worker = await extensionWorker(context);
  const timed = () => worker.evaluate(async (url) => {
    const start = performance.now();
    const facts = await inspectPhoto(url);
    return { ms: performance.now() - start, faces: facts.faces.length, size: facts.size };
  }, dataUrl);
  const first = await timed();
  const runs = [];
  for (let i = 0; i < ROUNDS; i++) runs.push(await timed());
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const bytes = Math.round(((dataUrl.length - dataUrl.indexOf(',') - 1) * 3) / 4);
  console.log(`A ${first.size.join('×')} JPEG (${(bytes / 2 ** 20).toFixed(2)} MB), ${first.faces} faces found, in the extension's worker (wasm):`);
  console.log('| | ms | budget |');
  console.log('|---|---|---|');
  console.log(`| first photo (engine compiled, face model parsed) | ${first.ms.toFixed(0)} | |`);
  console.log(`| next photos, median of ${ROUNDS} | ${ms[Math.floor(ms.length / 2)].toFixed(0)} | ≤ 400 |`);
  console.log(`| next photos, slowest | ${ms[ms.length - 1].toFixed(0)} | |`);
} finally {
  await context.close();
  await server.close();
}
