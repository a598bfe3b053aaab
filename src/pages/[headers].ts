/**
 * `_headers` at the root of the output: security headers and caching for static hosts that read
 * it (Netlify, Cloudflare Pages). Generated rather than kept in public/ so that every path carries
 * BASE (the file's paths are from the deploy root) and every report's folder is listed. A file
 * whose name starts with `_` is not a route in src/pages, hence the one-value dynamic route.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../site/reports.ts';
import { headersFile } from '../site/security.ts';
import { staticPagePaths } from '../site/seo.ts';

export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(
    headersFile(
      import.meta.env.BASE_URL,
      getReports().map((r) => r.slug),
      staticPagePaths(),
    ),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
