import type { APIRoute } from 'astro';
import { getReports } from '../../../../site/reports.ts';
import { CHART_IDS, chartCsv, reportChart, type ChartId } from '../../../../charts/dashboard.ts';

export function getStaticPaths() {
  return getReports().flatMap((r) => CHART_IDS.map((chart) => ({ params: { slug: r.slug, chart } })));
}

export const GET: APIRoute = ({ params, site }) => {
  const chart = reportChart(import.meta.env.BASE_URL, params.slug as string, params.chart as ChartId);
  return new Response(chartCsv(chart, String(site ?? 'http://localhost/')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
