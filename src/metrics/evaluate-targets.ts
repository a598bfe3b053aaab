/**
 * Scores the year's targets against the corpus gold (tests/fixtures/corpus/<slug>.json `targets`):
 * a target matches a gold one on the same line whose indicator or text it shares. Fields are
 * compared width-folded (`％` and `%` alike), as readers see them.
 */
import { foldWidth } from '../text/fold.ts';
import type { Target } from './targets.ts';

export interface GoldTarget {
  line: number;
  indicator: string;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
  relation: string;
  stretch: boolean;
}

export const TARGET_FIELDS = ['indicator', 'value', 'low', 'high', 'unit', 'qualifier', 'relation', 'stretch'] as const;
type Field = (typeof TARGET_FIELDS)[number];

export interface TargetScore {
  gold: number;
  extracted: number;
  matched: number;
  precision: number;
  recall: number;
  missed: GoldTarget[];
  spurious: Target[];
  /** Matched pairs whose field differs. */
  mismatches: { field: Field; gold: GoldTarget; target: Target }[];
}

const norm = (value: unknown) => (typeof value === 'string' ? foldWidth(value).trim() : value);

/** `lineOf(target)` gives the target's 1-based line in the text. */
export function scoreTargets(
  targets: readonly Target[],
  gold: readonly GoldTarget[],
  lineOf: (t: Target) => number,
): TargetScore {
  const free = new Set(targets);
  const pairs: { gold: GoldTarget; target: Target }[] = [];
  const missed: GoldTarget[] = [];
  for (const g of gold) {
    const target = [...free].find(
      (t) =>
        lineOf(t) === g.line &&
        (norm(t.indicator) === norm(g.indicator) ||
          norm(t.text) === norm(g.text) ||
          norm(g.text) === norm(t.indicator)),
    );
    if (target) {
      free.delete(target);
      pairs.push({ gold: g, target });
    } else missed.push(g);
  }
  const mismatches = pairs.flatMap(({ gold: g, target }) =>
    TARGET_FIELDS.filter((field) => norm(g[field]) !== norm(target[field])).map((field) => ({
      field,
      gold: g,
      target,
    })),
  );
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    gold: gold.length,
    extracted: targets.length,
    matched: pairs.length,
    precision: ratio(pairs.length, targets.length),
    recall: ratio(pairs.length, gold.length),
    missed,
    spurious: [...free],
    mismatches,
  };
}
