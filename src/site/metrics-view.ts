/**
 * The metrics table page as [slug]/metrics.astro places it: a row per metric with the reading page
 * that holds it, and the filter options (only the values present).
 */
import { RELATIONS, type Relation } from '../metrics/types.ts';
import { publishMetrics, sentencePage, type PublishedMetric } from '../metrics/publish.ts';
import { readingPages, type ReadingPage } from './pages.ts';
import { reportFrame } from './report-frame.ts';
import type { SiteReport } from './reports.ts';
import { dataPath, pagePath } from './urls.ts';

export interface MetricRow {
  metric: PublishedMetric;
  page: ReadingPage;
  pageHref: string;
  /** The metric's position in reading order, by which the table sorts back to the text's order. */
  order: number;
}

/** The table's columns: the key its sort button sorts by (src/client/metrics-table.ts) and the heading. */
export const METRIC_COLUMNS = [
  { key: 'subject', label: '指标' },
  { key: 'value', label: '数值' },
  { key: 'relation', label: '关系' },
  { key: 'period', label: '时期' },
  { key: 'kind', label: '类型' },
  { key: 'peer', label: '范围' },
  { key: 'text', label: '原文' },
  { key: 'section', label: '章节' },
] as const;

/** Each metric with its reading page; a metric on no page is a broken id, so it stops the build. */
export function metricRows(
  base: string,
  slug: string,
  pages: readonly ReadingPage[],
  metrics: readonly PublishedMetric[],
): MetricRow[] {
  // Metrics come in reading order (src/model/walk.ts): a part's closing block after its sections.
  return metrics.map((metric, order) => {
    const pageId = sentencePage(metric.sentenceId);
    const page = pages.find((p) => p.id === pageId);
    if (!page) throw new Error(`${slug}: metric ${metric.id} is on no reading page (${pageId})`);
    return { metric, page, pageHref: pagePath(base, slug, page.id), order };
  });
}

/** The periods present, in order (`2021-2025`, `2025`, `2026`), `unknown` last. */
export function periodOptions(metrics: readonly Pick<PublishedMetric, 'period'>[]): string[] {
  return [...new Set(metrics.map((m) => m.period))].sort((a, b) =>
    a === 'unknown' ? 1 : b === 'unknown' ? -1 : a.localeCompare(b),
  );
}

/** The relations present, in RELATIONS order. */
export function relationOptions(metrics: readonly Pick<PublishedMetric, 'relation'>[]): Relation[] {
  return RELATIONS.filter((r) => metrics.some((m) => m.relation === r));
}

/** The reading pages that hold a metric, in reading order. */
export function sectionOptions(pages: readonly ReadingPage[], rows: readonly MetricRow[]): ReadingPage[] {
  return pages.filter((p) => rows.some((r) => r.page.id === p.id));
}

export function metricsView(base: string, report: SiteReport) {
  const { slug, meta } = report;
  const metrics = publishMetrics(base, slug, report.metrics);
  const pages = readingPages(report.model);
  const rows = metricRows(base, slug, pages, metrics);
  return {
    frame: reportFrame(base, report, {
      kind: 'metrics',
      key: 'metrics',
      name: '指标一览',
      description: `${meta.title}中的 ${metrics.length} 项数字指标：数值、时期、原文出处。`,
      trail: [{ label: '指标一览' }],
    }),
    count: metrics.length,
    rows,
    periods: periodOptions(metrics),
    relations: relationOptions(metrics),
    sections: sectionOptions(pages, rows),
    jsonHref: dataPath(base, slug, 'metrics.json'),
    csvHref: dataPath(base, slug, 'metrics.csv'),
  };
}
