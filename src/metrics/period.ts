/** Stage 3 of extraction: the period a metric is about, from `到2030年` or the part it sits in. */
import type { Paragraph, Part, PartKind } from '../model/types.ts';
import type { SentencePlace } from '../model/walk.ts';
import type { ExtractOptions } from './types.ts';

export function periodOf(context: SentencePlace, folded: string, at: number, options: ExtractOptions): string {
  const byYear = [...folded.slice(0, at).matchAll(/到(\d{4})年/g)].pop();
  if (byYear) return byYear[1] as string;
  return context.part ? PERIOD_OF_KIND[kindAt(context.part, context.paragraph)](options.year) : 'unknown';
}

const FIVE_YEAR_CUE = /五年来|过去五年|十[一二三四五六七八九]五.{0,2}时期/;

/**
 * What the text is reviewing where a paragraph sits: a year review's closing block often turns to
 * the five-year period (`各位代表！“十四五”时期……`, `五年来，……`); from that paragraph on, it reviews
 * the five years.
 */
function kindAt(part: Part, paragraph: Paragraph): PartKind {
  const at = part.closing.indexOf(paragraph);
  if (part.kind === 'year-review' && at >= 0 && part.closing.slice(0, at + 1).some((p) => FIVE_YEAR_CUE.test(p.text)))
    return 'five-year-review';
  return part.kind;
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
