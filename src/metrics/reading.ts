/**
 * Stage 1 of extraction: reading one number mention of a sentence as a metric (value, unit,
 * relation, qualifier, shape) or refusing it (labels, years, idioms).
 */
import type { NumberMention } from './numbers.ts';
import type { Qualifier, Relation } from './types.ts';
import { CLAUSE_BREAK, isNounAhead, lastIndexOfPattern } from './clause.ts';

/** Counting words: a number with one of these counts things. */
export const COUNT_UNITS = new Set([
  '个',
  '家',
  '项',
  '件',
  '条',
  '场',
  '名',
  '款',
  '批次',
  '批',
  '届',
  '次',
  '所',
  '座',
  '户',
  '人',
  '国',
  '度',
  '类',
  '大类',
  '轮',
  '列',
  '辆',
  '套',
  '台',
  '处',
  '种',
  '年',
  '连增',
]);
/** Units that make a number a label or a condition, not a measurement: 10号线, 8.6代, 500千伏, 三级, 一期, 60岁. */
export const LABEL_UNITS = new Set(['号', '代', '千伏', '级', '期', '岁', '层', '首', '号线']);
/** Chinese numerals count only with these (六个大类, 三批次, 连续六届, 四度蝉联). */
export const CHINESE_COUNT_UNITS = new Set([
  '个',
  '项',
  '家',
  '批次',
  '届',
  '次',
  '度',
  '倍',
  '条',
  '场',
  '名',
  '大类',
  '类',
  '轮',
]);

export const QUALIFIER_BEFORE: ReadonlyArray<[RegExp, Qualifier]> = [
  [/(首次)?突破$/, '突破'],
  [/(超过|超|逾)$/, '超'],
  [/(将近|近)$/, '近'],
  [/(大约|约)$/, '约'],
];
export const QUALIFIER_AFTER: ReadonlyArray<[RegExp, Qualifier]> = [
  [/^左右/, '左右'],
  [/^(以上|多|余)/, '以上'],
  [/^(以内|以下)/, '以内'],
];

export const GROWTH_WORDS = /(增长|增速|增幅|涨幅|上涨|提高|提升|增加|高于|快于|上升)$/;
export const DECLINE_WORDS = /(下降|降低|减少|下滑|缩减)$/;
export const INCREASE_TO_WORDS =
  /(增至|增加到|增加至|增长到|增长至|提升至|提升到|提高至|提高到|扩大到|扩大至|上升至|上升到|倍增至|达到|翻番至)$/;
export const LEVEL_WORDS = /(缩小至|缩小到|降至|降低至|降低到|下降至|达|为|是)$/;
export const SHARE_WORDS = /(占|贡献|比重|占比|份额|覆盖率)/;

export interface Reading {
  value: number;
  unit: string;
  displayValue: string;
  relation: Relation;
  qualifier: Qualifier | null;
  /** Where the statement starts: its relation word, qualifier or number. */
  before: number;
  /** Where the number, its unit and a following qualifier end. */
  after: number;
  /** Where the words naming the subject end (before the relation word). */
  subjectEnd: number;
  /** Offset of the number itself (after 第 and qualifiers). */
  numberStart: number;
  /** True when the thing counted follows the number (`45个“园中园”`). */
  subjectFollows: boolean;
  /** The span of `displayValue`. */
  valueStart: number;
  valueEnd: number;
  /** `连续3年获评…`, `三连增`: a streak; `第2个拥有…的城市`: the n-th to do something. */
  shape: 'value' | 'streak' | 'nth';
  /** True when a word such as 增长, 增至, 达到 says how the number relates to its subject. */
  hasRelationWord: boolean;
}

/** Political formulas that read like counts but are names (`中央八项规定`). */
export const KNOWN_LABELS = /^(八项规定|两个确立|两个维护|四个意识|四个自信|三个代表|五位一体|四个全面)/;

