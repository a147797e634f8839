// The options page: role, school details, roster (CSV import, add, remove),
// severities, paused sites, a "try a post" box, and the parent file. Parsing,
// validation and checking are the Rust core's (wasm_bindgen: importRoster,
// validateConfig, effectiveSettings, parentFile, Checker); this file moves
// values between the form and chrome.storage.local. Fields school IT's policy
// sets are shown locked.

const KINDS = [
  ['pupil_name', "Pupils' names"], ['staff_name', "Staff names"], ['school_identifier', "The school's name and details"],
  ['phone_number', 'Phone numbers'], ['street_address', 'Home addresses'], ['postcode', 'Postcodes'],
  ['email_address', 'Email addresses'], ['date_of_birth', 'Dates of birth'],
];
const $ = (id) => document.getElementById(id);
const state = { config: null, locked: [], schema: 1, pending: null };

(async () => {
  await wasm_bindgen({ module_or_path: chrome.runtime.getURL('pages/engine/postguard_bg.wasm') });
  buildSeverityControls();
  const settings = await postguardSettings();
  state.config = settings.config;
  state.locked = settings.locked;
  state.schema = settings.schema;
  showConfig(state.config);
  $('paused').value = settings.paused.join('\n');
  for (const fieldset of document.querySelectorAll('fieldset[data-field]')) {
    const locked = state.locked.includes(fieldset.dataset.field)
      || (fieldset.dataset.field === 'pupils' && state.locked.includes('staff'));
    fieldset.disabled = locked;
    fieldset.querySelector('.locked-note').hidden = !locked;
  }
  wire();
})().catch((error) => { $('save-result').textContent = `PostGuard's settings could not be read: ${error.message ?? error}`; });

function buildSeverityControls() {
  const grid = $('severities');
  for (const [kind, label] of KINDS) {
    const id = `severity-${kind}`;
    const select = Object.assign(document.createElement('select'), { id });
    select.dataset.kind = kind;
    for (const [value, text] of [['', 'As the policy suggests'], ['info', 'Point it out'], ['warn', 'Check before posting'], ['block', 'Do not allow posting']]) {
      select.append(Object.assign(document.createElement('option'), { value, textContent: text }));
    }
    grid.append(Object.assign(document.createElement('label'), { htmlFor: id, textContent: label }), select);
  }
}

function showConfig(config) {
  for (const radio of document.querySelectorAll('input[name=role]')) radio.checked = radio.value === config.role;
  const school = config.school ?? {};
  for (const input of document.querySelectorAll('[data-school]')) input.value = school[input.dataset.school] ?? '';
  for (const input of document.querySelectorAll('[data-school-list]')) input.value = (school[input.dataset.schoolList] ?? []).join(', ');
  const lead = school.safeguarding_lead ?? {};
  for (const input of document.querySelectorAll('[data-dsp]')) input.value = lead[input.dataset.dsp] ?? '';
  for (const select of document.querySelectorAll('[data-kind]')) select.value = config.severity?.[select.dataset.kind] ?? '';
  showCounts();
}

/** The configuration the form describes. */
function formConfig() {
  const config = { version: state.config.version ?? 1 };
  config.role = document.querySelector('input[name=role]:checked')?.value ?? state.config.role;
  const school = {};
  for (const input of document.querySelectorAll('[data-school]')) if (input.value.trim()) school[input.dataset.school] = input.value.trim();
  for (const input of document.querySelectorAll('[data-school-list]')) {
    const items = input.value.split(',').map((s) => s.trim()).filter(Boolean);
    if (items.length) school[input.dataset.schoolList] = items;
  }
  const lead = {};
  for (const input of document.querySelectorAll('[data-dsp]')) if (input.value.trim()) lead[input.dataset.dsp] = input.value.trim();
  if (lead.name) school.safeguarding_lead = lead;
  config.school = school;
  config.pupils = state.config.pupils ?? [];
  config.staff = state.config.staff ?? [];
  const severity = {};
  for (const select of document.querySelectorAll('[data-kind]')) if (select.value) severity[select.dataset.kind] = select.value;
  config.severity = severity;
  return config;
}

/** What is stored locally: the form, without the fields school IT's policy sets. */
function localConfig() {
  const config = formConfig();
  for (const field of state.locked) delete config[field];
  return config;
}

function showCounts() {
  const pupils = state.config.pupils?.length ?? 0;
  const staff = state.config.staff?.length ?? 0;
  $('roster-counts').textContent = `${pupils} pupil${pupils === 1 ? '' : 's'} and ${staff} member${staff === 1 ? '' : 's'} of staff.`;
}

