/**
 * Last year's promises: a report's target for year N, and what the same government's report for
 * N+1 says happened (its review of year N). The outcome is the first figure of the review on the
 * same indicator (src/metrics/library-targets.ts `indicatorKey`), read the same way (growth with
 * growth, a count with a count) in the same unit; its verdict compares it with the target as the
 * target is meant: a floor (`增长5%左右`, `1200万人以上`) or a ceiling (`失业率5.5%左右`,
 * `涨幅3%左右`, `以内`).
 */
import type { Metric } from './types.ts';
import type { Target } from './targets.ts';
import { OTHER_INDICATORS, indicatorKey } from './library-targets.ts';

export type Verdict = 'met' | 'missed' | 'unclear' | 'not-reported';

export interface Outcome {
  /** The N+1 report's slug. */
  report: string;
  /** The figure as the review writes it, with the sentence it is in; null when not reported. */
  text: string | null;
  value: number | null;
  unit: string | null;
  metricId: string | null;
  verdict: Verdict;
}

export interface OutcomeSource {
  slug: string;
  place: string;
  level: string;
  year: number;
  metrics: readonly Metric[];
  targets: readonly Target[];
}

/** Indicators whose target is an upper bound: less is better. */
const CEILING = /失业率|居民消费价格|物价|CPI|能耗|排放|赤字率/;
/** How far under a `左右` floor (as a share of the target) still counts as met, and as unclear. */
const ABOUT_MET = 0.02;
const ABOUT_UNCLEAR = 0.06;

/** Met, missed or unclear: `actual` against the target's figure, as a floor or a ceiling. */
export function verdictOf(target: Pick<Target, 'qualifier' | 'indicator'>, goal: number, actual: number): Verdict {
  const ceiling = target.qualifier === '以内' || CEILING.test(target.indicator);
  const gap = ceiling ? actual - goal : goal - actual; // how far on the wrong side
  if (gap <= 0) return 'met';
  if (target.qualifier === '左右' || target.qualifier === '约') {
    const share = gap / Math.abs(goal || 1);
    if (share <= ABOUT_MET) return 'met';
    if (share <= ABOUT_UNCLEAR) return 'unclear';
  }
  return 'missed';
}

/** The figure the next report's review gives for a target, or null. */
function reported(target: Target, goalMetric: Metric | undefined, next: OutcomeSource): Metric | null {
  const key = indicatorKey(target.indicator);
  if (key === OTHER_INDICATORS) return null;
  return (
    next.metrics.find(
      (m) =>
        m.period === String(next.year - 1) &&
        indicatorKey(m.subject) === key &&
        (goalMetric === undefined || (m.relation === goalMetric.relation && m.unit === goalMetric.unit)),
    ) ?? null
  );
}

/** Where a target's outcome is kept: ids are unique within a report only. */
export const outcomeKey = (slug: string, targetId: string): string => `${slug}/${targetId}`;

/** Each target of a report that has a next one (same place and level, year + 1), by `outcomeKey`. */
export function targetOutcomes(sources: readonly OutcomeSource[]): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const source of sources) {
    const next = sources.find(
      (s) => s.place === source.place && s.level === source.level && s.year === source.year + 1,
    );
    if (!next) continue;
    for (const target of source.targets) {
      const goalMetric = source.metrics.find((m) => m.id === target.metricId);
      const found = reported(target, goalMetric, next);
      const numeric = goalMetric !== undefined;
      outcomes.set(outcomeKey(source.slug, target.id), {
        report: next.slug,
        text: found?.displayValue ?? null,
        value: found?.value ?? null,
        unit: found?.unit ?? null,
        metricId: found?.id ?? null,
        verdict: !found ? 'not-reported' : numeric ? verdictOf(target, goalMetric.value, found.value) : 'unclear',
      });
    }
  }
  return outcomes;
}
