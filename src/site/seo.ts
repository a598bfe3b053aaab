/**
 * Discovery helpers: the site's name, absolute self-URLs (SITE + a path that already holds BASE),
 * share-preview descriptions, and the list of every HTML page for sitemap.xml.
 */
import { getReports } from './reports.ts';
import { reportPages } from './registry.ts';
import { withBase } from './urls.ts';
import { escapeXml } from '../text/xml.ts';

export const SITE_NAME = '报告阅读器 Report Explorer';

/** The fallback when Astro has no `site` (the config always sets one). */
const FALLBACK_ORIGIN = 'http://localhost:4321/';

/** An absolute URL for a path that already includes the base (as every `withBase` path does). */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return new URL(path, site ?? FALLBACK_ORIGIN).href;
}

/**
 * A description short enough for a search result or a share card: whitespace collapsed, and a
 * text longer than `max` characters cut at the last clause mark before `max` (or at `max`) with “…”.
 */
export function shortDescription(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= max) return flat;
  const chars = [...flat].slice(0, max);
  const head = chars.join('');
  const cut = Math.max(...['。', '；', ';', '，', ',', '、', '：', ':'].map((mark) => head.lastIndexOf(mark)));
  const kept = cut >= max / 2 ? head.slice(0, cut) : head;
  return `${kept.replace(/[，,、：:；;\s]+$/, '')}…`;
}

/** A page of the site as the sitemap lists it. */
export interface SitePage {
  /** The path, base included, ending in `/`. */
  path: string;
}

/**
 * The pages without route parameters, from the files in src/pages (Vite's import.meta.glob, keys
 * only: nothing is loaded): `index.astro` → `/`, `about.astro` → `/about/`, `search/index.astro`
 * → `/search/`. So a new page such as /search/ is in the sitemap without a change here.
 */
export function staticPagePaths(
  files: readonly string[] = Object.keys(import.meta.glob('../pages/**/*.{astro,md,mdx,html}')),
): string[] {
  return files
    .map((file) => file.replace(/^.*?\/pages\//, ''))
    .filter((route) => !route.includes('[') && !/(?:^|\/)_/.test(route) && !/^404\.\w+$/.test(route))
    .map((route) => `/${route.replace(/\.\w+$/, '').replace(/(?:^|\/)index$/, '')}/`.replace(/\/+/g, '/'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

/**
 * Every HTML page the site builds, except the 404 page: the static pages (home, about, …) and each
 * report's pages (src/site/registry.ts).
 */
export function sitePages(base: string): SitePage[] {
  return [
    ...staticPagePaths().map((path) => ({ path: withBase(base, path) })),
    ...getReports().flatMap((report) =>
      reportPages(report, base)
        .filter((page) => !page.unlisted)
        .map(({ path }) => ({ path })),
    ),
  ];
}

export function sitemapXml(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(sitemapUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
