import type { Metric, Qualifier, Relation } from '../metrics/types.ts';
import type { Verdict } from '../metrics/outcomes.ts';
import type { FrontLineKind } from '../model/types.ts';

/** Chinese names for the metric fields' values, for tables, filters and chart legends. */
export const RELATION_LABEL: Record<Relation, string> = {
  growth: '增长',
  decline: '下降',
  level: '水平',
  count: '数量',
  rank: '排名',
  ratio: '比例',
  share: '占比',
  multiple: '倍数',
  increase_to: '增至',
};

export const KIND_LABEL: Record<'achievement' | 'target', string> = {
  achievement: '实绩',
  target: '目标',
};

/** `2021-2025` → `2021—2025年`, `2025` → `2025年`, `unknown` → `未注明`. */
export function periodLabel(period: string): string {
  if (period === 'unknown') return '未注明';
  return `${period.replace('-', '—')}年`;
}

/** Qualifiers written before the number (`超4100亿元`); the others follow it (`5.5%左右`). */
const QUALIFIER_BEFORE = new Set<Qualifier>(['超', '近', '约', '突破']);

/** The value as the table shows it: `displayValue` with its qualifier where the text puts it. */
export function qualifiedValue(metric: Pick<Metric, 'displayValue' | 'qualifier'>): string {
  const { displayValue, qualifier } = metric;
  if (qualifier === null) return displayValue;
  return QUALIFIER_BEFORE.has(qualifier) ? `${qualifier}${displayValue}` : `${displayValue}${qualifier}`;
}

/** What each kind of front-matter line is, as the overview names it. */
export const FRONT_LINE_LABEL: Record<FrontLineKind, string> = {
  'source-note': '来源说明',
  note: '编者注',
  preamble: '前附文件',
  title: '原文标题',
  byline: '时间和会议',
  speaker: '报告人',
  salutation: '称呼',
};

/** What the next year's report says of a target (src/metrics/outcomes.ts). */
export const VERDICT_LABEL: Record<Verdict, string> = {
  met: '达成',
  missed: '未达成',
  unclear: '待判断',
  'not-reported': '次年报告未提及',
};
