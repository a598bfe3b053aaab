import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/metrics/extract.ts';
import { parseReport } from '../../src/model/parse.ts';
import { CSV_COLUMNS, metricsCsv, publishMetrics, sentencePage } from '../../src/metrics/publish.ts';
import { seedText } from './helpers.ts';
import { parseCsv } from '../support/csv.ts';

describe('metrics.csv', () => {
  const metrics = publishMetrics('/', 'chengdu-2026', extractMetrics(parseReport(seedText()), { year: 2026 }));
  const csv = metricsCsv(metrics, 'https://example.org/');

  it('starts with a BOM and a header, then one row per metric', () => {
    expect(csv.startsWith('\ufeffid,period,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(metrics.length);
    for (const row of rows) expect(row.length).toBe(CSV_COLUMNS.length);
  });

  it('round-trips the Chinese text and values exactly', () => {
    const rows = parseCsv(csv.slice(1)).slice(1);
    rows.forEach((row, i) => {
      const m = metrics[i]!;
      expect(row[CSV_COLUMNS.indexOf('subject')]).toBe(m.subject);
      expect(row[CSV_COLUMNS.indexOf('text')]).toBe(m.text);
      expect(Number(row[CSV_COLUMNS.indexOf('value')])).toBe(m.value);
      expect(row[CSV_COLUMNS.indexOf('url')]).toBe(`https://example.org${m.url}`);
    });
  });
});

describe('urls', () => {
  it('a metric links to its sentence’s page and its own anchor', () => {
    expect(sentencePage('plan-s1-p2-s3')).toBe('plan-s1');
    expect(sentencePage('review-c4-s1')).toBe('review');
    expect(sentencePage('review5-p2-s1')).toBe('review5');
    const [m] = publishMetrics('/sub/', 'x', extractMetrics(parseReport('2025年工作回顾\n增长7%。\n'), { year: 2026 }));
    expect(m?.url).toBe('/sub/x/review/#review-p1-s1-m1');
  });
});
