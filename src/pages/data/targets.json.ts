/** `/data/targets.json`: every report's main targets for its year (src/metrics/library-targets.ts). */
import type { APIRoute } from 'astro';
import { libraryTargets } from '../../metrics/library-targets.ts';
import { getReports } from '../../site/reports.ts';

export const GET: APIRoute = () => {
  const sources = getReports().map((r) => ({ slug: r.slug, year: r.meta.year, targets: r.targets }));
  const body = { targets: libraryTargets(import.meta.env.BASE_URL, sources) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
