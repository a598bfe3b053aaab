import { readFileSync, readdirSync } from 'node:fs';
import type { PublishedReport } from '../../src/site/publish.ts';
import type { PublishedMetric } from '../../src/metrics/publish.ts';

/** The reports the built site publishes, read from `dist/data/<slug>/report.json`. */
export function publishedReports(): PublishedReport[] {
  return readdirSync('dist/data', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(`dist/data/${entry.name}/report.json`, 'utf8')) as PublishedReport);
}

/** A report's metrics as published in `dist/data/<slug>/metrics.json`. */
export function publishedMetrics(slug: string): PublishedMetric[] {
  const body = JSON.parse(readFileSync(`dist/data/${slug}/metrics.json`, 'utf8')) as { metrics: PublishedMetric[] };
  return body.metrics;
}
