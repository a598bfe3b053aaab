/**
 * Loaded on first use of a search box (never with a reading page): fetches the current
 * report's index, builds the engine, and renders results.
 */
import { parseSearchIndex } from '../search/format.ts';
import { createSearchEngine, type SearchEngine } from '../search/engine.ts';
import { renderResults, type RenderOptions } from '../search/render.ts';

const engines = new Map<string, Promise<SearchEngine>>();

export function loadEngine(indexUrl: string): Promise<SearchEngine> {
  let engine = engines.get(indexUrl);
  if (!engine) {
    engine = fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => createSearchEngine(parseSearchIndex(json)));
    engine.catch(() => engines.delete(indexUrl)); // let a later attempt retry
    engines.set(indexUrl, engine);
  }
  return engine;
}

/** Where a search box's data lives, from its form's data attributes. */
export interface SearchTarget {
  base: string;
  slug: string;
  indexUrl: string;
  searchPage: string;
}

export function targetOf(form: HTMLElement): SearchTarget {
  const base = form.dataset.base ?? '/';
  const slug = form.dataset.slug ?? '';
  return {
    base,
    slug,
    indexUrl: form.dataset.index ?? `${base}data/${slug}/search-index.json`,
    searchPage: form.dataset.page ?? `${base}search/`,
  };
}

export function renderOptions(target: SearchTarget, extra: Partial<RenderOptions> = {}): RenderOptions {
  return {
    pageUrl: (page) => `${target.base}${target.slug}/${page ? `${page}/` : ''}`,
    searchUrl: (query) =>
      `${target.searchPage}?q=${encodeURIComponent(query)}${target.slug ? `&r=${encodeURIComponent(target.slug)}` : ''}`,
    ...extra,
  };
}

export function showError(container: HTMLElement, error: unknown): void {
  container.replaceChildren();
  const p = document.createElement('p');
  p.className = 'search-summary';
  p.textContent = `搜索暂时不可用（${error instanceof Error ? error.message : '加载失败'}），请刷新页面重试。`;
  container.append(p);
}

export { renderResults };
