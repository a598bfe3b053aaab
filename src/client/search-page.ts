/**
 * The full results page `/search/?q=…&r=<report>`: the URL is the search, so it can be shared.
 * Typing refines the results and keeps the URL in step.
 */
import { loadEngine, renderOptions, renderResults, showError, targetOf } from './search-client.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const results = document.querySelector<HTMLElement>('[data-search-results]');
const help = document.querySelector<HTMLElement>('[data-search-help]');
const statusArea = document.querySelector<HTMLElement>('[data-search-status-area]') ?? undefined;

if (form && input && results) {
  const params = new URLSearchParams(window.location.search);
  const slugs = (form.dataset.slugs ?? '').split(' ').filter(Boolean);
  const requested = params.get('r') ?? '';
  form.dataset.slug = slugs.includes(requested) ? requested : (slugs[0] ?? '');
  const report = form.querySelector<HTMLInputElement>('input[name="r"]');
  if (report) report.value = form.dataset.slug;
  input.value = params.get('q') ?? '';
  const target = targetOf(form);

  const run = async () => {
    const query = input.value;
    const url = new URL(window.location.href);
    url.searchParams.set('q', query);
    url.searchParams.set('r', target.slug);
    window.history.replaceState(null, '', url);
    if (help) help.hidden = query.trim() !== '';
    try {
      const engine = await loadEngine(target.indexUrl);
      if (input.value !== query) return;
      renderResults(results, engine.search(query), renderOptions(target, { grouped: true, status: statusArea }));
      document.title = query.trim() ? `“${query}”的搜索结果` : '搜索';
    } catch (error) {
      showError(statusArea ?? results, error);
    }
  };
  let timer = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 80);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  void run();
}
