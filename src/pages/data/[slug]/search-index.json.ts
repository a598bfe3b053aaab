import type { APIRoute } from 'astro';
import { getReport, reportStaticPaths } from '../../../site/reports.ts';
import { reportSearchIndex } from '../../../search/report.ts';
import { serializeSearchIndex } from '../../../search/format.ts';

export { reportStaticPaths as getStaticPaths };

/** One compact, versioned index per report: a page loads only its own report's. */
export const GET: APIRoute = ({ params }) =>
  new Response(serializeSearchIndex(reportSearchIndex(getReport(params.slug as string))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
