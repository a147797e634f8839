// Shortens the names by which the content script's wasm and wasm-bindgen's JavaScript glue call each
// other, as Emscripten does: wasm-bindgen names each of the ~250 imports after its function plus a
// 16-digit hash, 12 KB of the bundle that gzip cannot shrink. binaryen's wasm-opt renames them in the wasm
// (--minify-imports-and-exports-and-modules) and writes the old and new names; this renames them in the glue.
//
//   node tools/minify_bindings.mjs GLUE.js MINIFIED.wasm NAMES.json
//
// Every renamed import must be found in the glue's import object exactly once, and no call to an old export
// may remain: a glue whose shape this does not know fails the build instead of loading a broken extension.
import { readFileSync, writeFileSync } from 'node:fs';

const [gluePath, wasmPath, namesPath] = process.argv.slice(2);
let glue = readFileSync(gluePath, 'utf8');
const names = JSON.parse(readFileSync(namesPath, 'utf8'));
const fail = (why) => {
  console.error(`minify_bindings: ${why}`);
  process.exit(1);
};

// The one import module of the glue, and its new name as the minified wasm asks for it.
const oldModules = [...new Set(names.imports.map(([module]) => module))];
const newModules = [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module))];
if (oldModules.length !== 1 || newModules.length !== 1) fail(`expected one import module, found ${oldModules} / ${newModules}`);
const moduleKey = `${JSON.stringify(oldModules[0])}: import0`;
if (glue.split(moduleKey).length !== 2) fail(`the glue does not return its imports as ${moduleKey}`);
glue = glue.replace(moduleKey, `${JSON.stringify(newModules[0])}: import0`);

for (const [, from, to] of names.imports) {
  const key = new RegExp(`(\\n\\s+)${from.replace(/\$/g, '\\$')}: function\\(`, 'g');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) fail(`import ${from} is defined ${found} times in the glue`);
  glue = glue.replace(key, `$1${JSON.stringify(to)}: function(`);
}

for (const [from, to] of names.exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${from}\\b`, 'g'), `wasm[${JSON.stringify(to)}]`);
}
const left = names.exports.filter(([from]) => new RegExp(`\\bwasm\\.${from}\\b|["']${from}["']`).test(glue));
if (left.length) fail(`the glue still calls ${left.map(([from]) => from).join(', ')}`);

writeFileSync(gluePath, glue);
