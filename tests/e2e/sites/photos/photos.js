// A composer that takes photos by its file input, by paste and by drop onto the caption, as social sites do.
// Posts are recorded in window.__fixture.submitted as "<caption>|<file names>"; nothing is ever sent.
const fixture = { submitted: [], files: [] };
window.__fixture = fixture;
const caption = document.getElementById('caption');
const shown = () => { document.getElementById('attachments').textContent = fixture.files.map((f) => f.name).join(', '); };
document.getElementById('photo').addEventListener('change', (event) => { fixture.files.push(...event.target.files); shown(); });
caption.addEventListener('paste', (event) => {
  const files = [...event.clipboardData.files];
  if (files.length) { event.preventDefault(); fixture.files.push(...files); shown(); }
});
caption.addEventListener('dragover', (event) => event.preventDefault());
caption.addEventListener('drop', (event) => { event.preventDefault(); fixture.files.push(...event.dataTransfer.files); shown(); });
document.getElementById('compose').addEventListener('submit', (event) => {
  event.preventDefault();
  fixture.submitted.push(`${caption.value}|${fixture.files.map((f) => f.name).join(',')}`);
});
