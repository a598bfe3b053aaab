/**
 * The header search box: `/` focuses it; the first focus or keypress loads the engine and the
 * report's index (a separate chunk: reading pages load none of it before the box is used);
 * results show as you type; arrow keys move through them; Enter opens the full results page.
 */
type Client = typeof import('./search-client.ts');

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const dropdown = form?.querySelector<HTMLElement>('[data-search-dropdown]');
const statusLine = form?.querySelector<HTMLElement>('[data-search-status]');
const statusArea = dropdown?.querySelector<HTMLElement>('[data-search-status-area]') ?? undefined;
const results = dropdown?.querySelector<HTMLElement>('[data-search-results]');
const more = dropdown?.querySelector<HTMLAnchorElement>('[data-search-more]');

if (form && input) {
  let client: Promise<Client> | null = null;
  const load = () => (client ??= import('./search-client.ts'));
  let timer = 0;

  const close = () => {
    if (!dropdown) return;
    dropdown.hidden = true;
  };

  const update = async () => {
    if (!dropdown) return;
    const query = input.value;
    const { loadEngine, renderOptions, renderResults, showError, targetOf } = await load();
    const target = targetOf(form);
    try {
      const engine = await loadEngine(target.indexUrl);
      if (input.value !== query) return; // a newer keystroke is on its way
      if (!query.trim()) return close();
      const options = renderOptions(target, { limit: 8, status: statusArea });
      const response = engine.search(query);
      if (results) renderResults(results, response, options);
      if (statusLine) statusLine.textContent = statusArea?.querySelector('.search-summary')?.textContent ?? '';
      if (more) {
        more.hidden = response.results.length <= 8;
        more.textContent = `查看全部 ${response.results.length} 条结果`;
        more.href = options.searchUrl(query);
      }
    } catch (error) {
      showError(statusArea ?? dropdown, error);
    }
    dropdown.hidden = false;
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), 60);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && dropdown && !dropdown.hidden) {
      dropdown.querySelector<HTMLAnchorElement>('a')?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') close();
  });
  dropdown?.addEventListener('keydown', (event) => {
    const links = [...dropdown.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
  });
}
export {};
