// Focuses the reply box while the page is parsed: before PostGuard's bootstrap can run (at document_idle), so the
// bootstrap never sees the focus and the first key typed is what loads the engine (bench/latency.mjs, cold rows).
// `autofocus` alone raced the bootstrap: some pages focused the box after it ran, and loaded the engine with the page.
document.getElementById('note').focus();
