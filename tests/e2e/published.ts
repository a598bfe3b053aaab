import { readFileSync, readdirSync } from 'node:fs';
import type { PublishedReport } from '../../src/site/publish.ts';
import type { PublishedMetric } from '../../src/site/metrics-data.ts';

/** The reports the built site publishes, read from `dist/data/<slug>/report.json`. */
export function publishedReports(): PublishedReport[] {
  return readdirSync('dist/data', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(`dist/data/${entry.name}/report.json`, 'utf8')) as PublishedReport);
}

/** Every node that has a url and a text of its own, as [url, text]. */
export function linkedTexts(report: PublishedReport): { url: string; text: string }[] {
  const out: { url: string; text: string }[] = [];
  const { sourceNote, title, bylines } = report.front;
  for (const line of [sourceNote, title, ...bylines]) if (line) out.push({ url: line.url, text: line.text });
  for (const part of report.parts) {
    if (part.heading) out.push({ url: part.url, text: part.heading.text });
    const paragraphs = [...part.intro, ...part.sections.flatMap((s) => s.paragraphs)];
    for (const section of part.sections) if (section.heading) out.push({ url: section.url, text: section.heading.text });
    for (const paragraph of paragraphs) {
      out.push({ url: paragraph.url, text: paragraph.text });
      for (const sentence of paragraph.sentences) out.push({ url: sentence.url, text: sentence.text });
    }
  }
  return out;
}

/** A report's metrics as published in `dist/data/<slug>/metrics.json`. */
export function publishedMetrics(slug: string): PublishedMetric[] {
  const body = JSON.parse(readFileSync(`dist/data/${slug}/metrics.json`, 'utf8')) as { metrics: PublishedMetric[] };
  return body.metrics;
}
