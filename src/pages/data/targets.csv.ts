/** `/data/targets.csv`: targets.json as a table, one row per target. */
import type { APIRoute } from 'astro';
import { libraryTargets, targetsCsv } from '../../metrics/library-targets.ts';
import { getReports } from '../../site/reports.ts';
import { targetSources } from '../../site/targets-view.ts';

export const GET: APIRoute = ({ site }) => {
  const sources = targetSources(import.meta.env.BASE_URL, getReports());
  const csv = targetsCsv(libraryTargets(import.meta.env.BASE_URL, sources), String(site ?? 'http://localhost/'));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
