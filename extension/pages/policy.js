// The policy page: the school's whole policy for the person's role, built by
// the Rust core (src/guidance.rs) and written here with text nodes only.
(async () => {
  await wasm_bindgen({ module_or_path: chrome.runtime.getURL('pages/engine/postguard_bg.wasm') });
  const guidance = wasm_bindgen.policyGuidance(JSON.stringify((await postguardSettings()).config));

  const el = (tag, text, attributes = {}) => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
    return e;
  };

  document.title = `Social media policy · ${guidance.school}`;
  document.getElementById('title').textContent = `${guidance.school}: social media policy`;
  document.getElementById('for-whom').textContent = `The guidelines that apply to ${guidance.people}.`;

  const sections = document.getElementById('sections');
  sections.replaceChildren();
  for (const section of guidance.sections) {
    const id = `section-${section.title.toLowerCase()}`;
    const part = el('section', '', { 'aria-labelledby': id });
    part.append(el('h2', `${section.title} guidelines`, { id }));
    for (const clause of section.clauses) {
      const article = el('article', '', { id: clause.reference.replace(' ', '-').toLowerCase() });
      article.append(el('h3', `${clause.reference}: ${clause.title}`), el('p', clause.plain, { class: 'plain' }),
        el('blockquote', clause.text));
      part.append(article);
    }
    sections.append(part);
  }

  const contacts = [];
  if (guidance.headteacher) contacts.push(`To post about the school, or about a post PostGuard held, ask the headteacher: ${guidance.headteacher}.`);
  if (guidance.safeguarding) {
    const { name, phone, email } = guidance.safeguarding;
    contacts.push(`Worried about a pupil's safety? Tell the Designated Senior Person: ${[name, phone, email].filter(Boolean).join(', ')}.`);
  }
  if (guidance.complaints) contacts.push(`Concerns and complaints go through the school's complaints procedure: ${guidance.complaints}`);
  if (contacts.length) {
    document.getElementById('contact-list').append(...contacts.map((c) => el('li', c)));
    document.getElementById('contacts').hidden = false;
  }

  const severity = { block: 'Not allowed', warn: 'Check before posting', info: 'For your information' };
  document.querySelector('#checks tbody').append(...guidance.checks.map((check) => {
    const row = el('tr');
    row.append(el('th', check.label, { scope: 'row' }), el('td', severity[check.severity]), el('td', check.why),
      el('td', check.suggestion));
    return row;
  }));
})().catch((error) => {
  document.getElementById('sections').replaceChildren(Object.assign(document.createElement('p'), {
    textContent: `The policy could not be shown: ${error.message ?? error}`,
  }));
});
