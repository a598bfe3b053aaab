import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  robotsTxt,
  shortDescription,
  sitemapXml,
  sitePages,
  staticPagePaths,
} from '../../src/site/seo.ts';

describe('shortDescription', () => {
  it('keeps a short text, whitespace collapsed', () => {
    expect(shortDescription('  重大改革\n积厚成势。 ')).toBe('重大改革 积厚成势。');
  });

  it('cuts a long text at the last clause mark before the limit and marks the cut', () => {
    const text = `${'甲'.repeat(70)}，${'乙'.repeat(40)}，${'丙'.repeat(40)}。`;
    expect(shortDescription(text)).toBe(`${'甲'.repeat(70)}，${'乙'.repeat(40)}…`);
    expect([...shortDescription(text)].length).toBeLessThanOrEqual(121);
  });

  it('cuts at the limit when no clause mark is near it', () => {
    expect(shortDescription('字'.repeat(300))).toBe(`${'字'.repeat(120)}…`);
  });
});

describe('absolute URLs, sitemap and robots.txt', () => {
  it('joins SITE and a path that holds BASE', () => {
    expect(absoluteUrl(new URL('https://example.org'), '/reports/a/')).toBe('https://example.org/reports/a/');
    expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
  });

  it('writes a sitemap with escaped locations', () => {
    const xml = sitemapXml(['https://example.org/a/', 'https://example.org/?a=1&b=2']);
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    expect(xml).toContain('<url><loc>https://example.org/a/</loc></url>');
    expect(xml).toContain('<loc>https://example.org/?a=1&amp;b=2</loc>');
  });

  it('points robots.txt to the sitemap', () => {
    expect(robotsTxt('https://example.org/reports/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/reports/sitemap.xml\n',
    );
  });

  it('lists home, about and every report page under the base, each once', () => {
    const pages = sitePages('/reports/').map((p) => p.path);
    expect(pages.slice(0, 2)).toEqual(['/reports/', '/reports/about/']);
    expect(pages).toContain('/reports/chengdu-2026/');
    expect(pages).toContain('/reports/chengdu-2026/metrics/');
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toContain('/reports/chengdu-2026/keywords/');
    expect(pages).toContain(`/reports/chengdu-2026/keywords/${encodeURIComponent('智慧蓉城')}/`);
    // ASCII segments, or a keyword percent-encoded.
    for (const path of pages) expect(path).toMatch(/^\/reports\/(?:(?:[a-z0-9-]+|(?:%[0-9A-F]{2})+)\/)*$/);
  });
});

describe('staticPagePaths', () => {
  it('maps page files without parameters to their paths, leaving out 404, dynamic and _private files', () => {
    const files = [
      '../pages/index.astro',
      '../pages/about.astro',
      '../pages/search/index.astro',
      '../pages/404.astro',
      '../pages/[slug]/index.astro',
      '../pages/_draft.astro',
      '../pages/notes.md',
    ];
    expect(staticPagePaths(files)).toEqual(['/', '/about/', '/notes/', '/search/']);
  });

  it('finds the real home and about pages', () => {
    expect(staticPagePaths()).toEqual(expect.arrayContaining(['/', '/about/']));
  });
});
