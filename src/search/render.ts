/**
 * Search results as DOM, built from text nodes only: the query and the report's text are
 * always text, never HTML (`<img onerror>` in a query or `<script>` in a report shows as written).
 *
 * Contract (other tools rely on it): the results container has `data-search-results`; once it
 * shows the results for a query it carries `data-query` equal to that query; each result is an
 * `<a>` whose `href` is a page plus `#id` of the matched unit.
 */
import type { SearchResponse, SearchResult } from './engine.ts';

export interface RenderOptions {
  /** URL of a report page by its page id (`''` is the overview). */
  pageUrl: (page: string) => string;
  /** Most results to show (the dropdown shows a few; the page shows all). */
  limit?: number;
  /** Show a heading per page with its count (the full results page). */
  grouped?: boolean;
  /** Where suggestions link to. */
  searchUrl: (query: string) => string;
  /**
   * Where the summary, corrections and suggestions go, so the results container holds nothing
   * but result links (the contract); without it they go first in the container.
   */
  status?: HTMLElement;
}

const SNIPPET_RADIUS = 40;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The word to highlight on the landing page: the first searched word that occurs in the unit. */
export function highlightTerm(response: SearchResponse, result: SearchResult): string {
  const [first] = result.highlights;
  return first ? result.text.slice(first[0], first[1]) : (response.words[0]?.alternatives[0] ?? '');
}

export function resultHref(response: SearchResponse, result: SearchResult, options: RenderOptions): string {
  const term = highlightTerm(response, result);
  return `${options.pageUrl(result.page)}${term ? `?hl=${encodeURIComponent(term)}` : ''}#${result.id}`;
}

/** The unit's text around its first match, with every match marked. */
export function snippet(result: SearchResult): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const first = result.highlights[0]?.[0] ?? 0;
  const from = Math.max(0, first - SNIPPET_RADIUS);
  const to = Math.min(result.text.length, first + SNIPPET_RADIUS * 2);
  if (from > 0) fragment.append('…');
  let at = from;
  for (const [start, end] of result.highlights) {
    if (end <= from || start >= to) continue;
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a > at) fragment.append(result.text.slice(at, a));
    fragment.append(el('mark', undefined, result.text.slice(a, b)));
    at = b;
  }
  if (at < to) fragment.append(result.text.slice(at, to));
  if (to < result.text.length) fragment.append('…');
  return fragment;
}

function resultLink(
  response: SearchResponse,
  result: SearchResult,
  options: RenderOptions,
  pageLabel: string,
): HTMLAnchorElement {
  const link = el('a', `search-result kind-${result.kind}`);
  link.href = resultHref(response, result, options);
  const text = el('span', 'search-snippet');
  text.append(snippet(result));
  link.append(text);
  if (!options.grouped) link.append(el('span', 'search-where', pageLabel));
  return link;
}

/** Renders a response into `container` (which carries `data-search-results`). */
export function renderResults(container: HTMLElement, response: SearchResponse, options: RenderOptions): void {
  const query = response.query.trim();
  const status = options.status ?? container;
  container.replaceChildren();
  if (status !== container) status.replaceChildren();
  container.removeAttribute('data-query');
  if (!query) return;
  const labels = new Map(response.groups.map((g) => [g.page, g.label]));
  const summary = el('p', 'search-summary');
  const corrected = response.words.filter((w) => w.corrected);
  if (response.results.length === 0) {
    summary.textContent = `没有找到包含“${query}”的内容。`;
  } else {
    const shown = options.limit ? Math.min(options.limit, response.results.length) : response.results.length;
    summary.textContent = `找到 ${response.results.length} 条结果${response.groups.length > 1 ? `，分布在 ${response.groups.length} 处` : ''}${shown < response.results.length ? `，显示前 ${shown} 条` : ''}。`;
  }
  status.append(summary);
  if (corrected.length > 0) {
    status.append(
      el('p', 'search-note', corrected.map((w) => `“${w.query}”没有找到，已按“${w.corrected}”搜索。`).join('')),
    );
  }
  if (response.suggestions.length > 0) {
    const note = el('p', 'search-note', '你是不是要找：');
    response.suggestions.forEach((word, i) => {
      if (i > 0) note.append('、');
      const link = el('a', undefined, word);
      link.href = options.searchUrl(word);
      note.append(link);
    });
    status.append(note);
  }
  const results = options.limit ? response.results.slice(0, options.limit) : response.results;
  if (options.grouped) {
    for (const group of response.groups) {
      const section = el('section', 'search-group');
      section.append(el('h2', undefined, `${group.label}（${group.count}）`));
      const list = el('ol', 'search-list');
      for (const result of results.filter((r) => r.page === group.page)) {
        const item = el('li');
        item.append(resultLink(response, result, options, group.label));
        list.append(item);
      }
      section.append(list);
      container.append(section);
    }
  } else if (results.length > 0) {
    const list = el('ol', 'search-list');
    for (const result of results) {
      const item = el('li');
      item.append(resultLink(response, result, options, labels.get(result.page) ?? ''));
      list.append(item);
    }
    container.append(list);
  }
  container.dataset.query = response.query;
}
