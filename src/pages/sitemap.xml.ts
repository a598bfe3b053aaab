/**
 * `sitemap.xml`: every HTML page (home, about, each report's overview, reading pages, metrics and
 * keyword pages; not the 404 page) as an absolute URL under SITE and BASE, from the same lists the pages
 * are built from.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitePages, sitemapXml } from '../site/seo.ts';

export const GET: APIRoute = ({ site }) => {
  const urls = sitePages(import.meta.env.BASE_URL).map((page) => absoluteUrl(site, page.path));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
