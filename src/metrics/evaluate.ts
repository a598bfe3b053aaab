/**
 * Scores extracted metrics against a hand annotation: a metric matches a gold one in the same
 * sentence with the same value and unit. Pure; used by the unit tests and `npm run metrics:score`.
 */
import type { Metric } from './types.ts';

export interface GoldMetric {
  sentenceId: string;
  text: string;
  subject: string;
  value: number;
  unit: string;
  displayValue: string;
  relation: string;
  qualifier: string | null;
  period: string;
  kind: string;
  peerGroup: string | null;
  uncertain?: boolean;
  note?: string;
}

export interface Score {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  /** Accuracy of each field over the matched pairs. */
  accuracy: Record<'relation' | 'qualifier' | 'period' | 'kind' | 'peerGroup', number>;
  missed: GoldMetric[];
  spurious: Metric[];
  mismatches: { field: string; gold: GoldMetric; metric: Metric }[];
}

const key = (sentenceId: string, value: number, unit: string) =>
  `${sentenceId}|${Number(value.toPrecision(12))}|${unit}`;

export function scoreMetrics(metrics: readonly Metric[], gold: readonly GoldMetric[]): Score {
  const pool = new Map<string, GoldMetric[]>();
  for (const g of gold)
    pool.set(key(g.sentenceId, g.value, g.unit), [...(pool.get(key(g.sentenceId, g.value, g.unit)) ?? []), g]);
  const pairs: [GoldMetric, Metric][] = [];
  const spurious: Metric[] = [];
  for (const metric of metrics) {
    const candidates = pool.get(key(metric.sentenceId, metric.value, metric.unit));
    const match = candidates?.shift();
    if (match) pairs.push([match, metric]);
    else spurious.push(metric);
  }
  const missed = [...pool.values()].flat();
  const fields = ['relation', 'qualifier', 'period', 'kind', 'peerGroup'] as const;
  const mismatches: Score['mismatches'] = [];
  const accuracy = Object.fromEntries(
    fields.map((field) => {
      const right = pairs.filter(([g, m]) => {
        const same = (g[field] ?? null) === (m[field] ?? null);
        if (!same) mismatches.push({ field, gold: g, metric: m });
        return same;
      }).length;
      return [field, pairs.length === 0 ? 1 : right / pairs.length];
    }),
  ) as Score['accuracy'];
  return {
    gold: gold.length,
    extracted: metrics.length,
    matched: pairs.length,
    precision: metrics.length === 0 ? 1 : pairs.length / metrics.length,
    recall: gold.length === 0 ? 1 : pairs.length / gold.length,
    accuracy,
    missed,
    spurious,
    mismatches,
  };
}
