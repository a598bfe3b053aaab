/**
 * Weight budgets over the default build (tests/build/scenarios.ts: as `npm run build` would, SITE
 * and BASE unset), so the checks never read a stale `dist/`, and `npm test` fails before its e2e
 * phase. Sizes are gzip bytes (node:zlib). The foreign-reference check itself is tested in
 * tests/unit/site-checks.test.ts.
 *
 * - each section page's own HTML ≤ 60 KB, JS ≤ 10 KB, CSS ≤ 15 KB (see tests/support/budgets.ts
 *   for what "own" counts);
 * - no reference to another origin in any HTML, CSS or JS (only the canonical URL and og:url
 *   are absolute, under SITE + BASE);
 * - no font files (the site uses the reader's system fonts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteBuild } from './built.ts';
import { listFiles } from '../support/html.ts';
import {
  FONT_FILE,
  foreignReferences,
  overBudget,
  pageWeight,
  type PageWeight,
  type Weight,
} from '../support/budgets.ts';
import type { PublishedReport } from '../../src/site/publish.ts';

const SECTION_PAGE_BUDGET: Weight = { html: 60 * 1024, js: 10 * 1024, css: 15 * 1024 };
/** The charts dashboard's own JS (its tooltips plus the shared reading script). */
const CHARTS_JS_BUDGET = 30 * 1024;

const SITE = 'http://localhost:4321';

describe('the built site', () => {
  const build = siteBuild('default');
  const { outDir } = build;
  let sectionPages: string[] = [];
  let weights: PageWeight[] = [];

  beforeAll(() => {
    if (build.status !== 0) return;
    const reports = listFiles(join(outDir, 'data'))
      .filter((f) => f.endsWith('/report.json'))
      .map((f) => JSON.parse(readFileSync(join(outDir, 'data', f), 'utf8')) as PublishedReport);
    sectionPages = reports.flatMap((r) =>
      r.parts.flatMap((p) => p.sections.map((s) => `${r.slug}/${s.id}/index.html`)),
    );
    weights = sectionPages.map((page) => pageWeight(outDir, page));
  });

  it('builds', () => expect(build.status, build.stderr).toBe(0));

  it('keeps every section page within its budget (gzip: HTML 60 KB, JS 10 KB, CSS 15 KB)', () => {
    expect(sectionPages.length).toBeGreaterThan(0);
    const heaviest = (kind: keyof Weight) => weights.reduce((a, b) => (b.gzip[kind] > a.gzip[kind] ? b : a));
    console.log(
      `section pages (${weights.length}), heaviest gzip: ` +
        (['html', 'js', 'css'] as const).map((k) => `${k} ${heaviest(k).gzip[k]} B (${heaviest(k).page})`).join(', '),
    );
    expect(weights.flatMap((w) => overBudget(w, SECTION_PAGE_BUDGET))).toEqual([]);
  });

  it('keeps each charts dashboard’s own JS within 30 KB gzip', () => {
    const dashboards = listFiles(outDir).filter((f) => /^[^/]+\/charts\/index\.html$/.test(f));
    expect(dashboards.length).toBeGreaterThan(0);
    for (const page of dashboards) {
      const weight = pageWeight(outDir, page);
      console.log(`${page}: gzip html ${weight.gzip.html} B, js ${weight.gzip.js} B, css ${weight.gzip.css} B`);
      expect(weight.files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(overBudget(weight, { html: Infinity, js: CHARTS_JS_BUDGET, css: Infinity })).toEqual([]);
    }
  });

  it('fails a page that exceeds a budget', () => {
    const weight = weights[0] as PageWeight;
    const tight: Weight = { html: weight.gzip.html - 1, js: weight.gzip.js, css: Math.max(0, weight.gzip.css - 1) };
    const over = overBudget(weight, tight);
    expect(over[0]).toMatch(/: html \d+ B gzip > budget \d+ B$/);
    expect(over.length).toBe(weight.gzip.css > 0 ? 2 : 1);
  });

  it('counts a page’s stylesheets and scripts (each file once)', () => {
    const weight = weights[0] as PageWeight;
    expect(weight.gzip.css).toBeGreaterThan(0);
    expect(new Set(weight.files).size).toBe(weight.files.length);
    for (const file of weight.files) expect(file).toMatch(/\.(?:css|js)$/);
  });

  it('refers to no other origin in any HTML, CSS or JS file', () => {
    expect(foreignReferences(outDir, `${SITE}/`)).toEqual([]);
  });

  it('ships no font files', () => {
    expect(listFiles(outDir).filter((f) => FONT_FILE.test(f))).toEqual([]);
  });
});
