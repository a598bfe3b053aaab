import type { APIRoute } from 'astro';
import { getReport, getReports } from '../../../site/reports.ts';
import { publishReport } from '../../../site/publish.ts';

export function getStaticPaths() {
  return getReports().map((r) => ({ params: { slug: r.slug } }));
}

export const GET: APIRoute = ({ params }) => {
  const report = getReport(params.slug as string);
  const body = JSON.stringify(publishReport(report.slug, report.meta, report.model, import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
