/** `/data/targets.json`: every report's main targets for its year (src/metrics/library-targets.ts). */
import type { APIRoute } from 'astro';
import { libraryTargets } from '../../metrics/library-targets.ts';
import { getReports } from '../../site/reports.ts';
import { targetSources } from '../../site/targets-view.ts';

export const GET: APIRoute = () => {
  const sources = targetSources(import.meta.env.BASE_URL, getReports());
  const body = { targets: libraryTargets(import.meta.env.BASE_URL, sources) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
