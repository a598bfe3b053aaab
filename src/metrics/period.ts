/** Stage 3 of extraction: the period a metric is about, from `到2030年` or the part it sits in. */
import type { PartKind } from '../model/types.ts';
import type { SentencePlace } from '../model/walk.ts';
import type { ExtractOptions } from './types.ts';

export function periodOf(context: SentencePlace, folded: string, at: number, options: ExtractOptions): string {
  const byYear = [...folded.slice(0, at).matchAll(/到(\d{4})年/g)].pop();
  if (byYear) return byYear[1] as string;
  return context.part ? PERIOD_OF_KIND[context.part.kind](options.year) : 'unknown';
}

export const PERIOD_OF_KIND: Record<PartKind, (year: number) => string> = {
  'year-review': (year) => String(year - 1),
  'five-year-review': (year) => `${year - 5}-${year - 1}`,
  'five-year-plan': (year) => `${year}-${year + 4}`,
  'year-plan': (year) => String(year),
  'government-self': (year) => String(year),
  other: () => 'unknown',
};

export function isTargetPeriod(period: string, year: number): boolean {
  const first = Number(period.slice(0, 4));
  return Number.isFinite(first) && first >= year;
}
