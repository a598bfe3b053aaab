/**
 * `robots.txt`: everything may be crawled; points to the sitemap's absolute URL. (Crawlers read
 * robots.txt only at the origin's root: under a BASE sub-path this file documents the sitemap but
 * the host's own robots.txt is the one that counts.)
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, robotsTxt } from '../site/seo.ts';
import { withBase } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site, withBase(import.meta.env.BASE_URL, '/sitemap.xml'))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
