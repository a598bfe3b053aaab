/**
 * The site's one entry to report data at build time: every page asks here, so each report is
 * read, parsed and analysed once per build however many pages use it.
 */
import { type GlossaryMark, glossaryMarks } from '../model/glossary.ts';
import { loadReports, type LoadedReport } from '../model/load.ts';
import { extractMetrics } from '../metrics/extract.ts';
import type { Metric } from '../metrics/types.ts';
import { extractTargets, type Targets } from '../metrics/targets.ts';

export interface SiteReport extends LoadedReport {
  metrics: Metric[];
  targets: Targets;
  /** Each glossary term's first occurrence on each reading page. */
  glossary: GlossaryMark[];
}

let cached: SiteReport[] | undefined;

export function getReports(): SiteReport[] {
  cached ??= loadReports().map((report) => {
    const options = { year: report.meta.year };
    const metrics = extractMetrics(report.model, options);
    return {
      ...report,
      metrics,
      targets: extractTargets(report.model, metrics, options),
      glossary: glossaryMarks(report.model),
    };
  });
  return cached;
}

export function getReport(slug: string): SiteReport {
  const report = getReports().find((r) => r.slug === slug);
  if (!report) throw new Error(`unknown report “${slug}”`);
  return report;
}

/** `getStaticPaths` of every per-report page and data file: one path per report. */
export function reportStaticPaths(): { params: { slug: string } }[] {
  return getReports().map((r) => ({ params: { slug: r.slug } }));
}
