/* Before the first paint (a blocking classic script in Base.astro's head): the remembered theme and the `js` class. */
(function (d) {
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') d.dataset.theme = t;
  } catch (e) {}
  d.classList.add('js');
})(document.documentElement);
