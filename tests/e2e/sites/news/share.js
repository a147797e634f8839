window.__posted = [];
const params = new URLSearchParams(location.search);
document.getElementById('share').value = params.get('text') ?? '';
document.getElementById('post').addEventListener('click', () => window.__posted.push(document.getElementById('share').value));
