/**
 * Weight budgets over a fresh build (made by the test run, into a temporary folder, as
 * `npm run build` would: SITE and BASE unset; shared with links.test.ts), so `npx vitest run`
 * checks them without an earlier build and never reads a stale `dist/`, and `npm test` fails
 * before its e2e phase. Sizes are gzip bytes (node:zlib).
 *
 * - each section page's own HTML ≤ 60 KB, JS ≤ 10 KB, CSS ≤ 15 KB (see tests/support/budgets.ts
 *   for what "own" counts);
 * - no reference to another origin in any HTML, CSS or JS (only the canonical URL and og:url
 *   are absolute, under SITE + BASE);
 * - no font files (the site uses the reader's system fonts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild, type BuildResult } from '../support/build.ts';
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
const root = mkdtempSync(join(tmpdir(), 'report-explorer-budgets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the built site', () => {
  let outDir = '';
  let build: BuildResult;
  let sectionPages: string[] = [];
  let weights: PageWeight[] = [];

  beforeAll(async () => {
    // The same build links.test.ts checks (tests/support/build.ts: one build per run).
    ({ outDir, result: build } = await sharedBuild('default', { SITE: undefined, BASE: undefined }));
    if (build.status !== 0) return;
    const reports = listFiles(join(outDir, 'data'))
      .filter((f) => f.endsWith('/report.json'))
      .map((f) => JSON.parse(readFileSync(join(outDir, 'data', f), 'utf8')) as PublishedReport);
    sectionPages = reports.flatMap((r) =>
      r.parts.flatMap((p) => p.sections.map((s) => `${r.slug}/${s.id}/index.html`)),
    );
    weights = sectionPages.map((page) => pageWeight(outDir, page));
  }, 250_000);

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

describe('the foreign-reference check', () => {
  it('allows only the canonical URL and og:url under SITE + BASE, and finds the rest', () => {
    const dir = join(root, 'fixture');
    mkdirSync(join(dir, '_astro'), { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><link rel="canonical" href="https://example.org/sub/">' +
        '<meta property="og:url" content="https://example.org/sub/">' +
        '<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>' +
        '<script>fetch("https://api.example/v1")</script><style>body{background:url(//img.example/a.png)}</style></head>' +
        '<body><a href="https://elsewhere.example/">a</a><svg xmlns="http://www.w3.org/2000/svg"></svg>' +
        '<p style="background:url(https://img.example/b.png)"></p><p>https://in-text.example/ is only text</p></body></html>',
    );
    writeFileSync(
      join(dir, '_astro', 'a.js'),
      'document.createElementNS("http://www.w3.org/2000/svg","svg");import("https://esm.example/m.js");',
    );
    writeFileSync(join(dir, '_astro', 'a.css'), '@import "//fonts.example/f.css"; a{color:red}');
    const found = foreignReferences(dir, 'https://example.org/sub/');
    expect(found).toEqual([
      '_astro/a.css: @import "//fonts.example/f.css',
      '_astro/a.js: https://esm.example/m.js',
      'index.html: <link href="https://cdn.example/x.css">',
      'index.html: <script src="//cdn.example/x.js">',
      'index.html: <a href="https://elsewhere.example/">',
      'index.html: inline <script>: https://api.example/v1',
      'index.html: inline <style>: url(//img.example/a.png',
      'index.html: inline <style>: https://img.example/b.png',
    ]);
    expect(foreignReferences(dir, 'https://other.example/')).toContain(
      'index.html: <link href="https://example.org/sub/">',
    );
  });
});
