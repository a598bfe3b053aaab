/**
 * Targets: the year's main expected targets (`今年……主要预期目标是:……`), including those
 * without a number (`进出口总额保持规模稳定`), the long-term goals (`到2030年……`), and the
 * plan's indicator counts (`六个大类28项主要指标,其中约束性指标8项、预期性指标20项`). Each
 * numeric target is the metric it comes from; where the text gives last year's figure for the
 * same indicator, the two are linked.
 */
import type { Metric, Qualifier, Relation } from './types.ts';
import type { ReportModel, Sentence } from '../model/types.ts';
import { foldWidth } from '../text/fold.ts';
import { readChineseNumeral } from '../text/numerals.ts';
import { sentences } from '../model/walk.ts';

export interface Target {
  /** `<sentence id>-t<n>`. */
  id: string;
  sentenceId: string;
  /** `2026` for the year's targets, `2030` for long-term goals. */
  period: string;
  /** What the target is about: `地区生产总值`, or the whole clause when it has no number. */
  indicator: string;
  /** The clause as written: `地区生产总值增长5.5%左右`, `进出口总额保持规模稳定`. */
  text: string;
  start: number;
  end: number;
  value: number | null;
  unit: string | null;
  displayValue: string | null;
  relation: Relation | null;
  qualifier: Qualifier | null;
  /** The metric this target is, when it has a number. */
  metricId: string | null;
  /** Last year's figure for the same indicator, when the text gives one. */
  baseline: { metricId: string; value: number; unit: string; displayValue: string; period: string } | null;
}

export interface PlanIndicators {
  sentenceId: string;
  categories: number | null;
  indicators: number | null;
  binding: number | null;
  expected: number | null;
}

export interface Targets {
  year: Target[];
  longTerm: Target[];
  planIndicators: PlanIndicators | null;
}

const YEAR_TARGETS = /主要预期目标(是|为)?[:：]/;
const LONG_TERM = /到(\d{4})年/g;

export function extractTargets(model: ReportModel, metrics: readonly Metric[], options: { year: number }): Targets {
  const all = [...sentences(model)].map((place) => place.sentence);
  const bySentence = new Map<string, Metric[]>();
  for (const metric of metrics)
    bySentence.set(metric.sentenceId, [...(bySentence.get(metric.sentenceId) ?? []), metric]);
  const year: Target[] = [];
  const longTerm: Target[] = [];
  let planIndicators: PlanIndicators | null = null;

  for (const sentence of all) {
    const folded = foldWidth(sentence.text);
    const inSentence = bySentence.get(sentence.id) ?? [];
    const opening = YEAR_TARGETS.exec(folded);
    if (opening && year.length === 0) {
      year.push(...clauseTargets(sentence, opening.index + opening[0].length, inSentence, String(options.year)));
    }
    for (const match of folded.matchAll(LONG_TERM)) {
      const goalYear = Number(match[1]);
      if (goalYear <= options.year) continue;
      const clauseEnd = endOfClause(folded, match.index + match[0].length);
      const numeric = inSentence.filter(
        (m) =>
          m.period === match[1] &&
          m.start - sentence.source.start >= match.index &&
          m.start - sentence.source.start < clauseEnd + 40,
      );
      if (numeric.length > 0) {
        for (const metric of numeric)
          if (!longTerm.some((t) => t.metricId === metric.id))
            longTerm.push(fromMetric(sentence, metric, longTerm.length + year.length));
      } else {
        longTerm.push(
          wordsOnly(
            sentence,
            match.index + match[0].length,
            clauseEnd,
            match[1] as string,
            longTerm.length + year.length,
          ),
        );
      }
    }
    planIndicators ??= readPlanIndicators(sentence, folded);
  }
  for (const target of year) target.baseline = baselineFor(target, metrics, options.year - 1);
  numberPerSentence([...year, ...longTerm]);
  return { year, longTerm, planIndicators };
}

