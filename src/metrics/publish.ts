/**
 * The open-data forms of a report's metrics: `data/<slug>/metrics.json` and
 * `data/<slug>/metrics.csv` (UTF-8 with BOM so spreadsheet programs read the Chinese right;
 * RFC 4180 quoting; CRLF line ends). Pure.
 */
import { pageIdOf } from '../model/ids.ts';
import type { Metric } from './types.ts';
import type { Target, Targets } from './targets.ts';
import { pagePath } from '../site/urls.ts';
import { csvDocument } from '../text/csv.ts';

/** Re-exported for tests/unit/metrics-data.test.ts; src/text/csv.ts owns it. */

export type PublishedMetric = Metric & { url: string; sentenceUrl: string };
export type PublishedTarget = Target & { url: string };

export function publishMetrics(base: string, slug: string, metrics: readonly Metric[]): PublishedMetric[] {
  return metrics.map((m) => {
    const page = pagePath(base, slug, sentencePage(m.sentenceId));
    return { ...m, url: `${page}#${m.id}`, sentenceUrl: `${page}#${m.sentenceId}` };
  });
}

export function publishTargets(
  base: string,
  slug: string,
  targets: Targets,
): { year: PublishedTarget[]; longTerm: PublishedTarget[]; planIndicators: Targets['planIndicators'] } {
  const link = (t: Target): PublishedTarget => ({
    ...t,
    url: `${pagePath(base, slug, sentencePage(t.sentenceId))}#${t.metricId ?? t.sentenceId}`,
  });
  return { year: targets.year.map(link), longTerm: targets.longTerm.map(link), planIndicators: targets.planIndicators };
}

/** The page a sentence is on, from its id: `plan-s1-p2-s3` → `plan-s1`, `review5-p2-s1` → `review5` (see ids.ts). */
export function sentencePage(sentenceId: string): string {
  return pageIdOf(sentenceId);
}

/** Columns of metrics.csv, in order (documented in the README). */
export const CSV_COLUMNS = [
  'id',
  'period',
  'kind',
  'relation',
  'subject',
  'value',
  'unit',
  'qualifier',
  'displayValue',
  'peerGroup',
  'text',
  'sentenceId',
  'sectionId',
  'partId',
  'start',
  'end',
  'url',
] as const satisfies readonly (keyof PublishedMetric)[];

/** metrics.csv: the columns above, the url absolute (src/text/csv.ts writes the CSV). */
export function metricsCsv(metrics: readonly PublishedMetric[], origin: string): string {
  return csvDocument(
    CSV_COLUMNS,
    metrics.map((m) => CSV_COLUMNS.map((c) => (c === 'url' ? new URL(m.url, origin).href : m[c]))),
  );
}
