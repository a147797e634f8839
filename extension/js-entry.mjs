// Entry of the JavaScript build (wasm2js) used where a page's CSP forbids
// WebAssembly: the same functions as the WebAssembly build, bundled into one
// classic script that exposes them as `postguard_js` in the isolated world.
export { startContentScript, noteTypedIn, noteAttached, reviewHeldSubmit } from 'postguard-bindgen';
