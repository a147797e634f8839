// A site PostGuard has no adapter for: a form with a submit button, a chat box
// with a "Send" control, and a one-line form that posts on Enter. Every post is
// recorded in window.__fixture.submitted as "<where>: <text>"; nothing is ever
// sent anywhere.
const fixture = { submitted: [] };
window.__fixture = fixture;
const text = {
  reply: () => document.getElementById('reply-text').value,
  quick: () => document.getElementById('quick-text').value,
  chat: () => document.getElementById('chat').innerText,
};
document.addEventListener('submit', (event) => {
  event.preventDefault(); // a real site posts with fetch; the page stays
  fixture.submitted.push(`${event.target.id}: ${text[event.target.id]()}`);
});
document.getElementById('send').addEventListener('click', () => fixture.submitted.push(`chat: ${text.chat()}`));
document.getElementById('share-elsewhere').addEventListener('click', (event) => {
  event.preventDefault();
  fixture.submitted.push('share: page');
});
