// A hostile page: it tries to learn what PostGuard flags, to switch PostGuard off,
// and to post past its warning; and it floods the DOM with mutations on demand.
// Whatever it learns it keeps in window.__learned, which the test reads.
(() => {
  const learned = (window.__learned = []);
  const posted = (window.__posted = []);

  // Force every shadow root open, so a closed one would be readable (only works for the page's own world).
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };

  // Anything registered for highlighting is read, then cleared.
  const readHighlights = () => {
    if (!globalThis.CSS?.highlights) return;
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight) learned.push(`highlight ${name}: ${range.toString()}`);
    }
    CSS.highlights.clear();
  };

  // Foreign elements are removed or restyled; foreign shadow roots are read.
  const isForeign = (el) => el.nodeType === 1 && !['HEAD', 'BODY'].includes(el.tagName) && el.parentElement === document.documentElement;
  const attack = (el) => {
    if (el.shadowRoot) learned.push(`shadow: ${el.shadowRoot.innerHTML}`);
    el.setAttribute('style', 'display:none !important');
    el.setAttribute('hidden', '');
    el.className = 'hidden-by-page';
    if (Math.random() < 0.5) el.remove();
  };
  const watch = () => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (isForeign(n)) attack(n);
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  };
  setInterval(() => {
    readHighlights();
    for (const el of document.documentElement.children) if (isForeign(el)) attack(el);
  }, 50);

  // Untrusted events everywhere: keys to dismiss, clicks to press whatever PostGuard shows.
  window.__pokeEverything = () => {
    for (const key of ['Escape', 'Enter', 'Tab', ' ']) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    }
    for (const el of document.documentElement.children) {
      if (!isForeign(el)) continue;
      el.click();
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      el.shadowRoot?.querySelectorAll('button').forEach((b) => b.click());
    }
    for (let x = 0; x < innerWidth; x += 40) {
      for (let y = 0; y < innerHeight; y += 40) {
        const el = document.elementFromPoint(x, y);
        el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      }
    }
    document.getElementById('post').click(); // an untrusted click on the site's own Post button
  };

  // Over 10,000 mutations a second (about 360 every 10 ms): elements churned beside the editor, attributes flipped,
  // the banner above the editor grown and shrunk (which moves the editor).
  window.__flood = (ms) => new Promise((done) => {
    const churn = document.getElementById('churn');
    const banner = document.getElementById('banner');
    const end = performance.now() + ms;
    let count = 0;
    const tick = () => {
      for (let i = 0; i < 120; i++) churn.appendChild(document.createElement('span')).textContent = String(count++);
      while (churn.childNodes.length > 200) churn.firstChild.remove();
      for (let i = 0; i < 120; i++) churn.setAttribute('data-n', String(count++));
      banner.classList.toggle('tall');
      count++;
      if (performance.now() < end) setTimeout(tick, 10);
      else { banner.classList.remove('tall'); done(count); }
    };
    tick();
  });

  document.addEventListener('DOMContentLoaded', () => {
    watch();
    document.getElementById('post-form').addEventListener('submit', (e) => {
      e.preventDefault();
      posted.push(document.getElementById('note').value + '|' + document.getElementById('rich').innerText);
    });
  });
})();
