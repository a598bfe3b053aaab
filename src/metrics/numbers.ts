/**
 * Reading numbers as Chinese reports write them: Arabic numbers with decimals and thousands
 * separators, the multipliers 万/亿/万亿 (and 千/百 before them: 千亿, 百万), Chinese numerals
 * (十个方面, 两位数, 三连增), percentages, multiples (1.4倍), ratios (1.76:1) and the units
 * that follow. Pure; offsets are into the string given.
 */
import { foldWidth } from '../text/fold.ts';
import { readChineseNumeral } from '../text/numerals.ts';

export interface NumberMention {
  /** Span of the number, its multiplier and unit (qualifiers such as 超/左右 lie outside it). */
  start: number;
  end: number;
  /** The span as written: `4100亿元`. */
  raw: string;
  /** With the multiplier folded in: `4100亿元` → 410000000000. */
  value: number;
  /** The number as written without multiplier or unit: `4100`, `六`. */
  numeral: string;
  /** `万`, `亿`, `万亿`, `千亿`, … or null. */
  multiplier: string | null;
  /** What remains after the multiplier: `元`, `%`, `人次`, `个百分点`, `:1`; '' when none. */
  unit: string;
  form: 'arabic' | 'chinese' | 'ratio';
}

const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  万: 1e4,
};
const MULTIPLIER_PATTERN = '万亿|千亿|百亿|亿|千万|百万|万';

/**
 * Units, longest first so that `人次` wins over `人` and `个百分点` over `个`. Counting words
 * (个, 家, 项 …) are units too: `45个` counts 个.
 */
export const UNITS = [
  '个百分点',
  '百分点',
  '平方公里',
  '平方千米',
  '平方米',
  '千瓦时',
  '微克/立方米',
  '立方米',
  '标准煤',
  '人次',
  '架次',
  '批次',
  '家次',
  '个月',
  '小时',
  '分钟',
  '公斤',
  '千克',
  '标准箱',
  '人民币',
  '公里',
  '千米',
  '千瓦',
  '千伏',
  '标箱',
  '美元',
  '元',
  '%',
  '‰',
  '倍',
  '人',
  '户',
  '个',
  '家',
  '项',
  '件',
  '条',
  '场',
  '亩',
  '吨',
  '米',
  '天',
  '年',
  '届',
  '次',
  '批',
  '名',
  '所',
  '座',
  '位',
  '款',
  '辆',
  '套',
  '列',
  '台',
  '张',
  '处',
  '栋',
  '间',
  '部',
  '种',
  '类',
  '大类',
  '国',
  '岁',
  '度',
  '轮',
  '期',
  '班',
  '宗',
  '笔',
  '份',
  '趟',
  '艘',
  '公顷',
  '株',
  '棵',
  '只',
  '头',
  '册',
  '本',
  '篇',
  '首',
  '幅',
  '层',
  '号',
  '代',
  '级',
  '斤',
  '克',
  '升',
  '周',
  '秒',
].sort((a, b) => b.length - a.length);

/** `1,234.5` → 1234.5; null when malformed. */
export function readArabic(text: string): number | null {
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

/** Folds a multiplier into a value without binary noise: 1.2 × 1e12 → 1200000000000. */
export function applyMultiplier(value: number, multiplier: string | null): number {
  if (!multiplier) return value;
  const factor = MULTIPLIERS[multiplier] ?? 1;
  const decimals = (String(value).split('.')[1] ?? '').length;
  return Math.round(value * factor * 10 ** decimals) / 10 ** decimals;
}

/**
 * Reads one written quantity (`4100亿元`, `5.5%`, `1.76:1`, `十个`, `第2位`); null when the
 * text is not exactly one quantity.
 */
export function readQuantity(text: string): { value: number; unit: string; multiplier: string | null } | null {
  const mentions = findNumbers(text);
  const only = mentions[0];
  if (mentions.length !== 1 || !only) return null;
  const rest = foldWidth(text.slice(0, only.start) + text.slice(only.end));
  if (rest !== '' && rest !== '第') return null;
  return { value: only.value, unit: only.unit, multiplier: only.multiplier };
}

// Matching runs on the width-folded text (one unit for one, so offsets hold).
const ARABIC = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)` + // the number
    String.raw`(?:(:)(\d+(?:\.\d+)?))?` + // a ratio's second term
    `(${MULTIPLIER_PATTERN})?`,
  'g',
);
const CHINESE = new RegExp(`([一二两三四五六七八九十百千〇零]+)(${MULTIPLIER_PATTERN})?`, 'g');

/** Every number in `text`, with its multiplier and unit, in order. */
export function findNumbers(text: string): NumberMention[] {
  const folded = foldWidth(text);
  const mentions: NumberMention[] = [];
  for (const match of folded.matchAll(ARABIC)) {
    const start = match.index;
    // `8.6` inside `AMOLED8.6` or digits glued to Latin letters are model names, not numbers.
    if (start > 0 && /[A-Za-z.]/.test(folded[start - 1] as string)) continue;
    const [whole, numeral = '', colon, second, multiplier] = match;
    const value = readArabic(numeral);
    if (value === null) continue;
    if (colon && second) {
      const end = start + whole.length;
      mentions.push({
        start,
        end,
        raw: text.slice(start, end),
        value,
        numeral,
        multiplier: null,
        unit: `:${second}`,
        form: 'ratio',
      });
      continue;
    }
    mentions.push(withUnit(text, folded, start, whole, numeral, value, multiplier ?? null, 'arabic'));
  }
  for (const match of folded.matchAll(CHINESE)) {
    const start = match.index;
    const [whole, numeral = '', multiplier] = match;
    const value = readChineseNumeral(numeral);
    if (value === null) continue;
    mentions.push(withUnit(text, folded, start, whole, numeral, value, multiplier ?? null, 'chinese'));
  }
  // A numeral character inside another number's span (千 of 千瓦, 百 of 百分点) is part of its unit.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return mentions.filter(
    (m, i) => !mentions.some((other, j) => j < i && other.start <= m.start && m.start < other.end),
  );
}

/** A number found at `start` (`whole`: numeral and multiplier as matched), with the unit that follows it. */
function withUnit(
  text: string,
  folded: string,
  start: number,
  whole: string,
  numeral: string,
  value: number,
  multiplier: string | null,
  form: NumberMention['form'],
): NumberMention {
  const numberEnd = start + whole.length;
  const after = folded.slice(numberEnd);
  const unit = UNITS.find((u) => after.startsWith(u)) ?? '';
  const end = numberEnd + unit.length;
  return {
    start,
    end,
    raw: text.slice(start, end),
    value: applyMultiplier(value, multiplier),
    numeral,
    multiplier,
    unit,
    form,
  };
}