/** Decides whether a number is a metric and what kind; null for labels, years and idioms. */
export function readMention(
  folded: string,
  mention: NumberMention,
  quoted: readonly [number, number][],
): Reading | null {
  const { start, end, unit } = mention;
  const next = folded.slice(end, end + 6);
  const previous = folded.slice(Math.max(0, start - 12), start);
  const streak = mention.form === 'chinese' && unit === '' && next.startsWith('连增'); // 三连增
  if (!streak && quoted.some(([a, b]) => start >= a && end <= b)) return null; // “7·3”, 《哪吒2》, “9+9+10”
  if (KNOWN_LABELS.test(folded.slice(start))) return null;
  if (/全会|中全会/.test(next)) return null; // 二十届四中全会
  if (/^(个方面|方面)/.test(next) || (unit === '个' && next.startsWith('方面'))) return null; // 以下十个方面: structure
  const ordinal = previous.endsWith('第');
  const rankOrdinal = ordinal && (unit === '位' || unit === '名' || (unit === '个' && mention.form === 'arabic'));
  if (ordinal && !rankOrdinal) return null; // 第12届, 第二届, 第一个五年
  // `排名全省前三`: a placing within the top N.
  const topN =
    mention.form === 'chinese' && previous.endsWith('前') && /(排名|位居|居|位列)[^,;:。]*前$/.test(previous);
  if (mention.form === 'arabic' && unit === '年' && /^\d{4}$/.test(mention.numeral)) return null; // a year
  if (LABEL_UNITS.has(unit) || /^号线/.test(next)) return null; // 10号线, 8.6代, 500千伏
  if (mention.form === 'chinese' && !topN && !streak && !readsAsChineseCount(mention, previous, next)) return null;
  if (mention.form === 'arabic' && unit === '' && mention.multiplier === null) return null; // 12345热线, 4F

  const numeral = mention.raw.slice(0, mention.raw.length - unit.length);
  const value = mention.value;
  let finalUnit = unit;
  let displayValue = `${rankOrdinal ? '第' : ''}${numeral}${unit}`;
  let after = end;
  if (streak) {
    finalUnit = '年';
    displayValue = `${numeral}连增`;
    after = end + 2;
  } else if (topN) {
    finalUnit = '位';
    displayValue = `前${numeral}`;
  } else if (mention.form === 'chinese' && unit === '位' && next.startsWith('数')) {
    // `保持两位数增长`: the growth rate has two digits.
    finalUnit = '位数';
    displayValue = `${numeral}位数`;
    after = end + 1;
  }

  let qualifier: Qualifier | null = null;
  for (const [pattern, q] of QUALIFIER_AFTER) {
    const match = pattern.exec(folded.slice(after));
    if (match) {
      qualifier = q;
      after += match[0].length;
      break;
    }
  }
  const numberStart = rankOrdinal || topN ? start - 1 : start;
  const valueEnd = streak ? end + 2 : finalUnit === '位数' ? end + 1 : end;
  const consecutive = streak || (/连续$/.test(previous) && (unit === '年' || unit === '届' || unit === '次'));
  let before = numberStart;
  for (const [pattern, q] of QUALIFIER_BEFORE) {
    const match = pattern.exec(folded.slice(0, before));
    if (match) {
      qualifier ??= q;
      before -= match[0].length;
      break;
    }
  }
  const head = folded.slice(0, before);
  // `从39家增至70家`: the number after 从 is the earlier level.
  const fromLevel = /[从由]$/.test(head);
  const relationWord = fromLevel
    ? ''
    : ((GROWTH_WORDS.exec(head) ??
        DECLINE_WORDS.exec(head) ??
        INCREASE_TO_WORDS.exec(head) ??
        LEVEL_WORDS.exec(head))?.[0] ?? '');
  let relation: Relation;
  if (consecutive) relation = 'count';
  else if (topN) relation = 'rank';
  else if (finalUnit === '位数') relation = 'growth';
  else if (rankOrdinal) relation = 'rank';
  else if (fromLevel) relation = 'level';
  else relation = relationOf(folded, mention, relationWord, rankOrdinal, before, after);
  let subjectEnd = before - relationWord.length - (fromLevel ? 1 : 0);
  if (relation === 'rank') {
    // `无人机飞行架次居副省级城市第2位`: the subject ends at 居/排名; the group sits between.
    const clauseStart = lastIndexOfPattern(folded, CLAUSE_BREAK, numberStart) + 1;
    const verb = [...folded.slice(clauseStart, numberStart).matchAll(/(位居|位列|排名|居)/g)].pop();
    if (verb) subjectEnd = clauseStart + (verb.index ?? 0);
  }
  if (consecutive && !streak) subjectEnd = numberStart - 2; // before 连续
  return {
    value,
    unit: finalUnit,
    displayValue,
    relation,
    qualifier,
    before: consecutive && !streak ? numberStart - 2 : relation === 'rank' ? Math.min(subjectEnd, before) : subjectEnd,
    after,
    subjectEnd,
    numberStart,
    valueStart: numberStart,
    valueEnd,
    shape: consecutive ? 'streak' : rankOrdinal && unit === '个' ? 'nth' : 'value',
    hasRelationWord: relationWord !== '',
    subjectFollows: !fromLevel && !consecutive && relation === 'count' && isNounAhead(folded.slice(after, after + 2)),
  };
}

export function readsAsChineseCount(mention: NumberMention, previous: string, next: string): boolean {
  if (mention.value <= 1) return false; // 一体, 一批, 提前一年: idioms, not counts
  if (mention.multiplier !== null && mention.unit === '') return /(突破|超过|超|达到)$/.test(previous); // 突破千亿
  if (mention.unit === '位') return next.startsWith('数'); // 两位数
  return CHINESE_COUNT_UNITS.has(mention.unit) && !/前$/.test(previous);
}

export function relationOf(
  folded: string,
  mention: NumberMention,
  relationWord: string,
  rankOrdinal: boolean,
  before: number,
  after: number,
): Relation {
  const { unit } = mention;
  if (mention.form === 'ratio') return 'ratio';
  if (rankOrdinal) return 'rank';
  if (unit === '倍' && !relationWord.endsWith('至')) return 'multiple';
  const isRate = unit === '%' || unit === '‰' || unit.endsWith('百分点');
  // 增长7% is a rate; 增加6710个 (places) counts things added; 增加222亿斤 grows an amount.
  if (relationWord && GROWTH_WORDS.test(relationWord))
    return isRate || unit === '位' || !COUNT_UNITS.has(unit) ? 'growth' : 'count';
  if (relationWord && DECLINE_WORDS.test(relationWord)) return 'decline';
  if (relationWord && INCREASE_TO_WORDS.test(relationWord) && relationWord !== '达到') return 'increase_to';
  if (unit === '%') {
    const clause = folded.slice(lastIndexOfPattern(folded, CLAUSE_BREAK, before) + 1, before - relationWord.length);
    // A part of a whole: 占全市的86%, 贡献全国30%的票房, 利用率85%, 100%“标准地”出让.
    if (
      SHARE_WORDS.test(clause) ||
      /^(的|“)/.test(folded.slice(after)) ||
      (/率$/.test(clause) && !/(失业率|增长率|利率|汇率)$/.test(clause))
    )
      return 'share';
  }
  if (COUNT_UNITS.has(unit) && relationWord === '') return 'count';
  return 'level';
}
