// The sign-up form's fixture behaviour: a submit is recorded (the page never leaves).
window.__signup = { submitted: 0 };
document.getElementById('signup').addEventListener('submit', (event) => {
  event.preventDefault();
  window.__signup.submitted += 1;
});
