window.__posted = [];
document.getElementById('form').addEventListener('submit', (event) => {
  event.preventDefault();
  window.__posted.push(document.getElementById('comment').value);
});
