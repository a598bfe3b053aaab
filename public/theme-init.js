/* Before the first paint (a blocking classic script in Base.astro's head): the remembered theme and the `js` class. */
((d) => {
  try {
    const t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') d.dataset.theme = t;
  } catch {
    // storage blocked: the system theme applies
  }
  d.classList.add('js');
})(document.documentElement);
