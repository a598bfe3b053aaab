/**
 * Every report's main targets for its year, side by side: the data of `/targets/` and of
 * `/data/targets.json` and `/data/targets.csv`. An indicator is named in many ways
 * (`地区生产总值`, `全市生产总值`, `国内生产总值`); `indicatorKey` lines up the common ones.
 */
import { csvDocument } from '../text/csv.ts';
import { pagePath } from '../site/urls.ts';
import { pageIdOf } from '../model/ids.ts';
import { type OutcomeSource, type Verdict, outcomeKey, targetOutcomes } from './outcomes.ts';
import { publishTargets } from './publish.ts';
import type { Target } from './targets.ts';

/** What a report set for its year, with where it says so. `outcome` is what the next report said. */
export type LibraryTarget = Pick<
  Target,
  'indicator' | 'text' | 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'relation' | 'stretch'
> & {
  report: string;
  year: number;
  url: string;
  /** What the same government's next report says happened; null when the library has no next report. */
  outcome: PublishedOutcome | null;
};

export interface PublishedOutcome {
  report: string;
  text: string | null;
  value: number | null;
  unit: string | null;
  url: string | null;
  verdict: Verdict;
}

export interface TargetSource extends Omit<OutcomeSource, 'targets'> {
  targets: Parameters<typeof publishTargets>[2];
}

/** The indicators that most reports set, each under one name, in the order a table lists them. */
const COMMON_INDICATORS: readonly [string, RegExp][] = [
  // The growth of output itself (`地区生产总值`, `全市生产总值`), not a ratio to it (`研发经费支出
  //相当于全市生产总值的比例`), a measure per unit of it (`单位生产总值能耗`) or income keeping pace with it.
  ['经济增长（生产总值）', /^.{0,4}生产总值$|^(?:GDP|经济增长)$/],
  ['城镇新增就业', /新增就业/],
  ['城镇调查失业率', /调查失业率/],
  ['居民消费价格', /居民消费价格|CPI/],
  ['居民收入', /居民.*收入/],
  ['一般公共预算收入', /一般公共预算收入/],
  ['固定资产投资', /固定资产投资/],
  ['社会消费品零售总额', /社会消费品零售/],
  ['规模以上工业增加值', /工业增加值/],
  ['进出口', /进出口|外贸/],
  ['研发投入', /研发|R&D/],
  ['粮食产量', /粮食/],
  ['单位生产总值能耗', /能耗|能源消耗/],
];

/** Where the targets that fit none of the common indicators are listed. */
export const OTHER_INDICATORS = '其他目标';

/** The common name of an indicator (`全市生产总值` → `经济增长（生产总值）`), else `其他目标`. */
export function indicatorKey(indicator: string): string {
  return COMMON_INDICATORS.find(([, pattern]) => pattern.test(indicator))?.[0] ?? OTHER_INDICATORS;
}

/** The order of the rows: the common indicators in their order, then the others. */
export const INDICATOR_ORDER: readonly string[] = [...COMMON_INDICATORS.map(([name]) => name), OTHER_INDICATORS];

export function libraryTargets(base: string, sources: readonly TargetSource[]): LibraryTarget[] {
  const outcomes = targetOutcomes(sources.map((source) => ({ ...source, targets: source.targets.year })));
  const outcomeOf = (slug: string, id: string): PublishedOutcome | null => {
    const outcome = outcomes.get(outcomeKey(slug, id));
    if (!outcome) return null;
    const { metricId, ...rest } = outcome;
    return { ...rest, url: metricId ? `${pagePath(base, outcome.report, pageIdOf(metricId))}#${metricId}` : null };
  };
  return sources.flatMap(({ slug, year, targets }) =>
    publishTargets(base, slug, targets).year.map((t) => ({
      report: slug,
      year,
      indicator: t.indicator,
      text: t.text,
      value: t.value,
      low: t.low,
      high: t.high,
      unit: t.unit,
      qualifier: t.qualifier,
      relation: t.relation,
      stretch: t.stretch,
      url: t.url,
      outcome: outcomeOf(slug, t.id),
    })),
  );
}

/** Columns of targets.csv, in order. */
export const TARGET_CSV_COLUMNS = [
  'report',
  'year',
  'indicator',
  'text',
  'value',
  'low',
  'high',
  'unit',
  'qualifier',
  'relation',
  'stretch',
  'url',
] as const;

/** targets.csv: one row per target, `url` absolute under `origin`. */
export function targetsCsv(targets: readonly LibraryTarget[], origin: string): string {
  return csvDocument(
    TARGET_CSV_COLUMNS,
    targets.map((t) =>
      TARGET_CSV_COLUMNS.map((c) => {
        const value = t[c];
        if (c === 'url') return new URL(t.url, origin).href;
        return typeof value === 'boolean' ? String(value) : value;
      }),
    ),
  );
}
