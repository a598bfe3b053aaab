/**
 * The built site's links, share tags, sitemap and robots.txt, at the root and under a base path.
 * Checks two builds (tests/build/scenarios.ts; never `dist/`): as `npm run build` does (SITE and
 * BASE unset) and as a project page would be (SITE=https://example.org, BASE=/reports/).
 * Every internal href/src in every HTML page must name a built file, and every #fragment an id in
 * that page (tests/support/links.ts, with parse5; tested in tests/unit/site-checks.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { BASE_SITE } from './scenarios.ts';
import { siteBuild } from './built.ts';
import { listFiles, parseFile } from '../support/html.ts';
import { checkLinks, formatProblems, servedPath } from '../support/links.ts';
import type { PublishedReport } from '../../src/site/publish.ts';
import { shortDescription } from '../../src/site/seo.ts';

const variants = [
  { name: 'built at the root (SITE and BASE unset)', scenario: 'default', site: 'http://localhost:4321', base: '/' },
  {
    name: `built under a base path (SITE=${BASE_SITE.site} BASE=${BASE_SITE.base})`,
    scenario: 'base',
    site: BASE_SITE.site,
    base: BASE_SITE.base,
  },
] as const;

/** The <loc>s of a sitemap (parse5 reads the XML as unknown elements, which is enough here). */
function sitemapLocs(xml: string): string[] {
  const locs: string[] = [];
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if ('tagName' in node && node.tagName === 'loc')
      locs.push(
        node.childNodes
          .map((c) => ('value' in c ? c.value : ''))
          .join('')
          .trim(),
      );
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(xml));
  return locs;
}

for (const variant of variants) {
  describe(`the site ${variant.name}`, () => {
    const self = `${variant.site}${variant.base}`;
    const build = siteBuild(variant.scenario);
    const { outDir } = build;
    const htmlFiles = build.status === 0 ? listFiles(outDir).filter((f) => f.endsWith('.html')) : [];

    it('builds', () => expect(build.status, build.stderr).toBe(0));

    it('has no broken internal link, resource or #fragment in any page', () => {
      const result = checkLinks(outDir, { site: variant.site, base: variant.base });
      console.log(
        `links (${variant.base}): ${result.pages} pages, ${result.checked} internal links and #fragments checked, ${result.broken.length} broken`,
      );
      expect(result.pages).toBe(htmlFiles.length);
      expect(result.pages).toBeGreaterThan(5);
      expect(result.checked).toBeGreaterThan(100);
      expect(formatProblems(result.broken)).toBe('');
      expect(formatProblems(result.external)).toBe('');
    });

    it('gives every page a canonical URL and share tags under SITE and BASE; the 404 page is noindex', () => {
      for (const file of htmlFiles) {
        const page = parseFile(join(outDir, file));
        const meta = (key: string) => page.meta.get(key);
        expect(page.title, file).not.toBe('');
        expect(meta('og:title'), file).toBe(page.title);
        expect(meta('twitter:title'), file).toBe(page.title);
        expect(meta('og:site_name'), file).toBe('报告阅读器 Report Explorer');
        expect(meta('og:locale'), file).toBe('zh_CN');
        expect(meta('twitter:card'), file).toBe('summary');
        expect(['website', 'article'], file).toContain(meta('og:type'));
        if (file === '404.html') {
          expect(meta('robots')).toBe('noindex');
          expect(page.links.has('canonical')).toBe(false);
          expect(meta('og:url')).toBeUndefined();
          continue;
        }
        // Percent-encoded, as URLs are: a keyword page is built as keywords/成渝/index.html.
        const canonical = new URL(servedPath(file, variant.base), variant.site).href;
        expect(page.links.get('canonical'), file).toBe(canonical);
        expect(meta('og:url'), file).toBe(canonical);
        const description = meta('description');
        expect(description, `${file}: description`).toBeTruthy();
        expect([...(description ?? '')].length, file).toBeLessThanOrEqual(121);
        expect(meta('og:description'), file).toBe(description);
        expect(meta('twitter:description'), file).toBe(description);
      }
    });

    it('describes a section page by its first sentence, a report page as an article', () => {
      const slug = listFiles(join(outDir, 'data'))
        .find((f) => f.endsWith('/report.json'))
        ?.split('/')[0] as string;
      const report = JSON.parse(readFileSync(join(outDir, 'data', slug, 'report.json'), 'utf8')) as PublishedReport;
      const section = report.parts.flatMap((p) => p.sections).find((s) => s.paragraphs.length > 0);
      expect(section).toBeDefined();
      if (!section) return;
      const page = parseFile(join(outDir, slug, section.id, 'index.html'));
      expect(page.meta.get('description')).toBe(shortDescription(section.paragraphs[0]?.sentences[0]?.text ?? ''));
      expect(page.meta.get('og:type')).toBe('article');
      expect(parseFile(join(outDir, 'index.html')).meta.get('og:type')).toBe('website');
    });

    it('lists every HTML page but the 404 page and moved pages in sitemap.xml, as absolute URLs', () => {
      const locs = sitemapLocs(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'));
      // A moved page (an old reading page's URL, src/site/moved.ts) only sends readers on.
      const moved = htmlFiles.filter((f) => readFileSync(join(outDir, f), 'utf8').includes('data-moved-target'));
      expect(moved.length).toBeGreaterThan(0);
      const expected = htmlFiles
        .filter((f) => f !== '404.html' && !moved.includes(f))
        .map((f) => new URL(servedPath(f, variant.base), variant.site).href);
      expect([...locs].sort()).toEqual([...expected].sort());
      expect(new Set(locs).size).toBe(locs.length);
      expect(locs).toContain(self);
      expect(locs).toContain(`${self}about/`);
    });

    it('points robots.txt to the sitemap', () => {
      const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8');
      expect(robots).toMatch(/^User-agent: \*$/m);
      expect(robots).toContain(`\nSitemap: ${self}sitemap.xml\n`);
    });

    it('links the about page from the home page and every report from the 404 page', () => {
      const home = parseFile(join(outDir, 'index.html'));
      expect(home.references.map((r) => r.url)).toContain(`${variant.base}about/`);
      const notFound = parseFile(join(outDir, '404.html'));
      const hrefs = notFound.references.filter((r) => r.element === 'a').map((r) => r.url);
      expect(hrefs).toContain(variant.base);
      const slugs = listFiles(join(outDir, 'data'))
        .filter((f) => f.endsWith('/report.json'))
        .map((f) => f.split('/')[0] as string);
      expect(slugs.length).toBeGreaterThan(0);
      for (const slug of slugs) expect(hrefs, slug).toContain(`${variant.base}${slug}/`);
      expect(hrefs).toContain(`${variant.base}about/`);
    });
  });
}
