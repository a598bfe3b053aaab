import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/metrics/extract.ts';
import { allParagraphs, parseReport } from '../../src/model/parse.ts';
import { paragraphRuns } from '../../src/site/markup.ts';
import { seedText } from './helpers.ts';

const model = parseReport(seedText());
const metrics = extractMetrics(model, { year: 2026 });
const paragraphs = model.parts.flatMap(allParagraphs);
const textOf = (runs: ReturnType<typeof paragraphRuns>) =>
  runs.map((r) => (r.kind === 'gap' ? r.text : r.pieces.map((p) => p.text).join(''))).join('');

describe('paragraphRuns', () => {
  it('keeps every character of every paragraph, in order', () => {
    for (const p of paragraphs) expect(textOf(paragraphRuns(p, metrics)), p.id).toBe(p.text);
  });

  it('marks each metric’s value exactly once, and the lead', () => {
    for (const p of paragraphs) {
      const runs = paragraphRuns(p, metrics);
      const pieces = runs.flatMap((r) => (r.kind === 'sentence' ? r.pieces : []));
      for (const m of metrics.filter((x) => x.paragraphId === p.id)) {
        const holding = pieces.filter((piece) => piece.metrics.includes(m));
        expect(holding.map((piece) => piece.text).join(''), m.id).toBe(m.displayValue);
      }
      expect(
        pieces
          .filter((piece) => piece.lead)
          .map((piece) => piece.text)
          .join(''),
        p.id,
      ).toBe(p.lead?.text ?? '');
    }
  });

  it('nests two metrics that share one number (先行村、重点村各50个)', () => {
    const p = paragraphs.find((x) => x.text.includes('各50个'));
    const pieces = paragraphRuns(p!, metrics).flatMap((r) => (r.kind === 'sentence' ? r.pieces : []));
    expect(pieces.find((piece) => piece.text === '50个')?.metrics.map((m) => m.subject)).toEqual([
      '年度先行村',
      '重点村',
    ]);
  });

  it('keeps padding between sentences as a gap', () => {
    const m = parseReport('2025年工作回顾\n增长7%。 第二句。\n');
    const p = m.parts[0]!.intro[0]!;
    const runs = paragraphRuns(p, extractMetrics(m, { year: 2026 }));
    expect(runs.map((r) => r.kind)).toEqual(['sentence', 'gap', 'sentence']);
    expect(textOf(runs)).toBe(p.text);
  });
});
