/**
 * The built site's links, share tags, sitemap and robots.txt, at the root and under a base path.
 * Builds the real site twice into temporary folders (never `dist/`): as `npm run build` does
 * (SITE and BASE unset; the build budgets.test.ts shares) and as a project page would be
 * (SITE=https://example.org, BASE=/reports/).
 * Every internal href/src in every HTML page must name a built file, and every #fragment an id in
 * that page (tests/support/links.ts, with parse5).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild, type BuildResult } from '../support/build.ts';
import { listFiles, parseFile } from '../support/html.ts';
import { checkLinks, formatProblems, servedPath } from '../support/links.ts';
import type { PublishedReport } from '../../src/site/publish.ts';
import { shortDescription } from '../../src/site/seo.ts';

const root = mkdtempSync(join(tmpdir(), 'report-explorer-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// `default` is shared with budgets.test.ts (one build per run).
const variants = [
  {
    name: 'built at the root (SITE and BASE unset)',
    dir: 'default',
    site: 'http://localhost:4321',
    base: '/',
    env: { SITE: undefined, BASE: undefined },
  },
  {
    name: 'built under a base path (SITE=https://example.org BASE=/reports/)',
    dir: 'base',
    site: 'https://example.org',
    base: '/reports/',
    env: { SITE: 'https://example.org', BASE: '/reports/' },
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
    let outDir = '';
    let build: BuildResult;
    let htmlFiles: string[] = [];

    beforeAll(async () => {
      ({ outDir, result: build } = await sharedBuild(variant.dir, variant.env));
      if (build.status === 0) htmlFiles = listFiles(outDir).filter((f) => f.endsWith('.html'));
    }, 250_000);

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

    it('lists every HTML page but the 404 page in sitemap.xml, as absolute URLs', () => {
      const locs = sitemapLocs(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'));
      const expected = htmlFiles
        .filter((f) => f !== '404.html')
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

describe('the link checker', () => {
  const site = join(root, 'fixture');
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), `<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  };

  it('finds missing files, missing ids, folders without a slash, paths outside the base and relative links on the 404 page', () => {
    write(
      'index.html',
      [
        '<a href="/sub/a/">ok</a>',
        '<a href="/sub/a/#here">ok, id</a>',
        '<a href="a/#here">ok, relative</a>',
        '<a href="#top-of-page">ok, own id</a><span id="top-of-page"></span>',
        '<a href="https://elsewhere.example/">external</a>',
        '<a href="mailto:x@example.org">skipped</a>',
        '<a href="/sub/missing/">missing file</a>',
        '<a href="/sub/a/#nowhere">missing id</a>',
        '<a href="/sub/a">folder without slash</a>',
        '<a href="/other/">outside base</a>',
        '<img src="/sub/img.png" srcset="/sub/img.png 1x, /sub/img2.png 2x" alt="">',
        '<a href="https://example.org/sub/a/#here">own origin, absolute</a>',
        '<template><a href="/sub/in-template/">missing, in a template</a></template>',
      ].join(''),
    );
    write(
      'a/index.html',
      '<p id="here">here</p><a href="../">up</a><a href="/sub/%E8%AF%8D/#%E5%A4%84">ok, percent-encoded path and id</a><a href="/sub/%E8%AF%8D%E8%AF%8D/">missing, percent-encoded</a>',
    );
    write('词/index.html', '<p id="处">here</p>');
    write('img.png', '');
    write(
      '404.html',
      '<a href="/sub/">ok</a><a href="a/">relative on 404</a><a href="#x">fragment</a><span id="x"></span>',
    );
    const result = checkLinks(site, { site: 'https://example.org', base: '/sub/' });
    expect(result.pages).toBe(4);
    const broken = result.broken.map((p) => `${p.page} ${p.reference.url}`).sort();
    expect(broken).toEqual([
      '404.html a/',
      'a/index.html /sub/%E8%AF%8D%E8%AF%8D/',
      'index.html /other/',
      'index.html /sub/a',
      'index.html /sub/a/#nowhere',
      'index.html /sub/img2.png',
      'index.html /sub/in-template/',
      'index.html /sub/missing/',
    ]);
    expect(result.external.map((p) => p.reference.url)).toEqual(['https://elsewhere.example/']);
    expect(servedPath('a/index.html', '/sub/')).toBe('/sub/a/');
    expect(servedPath('index.html', '/')).toBe('/');
  });
});
