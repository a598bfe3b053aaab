/**
 * Results are built from text nodes: a query or a report text that looks like HTML is shown as
 * written and never becomes markup (run against linkedom's DOM).
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/model/parse.ts';
import { buildSearchIndex } from '../../src/search/build.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { renderResults, type RenderOptions } from '../../src/search/render.ts';
import { fixture } from './helpers.ts';

const { document } = parseHTML('<!doctype html><html><body><div data-search-results></div></body></html>');
const saved = (globalThis as { document?: unknown }).document;
beforeAll(() => Object.assign(globalThis, { document }));
afterAll(() => Object.assign(globalThis, { document: saved }));

const text = fixture('markup');
const model = parseReport(text);
const index = buildSearchIndex(
  {
    slug: 'markup',
    title: '标记测试',
    model,
    pages: model.parts.flatMap((p) => [
      { id: p.id, label: p.id },
      ...p.sections.map((s) => ({ id: s.id, label: s.id })),
    ]),
    synonyms: {},
    dictionary: [],
  },
  { segment: (t) => [...t], pinyin: () => ['', ''], traditional: () => [] },
);
const engine = createSearchEngine(index);
const options: RenderOptions = {
  pageUrl: (page) => `/markup/${page}/`,
  searchUrl: (q) => `/search/?q=${encodeURIComponent(q)}`,
  grouped: true,
};

describe('rendering results', () => {
  it('shows report text holding <script> as text', () => {
    expect(text).toContain('<script>');
    const container = document.querySelector('[data-search-results]') as unknown as HTMLElement;
    renderResults(container, engine.search('script'), options);
    expect(container.getAttribute('data-query')).toBe('script');
    expect(container.querySelectorAll('script').length).toBe(0);
    expect(container.textContent).toContain('<script>');
    expect(container.querySelectorAll('a[href*="#"]').length).toBeGreaterThan(0);
  });

  it('shows a query holding HTML as text', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const container = document.querySelector('[data-search-results]') as unknown as HTMLElement;
    renderResults(container, engine.search(attack), options);
    expect(container.getAttribute('data-query')).toBe(attack);
    expect(container.querySelectorAll('img').length).toBe(0);
    expect(container.textContent).toContain(attack);
  });

  it('links each result to its page, the word to highlight and its anchor', () => {
    const container = document.querySelector('[data-search-results]') as unknown as HTMLElement;
    renderResults(container, engine.search('script'), options);
    for (const a of container.querySelectorAll('a'))
      expect(a.getAttribute('href')).toMatch(/^\/markup\/[a-z0-9-]+\/\?hl=script#[a-z0-9-]+$/);
  });
});
