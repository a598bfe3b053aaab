/** Every page's enhancements (Base.astro): each module checks for its own elements. */
import './theme.ts';
import './drawer.ts';
import './share.ts';

// Only a page opened with ?hl= needs the highlighter, so it loads on demand. (That also keeps
// this entry an external file: Astro inlines small import-free scripts, which a CSP must hash.)
if (new URLSearchParams(location.search).has('hl')) void import('./highlight.ts');

// An old link whose #id is not on this page (the id moved), or an old page: look it up.
const wanted = (() => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
})();
if (
  document.querySelector('[data-moved-target]') ||
  (wanted && document.querySelector('[data-moved-map]') && !document.getElementById(wanted))
)
  void import('./moved.ts');

// Glossary terms open their definitions (pages of a report with a 名词解释 appendix).
if (document.querySelector('a.gloss')) void import('./glossary.ts');

// The library home's filters.
if (document.querySelector('[data-library-filter]')) void import('./library-filter.ts');
