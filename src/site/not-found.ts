/**
 * What the 404 page needs at build time: each report's overview and reading pages, which its
 * script (src/client/not-found.ts) reads to offer the page an old link's `#id` is on now.
 */
import type { ReportPagesData } from '../client/not-found.ts';
import { readingPages } from './pages.ts';
import type { SiteReport } from './reports.ts';
import { pagePath, reportPath } from './urls.ts';

export function notFoundData(base: string, reports: readonly SiteReport[]): ReportPagesData[] {
  return reports.map((r) => ({
    slug: r.slug,
    title: r.meta.title,
    overview: reportPath(base, r.slug),
    pages: readingPages(r.model).map((p) => ({ id: p.id, label: p.label })),
  }));
}

/** The data as the page embeds it: JSON in a <script type="application/json">, `<` escaped so no text closes it. */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The links the page offers when it knows no `#id`: each report's overview and metrics table. */
export function reportLinks(base: string, reports: readonly SiteReport[]) {
  return reports.map((r) => ({
    title: r.meta.title,
    overview: reportPath(base, r.slug),
    metrics: pagePath(base, r.slug, 'metrics'),
  }));
}
