/**
 * The site's one entry to report data at build time: every page asks here, so each report is
 * read and parsed once per build however many pages use it.
 */
import { loadReports, type LoadedReport } from '../report/load.ts';

let cached: LoadedReport[] | undefined;

export function getReports(): LoadedReport[] {
  cached ??= loadReports();
  return cached;
}

export function getReport(slug: string): LoadedReport {
  const report = getReports().find((r) => r.slug === slug);
  if (!report) throw new Error(`unknown report “${slug}”`);
  return report;
}