/** Ids count within their sentence: `plan-p2-s1-t1`, `plan-p2-s1-t2`, … */
function numberPerSentence(targets: Target[]): void {
  const counts = new Map<string, number>();
  for (const target of targets) {
    const n = (counts.get(target.sentenceId) ?? 0) + 1;
    counts.set(target.sentenceId, n);
    target.id = `${target.sentenceId}-t${n}`;
  }
}

/** One target per clause after the colon; a clause with several numbers gives one per number. */
function clauseTargets(sentence: Sentence, from: number, metrics: readonly Metric[], period: string): Target[] {
  const folded = foldWidth(sentence.text);
  const targets: Target[] = [];
  let start = from;
  while (start < folded.length) {
    let end = start;
    while (end < folded.length && !/[;。]/.test(folded[end] as string)) end++;
    const inClause = metrics.filter(
      (m) => m.start - sentence.source.start >= start && m.valueEnd - sentence.source.start <= end,
    );
    if (inClause.length > 0)
      for (const metric of inClause) targets.push({ ...fromMetric(sentence, metric, targets.length), period });
    else if (end > start) targets.push(wordsOnly(sentence, start, end, period, targets.length));
    start = end + 1;
  }
  return targets;
}

function fromMetric(sentence: Sentence, metric: Metric, index: number): Target {
  return {
    id: `${sentence.id}-t${index + 1}`,
    sentenceId: sentence.id,
    period: metric.period,
    indicator: metric.subject,
    text: metric.text,
    start: metric.start,
    end: metric.end,
    value: metric.value,
    unit: metric.unit,
    displayValue: metric.displayValue,
    relation: metric.relation,
    qualifier: metric.qualifier,
    metricId: metric.id,
    baseline: null,
  };
}

function wordsOnly(sentence: Sentence, start: number, end: number, period: string, index: number): Target {
  const text = sentence.text.slice(start, end);
  return {
    id: `${sentence.id}-t${index + 1}`,
    sentenceId: sentence.id,
    period,
    indicator: text,
    text,
    start: sentence.source.start + start,
    end: sentence.source.start + end,
    value: null,
    unit: null,
    displayValue: null,
    relation: null,
    qualifier: null,
    metricId: null,
    baseline: null,
  };
}

function endOfClause(folded: string, from: number): number {
  let end = from;
  while (end < folded.length && !/[,;。!?]/.test(folded[end] as string)) end++;
  return end;
}

/** Last year's achievement for the same indicator in the same unit (城镇新增就业 31.1万人 → 24万人以上). */
function baselineFor(target: Target, metrics: readonly Metric[], baseYear: number): Target['baseline'] {
  if (target.value === null) return null;
  const match = metrics.find(
    (m) =>
      m.kind === 'achievement' &&
      m.period === String(baseYear) &&
      m.unit === target.unit &&
      m.relation === target.relation &&
      sameIndicator(m.subject, target.indicator),
  );
  return match
    ? {
        metricId: match.id,
        value: match.value,
        unit: match.unit,
        displayValue: match.displayValue,
        period: match.period,
      }
    : null;
}

function sameIndicator(a: string, b: string): boolean {
  const strip = (s: string) => foldWidth(s).replace(/^(全市|全省|全国)/, '');
  const x = strip(a);
  const y = strip(b);
  return x.length >= 2 && y.length >= 2 && (x === y || x.endsWith(y) || y.endsWith(x));
}

const COUNT = '(\\d+|[一二两三四五六七八九十]+)';

function readPlanIndicators(sentence: Sentence, folded: string): PlanIndicators | null {
  const indicators = new RegExp(`${COUNT}项主要指标`).exec(folded);
  if (!indicators) return null;
  const read = (pattern: string) => {
    const match = new RegExp(pattern).exec(folded);
    if (!match) return null;
    const raw = match[1] as string;
    return /^\d+$/.test(raw) ? Number(raw) : readChineseNumeral(raw);
  };
  return {
    sentenceId: sentence.id,
    categories: read(`${COUNT}个大类`),
    indicators: read(`${COUNT}项主要指标`),
    binding: read(`约束性指标${COUNT}项`),
    expected: read(`预期性指标${COUNT}项`),
  };
}
