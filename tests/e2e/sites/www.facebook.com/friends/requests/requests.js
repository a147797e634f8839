// Facebook-like friend requests, rendered by script after load (as the real list is).
const requests = [
  { name: 'Tom Fletcher', mutual: '2 mutual friends' },
  { name: 'Millie Hart', mutual: '5 mutual friends' },
];
setTimeout(() => {
  const list = document.getElementById('requests');
  for (const { name, mutual } of requests) {
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    item.innerHTML = '<div><a href="#"></a><div><span></span></div></div><div role="button" aria-label="Confirm" tabindex="0">Confirm</div><div role="button" aria-label="Delete" tabindex="0">Delete</div>';
    item.querySelector('a').textContent = name;
    item.querySelector('span').textContent = mutual;
    list.append(item);
  }
}, 200);
