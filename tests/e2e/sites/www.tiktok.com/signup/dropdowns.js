// Custom dropdowns as TikTok's and Discord's sign-up pages build them: a click opens
// a listbox; a click on an option shows the choice (no <select>, no form value).
document.addEventListener('click', (event) => {
  const option = event.target.closest('[role=option]');
  if (option) {
    const list = option.closest('[role=listbox]');
    const box = list.parentElement;
    const combo = box.querySelector('[role=combobox]');
    const placeholder = box.querySelector('.css-placeholder');
    if (placeholder) { placeholder.textContent = option.textContent; placeholder.className = 'css-singleValue'; }
    else combo.textContent = option.textContent;
    list.hidden = true;
    combo.setAttribute('aria-expanded', 'false');
    return;
  }
  const combo = event.target.closest('[role=combobox]');
  if (combo) {
    const list = combo.closest('.select-container, .css-container').querySelector('[role=listbox]');
    list.hidden = !list.hidden;
    combo.setAttribute('aria-expanded', String(!list.hidden));
  }
});