function wire() {
  $('settings').addEventListener('submit', async (event) => {
    event.preventDefault();
    const config = formConfig();
    const problem = wasm_bindgen.validateConfig(JSON.stringify(config, null, 2));
    if (problem) {
      $('save-result').className = 'error';
      $('save-result').textContent = `Not saved: ${problem}`;
      return;
    }
    const paused = state.locked.includes('paused') ? [] : $('paused').value.split('\n').map((s) => s.trim().toLowerCase()).filter(Boolean);
    await saveSettings(localConfig(), paused, state.schema);
    state.config = config;
    $('save-result').className = 'ok';
    $('save-result').textContent = 'Saved. Open pages use these settings straight away.';
  });

  $('roster-file').addEventListener('change', async () => {
    const file = $('roster-file').files[0];
    if (!file) return;
    const staff = $('roster-staff').checked;
    const preview = $('roster-preview');
    preview.replaceChildren();
    try {
      const result = wasm_bindgen.importRoster(new Uint8Array(await file.arrayBuffer()), staff);
      state.pending = { staff, people: result.people };
      const lines = [`${result.people.length} ${staff ? 'staff' : 'pupils'} read from ${file.name} (${result.encoding}).`];
      if (result.ignored_columns.length) lines.push(`Columns not used: ${result.ignored_columns.join(', ')}.`);
      lines.push(result.rejected.length ? `${result.rejected.length} row${result.rejected.length === 1 ? '' : 's'} not imported:` : 'Every row was imported.');
      preview.append(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
      if (result.rejected.length) {
        const list = document.createElement('ul');
        list.append(...result.rejected.map((r) => Object.assign(document.createElement('li'), { textContent: r })));
        preview.append(list);
      }
      $('roster-apply').textContent = `Use these ${result.people.length} names (replaces the ${staff ? 'staff' : 'pupil'} list)`;
      $('roster-apply').hidden = result.people.length === 0;
    } catch (error) {
      state.pending = null;
      $('roster-apply').hidden = true;
      preview.append(Object.assign(document.createElement('p'), { className: 'error', textContent: error.message ?? String(error) }));
    }
  });

  $('roster-apply').addEventListener('click', () => {
    if (!state.pending) return;
    state.config[state.pending.staff ? 'staff' : 'pupils'] = state.pending.people;
    state.pending = null;
    $('roster-apply').hidden = true;
    $('roster-preview').textContent = 'Names replaced. Save to keep them.';
    showCounts();
  });

  $('add-name').addEventListener('click', () => {
    const person = { first: $('add-first').value.trim(), last: $('add-last').value.trim() };
    const preferred = $('add-preferred').value.trim();
    if (preferred && preferred !== person.first) person.preferred = preferred;
    const list = $('add-staff').checked ? 'staff' : 'pupils';
    const candidate = { ...state.config, [list]: [...(state.config[list] ?? []), person] };
    const problem = wasm_bindgen.validateConfig(JSON.stringify(candidate));
    if (problem) {
      $('save-result').className = 'error';
      $('save-result').textContent = `Not added: ${problem}`;
      return;
    }
    state.config = candidate;
    for (const id of ['add-first', 'add-last', 'add-preferred']) $(id).value = '';
    $('save-result').className = 'ok';
    $('save-result').textContent = `Added ${person.first} ${person.last}. Save to keep the change.`;
    showCounts();
  });

  $('find-name').addEventListener('input', showMatches);

  $('try-text').addEventListener('input', showTry);

  $('export-parents').addEventListener('click', () => {
    const file = wasm_bindgen.parentFile(JSON.stringify(formConfig()));
    const link = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(new Blob([file], { type: 'application/json' })),
      download: 'postguard-parents.json',
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });

  $('import-parents').addEventListener('change', async () => {
    const file = $('import-parents').files[0];
    if (!file) return;
    const text = await file.text();
    const problem = wasm_bindgen.validateConfig(text);
    if (problem) {
      $('import-result').textContent = `That file cannot be used: ${problem}`;
      return;
    }
    const imported = JSON.parse(text);
    // The school's details replace these; a parent's own children's names (added here) are kept.
    state.config = { ...imported, pupils: state.config.pupils ?? [], staff: [] };
    showConfig(state.config);
    $('import-result').textContent = `Imported ${imported.school.name}'s details. Add your own children's names, then save.`;
  });
}

function showMatches() {
  const list = $('found-names');
  list.replaceChildren();
  const wanted = $('find-name').value.trim().toLowerCase();
  if (wanted.length < 2) return;
  const people = [...(state.config.pupils ?? []).map((p, i) => ['pupils', i, p]), ...(state.config.staff ?? []).map((p, i) => ['staff', i, p])];
  for (const [listName, index, person] of people.filter(([, , p]) => `${p.first} ${p.preferred ?? ''} ${p.last}`.toLowerCase().includes(wanted)).slice(0, 20)) {
    const name = `${person.first}${person.preferred ? ` (${person.preferred})` : ''} ${person.last}`;
    const item = document.createElement('li');
    const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: `Remove ${name}` });
    remove.addEventListener('click', () => {
      state.config[listName] = state.config[listName].filter((_, i) => i !== index);
      showCounts();
      showMatches();
      $('save-result').className = 'ok';
      $('save-result').textContent = `Removed ${name}. Save to keep the change.`;
    });
    item.append(Object.assign(document.createElement('span'), { textContent: `${name} · ${listName === 'staff' ? 'staff' : 'pupil'} ` }), remove);
    list.append(item);
  }
}

function showTry() {
  const text = $('try-text').value;
  const out = $('try-result');
  out.replaceChildren();
  if (!text.trim()) return;
  let findings;
  try {
    findings = new wasm_bindgen.Checker(JSON.stringify(formConfig())).check(text);
  } catch (error) {
    out.append(Object.assign(document.createElement('p'), { className: 'error', textContent: error.message ?? String(error) }));
    return;
  }
  if (!findings.length) {
    out.append(Object.assign(document.createElement('p'), { textContent: 'Nothing to point out in this post.' }));
    return;
  }
  // The post with the findings marked (offsets are UTF-16, as JavaScript strings count).
  const marked = document.createElement('p');
  let at = 0;
  for (const f of findings) {
    marked.append(text.slice(at, f.start), Object.assign(document.createElement('mark'), { className: 'finding', textContent: text.slice(f.start, f.end) }));
    marked.lastChild.dataset.severity = f.severity;
    at = f.end;
  }
  marked.append(text.slice(at));
  const list = document.createElement('ul');
  list.append(...findings.map((f) => Object.assign(document.createElement('li'), {
    textContent: `${f.message} (${f.clauses.join(', ')}; ${f.severity}) Instead: ${f.suggestion}`,
  })));
  out.append(marked, list);
}
