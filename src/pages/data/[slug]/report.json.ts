import type { APIRoute } from 'astro';
import { getReport, reportStaticPaths } from '../../../site/reports.ts';
import { publishReport } from '../../../site/publish.ts';
import { publishTargets } from '../../../metrics/publish.ts';

export { reportStaticPaths as getStaticPaths };

export const GET: APIRoute = ({ params }) => {
  const report = getReport(params.slug as string);
  const base = import.meta.env.BASE_URL;
  const body = JSON.stringify({
    ...publishReport(report.slug, report.meta, report.model, base),
    targets: publishTargets(base, report.slug, report.targets),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
