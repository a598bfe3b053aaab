import type { APIRoute } from 'astro';
import { getReport, getReports } from '../../../../site/reports.ts';
import { CHART_IDS, reportChart, type ChartId } from '../../../../charts/dashboard.ts';
import { renderSvg } from '../../../../charts/scene.ts';
import { STANDALONE_CSS } from '../../../../charts/standalone.ts';

export function getStaticPaths() {
  return getReports().flatMap((r) => CHART_IDS.map((chart) => ({ params: { slug: r.slug, chart } })));
}

/** The chart as a standalone SVG file: light colours inlined, links absolute. Empty charts give an SVG saying 无数据. */
export const GET: APIRoute = ({ params, site }) => {
  const slug = params.slug as string;
  const chart = reportChart(import.meta.env.BASE_URL, slug, params.chart as ChartId);
  const origin = String(site ?? 'http://localhost/');
  const title = `${chart.title} · ${getReport(slug).meta.title}`;
  const svg =
    chart.scene.empty === null
      ? renderSvg(chart.scene, {
          chartId: chart.id,
          href: (h) => new URL(h, origin).href,
          standalone: { title, css: STANDALONE_CSS },
        })
      : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40" role="img" aria-label="无数据"><text x="100" y="24" text-anchor="middle">无数据</text></svg>`;
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
