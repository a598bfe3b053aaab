import type { APIRoute } from 'astro';
import { getReport, reportStaticPaths } from '../../../site/reports.ts';
import { publishMetrics } from '../../../metrics/publish.ts';

export { reportStaticPaths as getStaticPaths };

export const GET: APIRoute = ({ params }) => {
  const report = getReport(params.slug as string);
  const body = {
    format: 'report-explorer/metrics',
    version: 1,
    slug: report.slug,
    title: report.meta.title,
    year: report.meta.year,
    count: report.metrics.length,
    metrics: publishMetrics(import.meta.env.BASE_URL, report.slug, report.metrics),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
