import type { Metric } from '../metrics/extract.ts';
import type { Paragraph } from '../model/types.ts';

/**
 * A paragraph's text cut into runs for rendering: padding between sentences, and within each
 * sentence the pieces inside or outside its lead and its metrics' value spans. Joined, the
 * runs' texts are the paragraph's text exactly (what the site shows is what the file says).
 */
export type Run = { kind: 'gap'; text: string } | { kind: 'sentence'; id: string; pieces: Piece[] };

export interface Piece {
  text: string;
  lead: boolean;
  /** Metrics whose value span holds this piece (two for `先行村、重点村各50个`). */
  metrics: Metric[];
}

export function paragraphRuns(paragraph: Paragraph, metrics: readonly Metric[]): Run[] {
  const runs: Run[] = [];
  const base = paragraph.source.start;
  let at = base;
  for (const [index, sentence] of paragraph.sentences.entries()) {
    if (sentence.source.start > at)
      runs.push({ kind: 'gap', text: paragraph.text.slice(at - base, sentence.source.start - base) });
    const leadEnd = index === 0 && paragraph.lead ? paragraph.lead.source.end : sentence.source.start;
    const own = metrics.filter((m) => m.sentenceId === sentence.id);
    const cuts = new Set([sentence.source.start, sentence.source.end, leadEnd]);
    for (const m of own) cuts.add(m.valueStart).add(m.valueEnd);
    const points = [...cuts]
      .filter((c) => c >= sentence.source.start && c <= sentence.source.end)
      .sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      pieces.push({
        text: paragraph.text.slice(from - base, to - base),
        lead: to <= leadEnd,
        metrics: own.filter((m) => m.valueStart <= from && m.valueEnd >= to),
      });
    }
    runs.push({ kind: 'sentence', id: sentence.id, pieces });
    at = sentence.source.end;
  }
  if (at < paragraph.source.end) runs.push({ kind: 'gap', text: paragraph.text.slice(at - base) });
  return runs;
}
