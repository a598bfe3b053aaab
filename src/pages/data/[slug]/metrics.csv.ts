import type { APIRoute } from 'astro';
import { getReport, reportStaticPaths } from '../../../site/reports.ts';
import { metricsCsv, publishMetrics } from '../../../metrics/publish.ts';

export { reportStaticPaths as getStaticPaths };

export const GET: APIRoute = ({ params, site }) => {
  const report = getReport(params.slug as string);
  const csv = metricsCsv(
    publishMetrics(import.meta.env.BASE_URL, report.slug, report.metrics),
    String(site ?? 'http://localhost/'),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
