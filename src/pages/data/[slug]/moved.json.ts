import type { APIRoute } from 'astro';
import { movedUrls } from '../../../site/moved.ts';
import { getReport, reportStaticPaths } from '../../../site/reports.ts';

export { reportStaticPaths as getStaticPaths };

/** Old id → new URL, for links an earlier build published (src/model/moved.ts); `{}` when none moved. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(movedUrls(import.meta.env.BASE_URL, getReport(params.slug as string))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
