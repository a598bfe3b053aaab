import type { APIRoute } from 'astro';
import { getReport, getReports } from '../../../site/reports.ts';
import { reportSearchIndex } from '../../../site/search.ts';

export function getStaticPaths() {
  return getReports().map((r) => ({ params: { slug: r.slug } }));
}

/** One compact, versioned index per report: a page loads only its own report's. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(reportSearchIndex(getReport(params.slug as string))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
