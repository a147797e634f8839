// An advert's script: it rotates its message now and then, as real ones do (a page nobody types on still changes).
const offers = ['half price bedding plants', 'two for one on compost', 'free delivery over £30'];
let shown = 0;
setInterval(() => {
  shown = (shown + 1) % offers.length;
  document.querySelector('a').firstChild.textContent = `Garden centre: ${offers[shown]} this weekend. `;
}, 1000);
