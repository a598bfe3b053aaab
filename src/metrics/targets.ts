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

/** How a target is stated: a growth or decline rate, a level, a count, or words without a number. */
export type TargetRelation = 'growth' | 'decline' | 'level' | 'count' | 'qualitative';

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
  /** The number as written (`1200` of `1200万人`); null for a range or words only. */
  value: number | null;
  /** A range's ends as written (`4.5%—5%`: 4.5 and 5). */
  low: number | null;
  high: number | null;
  /** The unit as written: `%`, `万人`, `亿斤`, `微克/立方米`. */
  unit: string | null;
  /** The figure as written: `5.5%`, `1200万人`, `4.5%—5%`. */
  displayValue: string | null;
  relation: TargetRelation;
  qualifier: Qualifier | null;
  /** A stretch goal: `力争……`, `争取更优水平`, or followed by `在实际工作中努力争取更好结果`. */
  stretch: boolean;
  /** The metric this target is (the first, for a range), when it has a number. */
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

/** `主要预期目标是：`, `主要预期目标为`, `主要预期目标安排为：`, `预期目标建议为：`. */
const YEAR_TARGETS = /(主要)?预期目标(是|为|安排为?|建议为?|如下)?[:：]|主要预期目标(是|为)/;
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
            longTerm.push(fromMetric(sentence, metric, metric.period));
      } else {
        longTerm.push(wordsOnly(sentence, match.index + match[0].length, clauseEnd, match[1] as string));
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

/** A clause that makes the target before it a stretch goal rather than a target of its own. */
const STRETCH_CLAUSE = /^(在实际工作中)?.{0,4}争取(更好|更优|更高)/;
/** Words inside a clause that make its target a stretch goal. */
const STRETCH_WORDS = /力争|争取更(好|优|高)/;
/** Verbs and relation words between an indicator and its figure. */
const INDICATOR_TAIL = /(增长|增速|增幅|下降|降低|减少|涨幅|控制在|保持在|稳定在|提高到|提高至|提升至|达到|达|为|在)$/;
const INDICATOR_HEAD = /^(力争|确保|努力)/;

/** One target per clause after the colon (clauses end at `，；。`); a clause with several numbers gives one per number. */
function clauseTargets(sentence: Sentence, from: number, metrics: readonly Metric[], period: string): Target[] {
  const folded = foldWidth(sentence.text);
  const targets: Target[] = [];
  let start = from;
  while (start < folded.length) {
    let end = start;
    while (end < folded.length && !/[,;。]/.test(folded[end] as string)) end++;
    const clause = { start: trimStart(folded, start, end), end };
    const words = folded.slice(clause.start, clause.end);
    const previous = targets[targets.length - 1];
    if (previous && STRETCH_CLAUSE.test(words)) previous.stretch = true;
    else if (clause.end > clause.start) targets.push(...targetsOfClause(sentence, clause, metrics, period));
    start = end + 1;
  }
  return targets;
}

function trimStart(folded: string, start: number, end: number): number {
  let at = start;
  while (at < end && /\s/.test(folded[at] as string)) at++;
  return at;
}

function targetsOfClause(
  sentence: Sentence,
  clause: { start: number; end: number },
  metrics: readonly Metric[],
  period: string,
): Target[] {
  const offset = sentence.source.start;
  const inClause = metrics.filter((m) => m.valueStart - offset >= clause.start && m.valueEnd - offset <= clause.end);
  const text = sentence.text.slice(clause.start, clause.end);
  const stretch = STRETCH_WORDS.test(foldWidth(text));
  const span = { text, start: offset + clause.start, end: offset + clause.end };
  if (inClause.length === 0) return [{ ...blank(sentence, period), ...span, indicator: text, stretch }];
  const first = inClause[0] as Metric;
  const second = inClause[1];
  // `增长4.5%—5%`: two numbers joined by a dash or 至 are one range.
  const between = second ? foldWidth(sentence.text.slice(first.valueEnd - offset, second.valueStart - offset)) : '';
  if (second && inClause.length === 2 && /^(—{1,2}|-|~|～|至|到)$/.test(between)) {
    const low = asWritten(first.displayValue);
    const high = asWritten(second.displayValue);
    return [
      {
        ...fromMetric(sentence, first, period),
        ...span,
        indicator: indicatorOf(sentence.text.slice(clause.start, first.valueStart - offset)),
        value: null,
        low: low.value,
        high: high.value,
        unit: high.unit || low.unit,
        displayValue: sentence.text.slice(first.valueStart - offset, second.valueEnd - offset),
        qualifier: second.qualifier ?? first.qualifier,
        stretch,
      },
    ];
  }
  return inClause.map((metric) => ({
    ...fromMetric(sentence, metric, period),
    ...(inClause.length === 1 ? span : {}),
    indicator:
      inClause.length === 1
        ? indicatorOf(sentence.text.slice(clause.start, metric.valueStart - offset))
        : metric.subject,
    stretch,
  }));
}

/** The indicator: the clause's words before the figure, without the verb (`粮食产量保持在` → 粮食产量). */
function indicatorOf(before: string): string {
  let words = before.trim().replace(INDICATOR_HEAD, '');
  for (let previous = ''; previous !== words; ) {
    previous = words;
    words = words.replace(INDICATOR_TAIL, '').replace(/(以上|以下|左右|以内|超过|约|近)$/, '');
  }
  return words;
}

/** `1200万人` → 1200 and 万人; `5.5%` → 5.5 and %; `两位数` → null and 位数. */
function asWritten(displayValue: string): { value: number | null; unit: string } {
  const folded = foldWidth(displayValue);
  const match = /^第?([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$/.exec(folded);
  if (match)
    return {
      value: Number((match[1] as string).replace(/,/g, '')),
      unit: displayValue.slice(displayValue.length - (match[2] as string).length),
    };
  const chinese = /^([一二两三四五六七八九十百千〇零]+)(.*)$/.exec(folded);
  if (chinese)
    return { value: readChineseNumeral(chinese[1] as string), unit: displayValue.slice((chinese[1] as string).length) };
  return { value: null, unit: displayValue };
}

const TARGET_RELATION: Record<Relation, TargetRelation> = {
  growth: 'growth',
  decline: 'decline',
  level: 'level',
  count: 'count',
  rank: 'level',
  ratio: 'level',
  share: 'level',
  multiple: 'level',
  increase_to: 'level',
};

function blank(sentence: Sentence, period: string): Target {
  return {
    id: '',
    sentenceId: sentence.id,
    period,
    indicator: '',
    text: '',
    start: sentence.source.start,
    end: sentence.source.start,
    value: null,
    low: null,
    high: null,
    unit: null,
    displayValue: null,
    relation: 'qualitative',
    qualifier: null,
    stretch: false,
    metricId: null,
    baseline: null,
  };
}

function fromMetric(sentence: Sentence, metric: Metric, period: string): Target {
  const written = asWritten(metric.displayValue);
  return {
    ...blank(sentence, period),
    indicator: metric.subject,
    text: metric.text,
    start: metric.start,
    end: metric.end,
    value: written.value,
    unit: written.unit,
    displayValue: metric.displayValue,
    relation: TARGET_RELATION[metric.relation],
    qualifier: metric.qualifier,
    metricId: metric.id,
  };
}

function wordsOnly(sentence: Sentence, start: number, end: number, period: string): Target {
  const text = sentence.text.slice(start, end);
  return {
    ...blank(sentence, period),
    indicator: text,
    text,
    start: sentence.source.start + start,
    end: sentence.source.start + end,
  };
}

function endOfClause(folded: string, from: number): number {
  let end = from;
  while (end < folded.length && !/[,;。!?]/.test(folded[end] as string)) end++;
  return end;
}

/** Last year's achievement for the same indicator in the same unit (城镇新增就业 31.1万人 → 24万人以上). */
function baselineFor(target: Target, metrics: readonly Metric[], baseYear: number): Target['baseline'] {
  const own = metrics.find((m) => m.id === target.metricId);
  if (!own) return null;
  const match = metrics.find(
    (m) =>
      m.kind === 'achievement' &&
      m.period === String(baseYear) &&
      m.unit === own.unit &&
      m.relation === own.relation &&
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
