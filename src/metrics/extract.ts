/**
 * Metric extraction: every quantitative statement of the report as a typed datum that points
 * back to its sentence. Pure: the model and the report year in, metrics out.
 *
 * A metric is a number with what it measures: `规模以上工业增加值增长7%` → subject
 * 规模以上工业增加值, value 7, unit %, relation growth. Names and labels that contain digits
 * (`第12届`, `8.6代`, `10号线`, `《哪吒2》`, `“7·3”`, `500千伏`) are not metrics.
 */
import type { PartKind, ReportModel } from '../model/types.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import { foldWidth } from '../text/fold.ts';
import { type SentencePlace, sentences } from '../model/walk.ts';

export const RELATIONS = [
  'growth',
  'decline',
  'level',
  'count',
  'rank',
  'ratio',
  'share',
  'multiple',
  'increase_to',
] as const;
export type Relation = (typeof RELATIONS)[number];
export const QUALIFIERS = ['左右', '以上', '以内', '超', '近', '约', '突破'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Metric {
  /** `<sentence id>-m<n>`: stable while the sentence keeps its numbers. */
  id: string;
  sentenceId: string;
  paragraphId: string;
  /** The section holding the sentence, or null for paragraphs outside sections. */
  sectionId: string | null;
  partId: string;
  /** The exact source span: `规模以上工业增加值增长7%`. */
  text: string;
  /** Offsets of `text` in the original file. */
  start: number;
  end: number;
  /** Offsets of `displayValue` in the original file: the span marked up in the text. */
  valueStart: number;
  valueEnd: number;
  subject: string;
  value: number;
  unit: string;
  /** The number as written, with multiplier and unit: `4100亿元`, `第2位`, `两位数`. */
  displayValue: string;
  relation: Relation;
  qualifier: Qualifier | null;
  /** `2025`, `2021-2025`, `2026`, `2030`, `2026-2030` or `unknown`. */
  period: string;
  kind: 'achievement' | 'target';
  /** For rankings: the group ranked in (`副省级城市`, `全国`, `全球`, …). */
  peerGroup: string | null;
}

export interface ExtractOptions {
  /** The year the report is delivered in: its review covers the year before. */
  year: number;
}

/** Where a sentence sits, for periods and links. */
type SentenceContext = SentencePlace;

export function extractMetrics(model: ReportModel, options: ExtractOptions): Metric[] {
  const metrics: Metric[] = [];
  for (const context of sentences(model)) metrics.push(...metricsInSentence(context, options));
  return metrics;
}

/** Counting words: a number with one of these counts things. */
const COUNT_UNITS = new Set([
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
const LABEL_UNITS = new Set(['号', '代', '千伏', '级', '期', '岁', '层', '首', '号线']);
/** Chinese numerals count only with these (六个大类, 三批次, 连续六届, 四度蝉联). */
const CHINESE_COUNT_UNITS = new Set([
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

const QUALIFIER_BEFORE: ReadonlyArray<[RegExp, Qualifier]> = [
  [/(首次)?突破$/, '突破'],
  [/(超过|超|逾)$/, '超'],
  [/(将近|近)$/, '近'],
  [/(大约|约)$/, '约'],
];
const QUALIFIER_AFTER: ReadonlyArray<[RegExp, Qualifier]> = [
  [/^左右/, '左右'],
  [/^(以上|多|余)/, '以上'],
  [/^(以内|以下)/, '以内'],
];

const GROWTH_WORDS = /(增长|增速|增幅|涨幅|上涨|提高|提升|增加|高于|快于|上升)$/;
const DECLINE_WORDS = /(下降|降低|减少|下滑|缩减)$/;
const INCREASE_TO_WORDS =
  /(增至|增加到|增加至|增长到|增长至|提升至|提升到|提高至|提高到|扩大到|扩大至|上升至|上升到|倍增至|达到|翻番至)$/;
const LEVEL_WORDS = /(缩小至|缩小到|降至|降低至|降低到|下降至|达|为|是)$/;
const SHARE_WORDS = /(占|贡献|比重|占比|份额|覆盖率)/;

/** Delimiters that end the clause a number belongs to. */
const CLAUSE_BREAK = /[,;:。!?，；：。！？]/;

function metricsInSentence(context: SentenceContext, options: ExtractOptions): Metric[] {
  const { sentence } = context;
  const text = sentence.text;
  const folded = foldWidth(text);
  const quoted = quotedRanges(folded);
  const found: Metric[] = [];
  const mentions = findNumbers(text);
  // Subjects listed before 分别 (`资产总额、利润总额分别居…第3位、第4位`), taken in turn.
  let list: { items: string[]; next: number } | null = null;
  for (const mention of mentions) {
    const reading = readMention(folded, mention, quoted);
    if (!reading) continue;
    const clauseStart = lastIndexOfPattern(folded, CLAUSE_BREAK, reading.before) + 1;
    const period = periodOf(context, folded, mention.start, options);
    const previous = found[found.length - 1];
    // `分别增长2.8%、5%、6%`, `增长4.5%至5%`: a bare number after 、 or 至 continues the list or range before it.
    const continuesList =
      previous !== undefined &&
      !reading.hasRelationWord &&
      /^([、和及至到~～-]|—{1,2})[超近约]?$/.test(
        folded.slice(previous.valueEnd - sentence.source.start, reading.numberStart),
      );
    let subject: Subject;
    if (continuesList && previous) {
      reading.relation = previous.relation;
      reading.before = reading.numberStart;
      const listed = list ? list.items[Math.min(list.next++, list.items.length - 1)] : undefined;
      subject = { text: listed ?? previous.subject, start: null, end: null };
    } else {
      subject = subjectOf(text, folded, clauseStart, reading, found, sentence.source.start);
      list = subject.listed ? { items: subject.listed, next: 1 } : null;
    }
    const start = Math.min(reading.before, subject.start ?? reading.before);
    const end = Math.max(reading.after, subject.end ?? reading.after);
    const peerGroup =
      reading.relation !== 'rank'
        ? null
        : continuesList
          ? (previous?.peerGroup ?? null)
          : peerGroupOf(folded, clauseStart, reading.numberStart, subject.text);
    // `先行村、重点村各50个`: one number for each listed subject.
    const subjects =
      /各$/.test(folded.slice(0, reading.before)) && subject.text.includes('、')
        ? subject.text.replace(/各$/, '').split('、')
        : [subject.text];
    for (const subjectText of subjects) {
      found.push({
        id: `${sentence.id}-m${found.length + 1}`,
        sentenceId: sentence.id,
        paragraphId: context.paragraph.id,
        sectionId: context.section?.id ?? null,
        partId: context.part.id,
        text: text.slice(start, end),
        start: sentence.source.start + start,
        end: sentence.source.start + end,
        valueStart: sentence.source.start + reading.valueStart,
        valueEnd: sentence.source.start + reading.valueEnd,
        subject: subjectText,
        value: reading.value,
        unit: reading.unit,
        displayValue: reading.displayValue,
        relation: reading.relation,
        qualifier: reading.qualifier,
        period,
        kind: isTargetPeriod(period, options.year) ? 'target' : 'achievement',
        peerGroup,
      });
    }
  }
  return found;
}

interface Reading {
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
const KNOWN_LABELS = /^(八项规定|两个确立|两个维护|四个意识|四个自信|三个代表|五位一体|四个全面)/;

/** Decides whether a number is a metric and what kind; null for labels, years and idioms. */
function readMention(folded: string, mention: NumberMention, quoted: readonly [number, number][]): Reading | null {
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

function readsAsChineseCount(mention: NumberMention, previous: string, next: string): boolean {
  if (mention.value <= 1) return false; // 一体, 一批, 提前一年: idioms, not counts
  if (mention.multiplier !== null && mention.unit === '') return /(突破|超过|超|达到)$/.test(previous); // 突破千亿
  if (mention.unit === '位') return next.startsWith('数'); // 两位数
  return CHINESE_COUNT_UNITS.has(mention.unit) && !/前$/.test(previous);
}

function relationOf(
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

interface Subject {
  text: string;
  /** The span the subject's words take, to widen the metric's `text`; null when borrowed. */
  start: number | null;
  end: number | null;
  /** Subjects listed before 分别, one per number that follows. */
  listed?: string[];
}

/** Leading words that say what was done, not what was measured (`新开通低空运营航线39条`). */
const LEADING_VERBS =
  /^(其中|特别是|同比|比上年|较上年|比去年|累计|年均|完成|实现|新开通|新开|新增|新建|新引进|举办|建设|建成|开展|实施|打造|培育|梯度培育|出台|兑现|服务保障|推动|布局|因地制宜布局|试点建设|搭建|受理|承办|引进|签约|获批|发放|惠及|带动|吸引|提供|创建|梳理|组建|争取|认定|推出|开通|建强|联合举办|加快建设|持续提升|成功举办|重点事项|保持|明确提出了?)+/;
/** Words a following subject stops before: the predicate of `45个“园中园”提速建设`. */
const PREDICATE =
  /(提速|深入|通过|建成|投入|实现|全部|稳步|取得|完成|参赛|开通|获|入选|持续|加快|实施|正式|成功|实体化|运行|落地|投运|揭牌|亮相|开馆|全面|有序|集中|在|办理|[近超约]?\d|、(?=[\d一二三四五六七八九十])|(总产值|产值|总额|营收)(?=[超近约达突]|\d))/;

/** What a number measures: the words before its relation word, or the thing counted after it. */
function subjectOf(
  text: string,
  folded: string,
  clauseStart: number,
  reading: Reading,
  earlier: readonly Metric[],
  sentenceStart: number,
): Subject {
  const previous = earlier[earlier.length - 1];
  const previousEnd = previous ? previous.end - sentenceStart : -1;
  const clauseEnd = indexOfPattern(folded, CLAUSE_BREAK, reading.after);
  const firstInClause = earlier.find((m) => m.start - sentenceStart >= clauseStart);

  if (
    reading.shape === 'streak' &&
    reading.unit === '年' &&
    folded.slice(reading.valueEnd - 2, reading.valueEnd) === '连增'
  ) {
    return { text: firstInClause?.subject ?? previous?.subject ?? '', start: null, end: null }; // 粮食产量……实现“三连增”
  }
  if (reading.relation === 'share' && folded[reading.after] === '的') {
    // `贡献全国30%的年度票房`: the whole the share is of follows.
    const from = reading.after + 1;
    const to = from + stopAt(folded.slice(from, clauseEnd), PREDICATE);
    if (to > from) return { text: text.slice(from, to), start: reading.before, end: to };
  }
  if (reading.shape === 'nth' || (reading.subjectFollows && reading.shape === 'value')) {
    // `成为国内第2个拥有双4F级国际机场的城市`, `45个“园中园”提速建设`.
    const from = reading.shape === 'nth' ? reading.valueEnd : reading.after;
    let to = reading.shape === 'nth' ? clauseEnd : from + Math.max(0, stopAt(folded.slice(from, clauseEnd), PREDICATE));
    while (to > from && /[的在]/.test(folded[to - 1] as string)) to--;
    if (to > from) return { text: text.slice(from, to), start: reading.before, end: to };
  }

  // The words before the number, after the clause start, a list mark or the number before it.
  const eachList = /各$/.test(folded.slice(0, reading.numberStart));
  let from = clauseStart;
  if (!eachList)
    from = Math.max(from, lastIndexOfPattern(folded.slice(0, reading.subjectEnd), /、/, reading.subjectEnd) + 1);
  if (previousEnd > from && previousEnd <= reading.subjectEnd) from = previousEnd;
  const listed = listedSubjects(text, folded, clauseStart, reading.subjectEnd);
  if (listed) return { text: listed[0] ?? '', start: null, end: null, listed };
  const byYear = /到\d{4}年/.exec(folded.slice(from, reading.subjectEnd));
  if (byYear) from += byYear.index + byYear[0].length;
  const afterPrevious = previousEnd === from;
  const verbs = LEADING_VERBS.exec(folded.slice(from, reading.subjectEnd));
  if (verbs) from += verbs[0].length;
  let words = text
    .slice(from, reading.subjectEnd)
    .replace(/连续[\d一二三四五六七八九十]+[年届次]/, '')
    .replace(/(平均|保持|实现|分别|各|(?<!平)均|都|新增|逐年|首次|累计开行|开行|完成投资)$/, (m) =>
      m === '完成投资' || m === '累计开行' ? m : '',
    );
  if (reading.relation === 'share') words = words.replace(/占[^占]*的$/, ''); // 园区规模以上工业企业占全市的86%
  words = words.replace(/(高于|低于|快于|慢于)[^高低快慢]*$/, ''); // 八县市平均经济增速高于全市0.7个百分点
  // `36个共建“双圈”年度重大项目完成投资429亿元`: what is measured of the things just counted.
  if (afterPrevious && previous && words.length > 0 && words.length <= 3) words = previous.subject + words;
  const holdsEarlierNumber = earlier.some(
    (m) => m.start - sentenceStart >= from && m.valueEnd - sentenceStart <= reading.subjectEnd,
  );
  if (words.length >= 2 && !holdsEarlierNumber) return { text: words, start: from, end: reading.subjectEnd };
  if (reading.shape === 'streak' && clauseEnd > reading.valueEnd) {
    return { text: text.slice(reading.valueEnd, clauseEnd), start: reading.before, end: clauseEnd }; // 连续4届获评“…”
  }
  // `千亿级园区新增2个、达到14个`, `……达到134.9万亿元,增长5%`: nothing of its own; the subject
  // of the clause's first number, else of the number before.
  return { text: firstInClause?.subject ?? previous?.subject ?? words, start: null, end: null };
}

/** `第一、第二、第三产业增加值分别增长…` → 第一产业增加值, 第二产业增加值, 第三产业增加值. */
function listedSubjects(text: string, folded: string, clauseStart: number, subjectEnd: number): string[] | null {
  const at = folded.slice(clauseStart, subjectEnd).lastIndexOf('分别');
  if (at === -1) return null;
  const parts = text
    .slice(clauseStart, clauseStart + at)
    .replace(/^其中/, '')
    .split(/[、和及与]/);
  if (parts.length < 2) return null;
  const head = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  // Short leading items share the last item's tail (`第一`, `第二` + `产业增加值`).
  const tail = head.length <= 3 && last.length > head.length ? last.slice(head.length) : '';
  return parts.map((p, i) => (i < parts.length - 1 ? p + tail : p));
}

function stopAt(phrase: string, pattern: RegExp): number {
  const match = pattern.exec(phrase);
  return match ? match.index : phrase.length;
}

function indexOfPattern(text: string, pattern: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i] as string)) return i;
  return text.length;
}

function isNounAhead(two: string): boolean {
  return two.length > 0 && !/^[,;:。!?，；：！？、的]/.test(two);
}

const PEER_GROUPS = /(全国超大城市|超大城市|副省级城市|省会城市|全国城市|中西部|全国|全省|全市|全球|国内)$/;

/** The group a ranking is within: the words between 居/排名 and 第 (`居副省级城市第2位` → 副省级城市). */
function peerGroupOf(folded: string, clauseStart: number, numberStart: number, subject: string): string | null {
  const words = folded.slice(clauseStart, numberStart);
  const verb = [...words.matchAll(/(位居|位列|排名|居|排)/g)].pop();
  if (verb) {
    const group = words.slice((verb.index ?? 0) + verb[0].length).replace(/前$/, '');
    if (group && group.length <= 10 && !/[\d第从由至升]/.test(group)) return group;
  }
  const named = PEER_GROUPS.exec(words) ?? /^(全球|全国|全省|全市|国内)/.exec(subject);
  return named ? (named[1] as string) : null;
}

function periodOf(context: SentenceContext, folded: string, at: number, options: ExtractOptions): string {
  const byYear = [...folded.slice(0, at).matchAll(/到(\d{4})年/g)].pop();
  if (byYear) return byYear[1] as string;
  return PERIOD_OF_KIND[context.part.kind](options.year);
}

const PERIOD_OF_KIND: Record<PartKind, (year: number) => string> = {
  'year-review': (year) => String(year - 1),
  'five-year-review': (year) => `${year - 5}-${year - 1}`,
  'five-year-plan': (year) => `${year}-${year + 4}`,
  'year-work-plan': (year) => String(year),
  other: () => 'unknown',
};

function isTargetPeriod(period: string, year: number): boolean {
  const first = Number(period.slice(0, 4));
  return Number.isFinite(first) && first >= year;
}

/** Spans inside “…”, 「…」 and 《…》: quoted names and slogans. */
function quotedRanges(folded: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pairs: Record<string, string> = { '“': '”', '「': '」', '《': '》', '"': '"' };
  for (let i = 0; i < folded.length; i++) {
    const close = pairs[folded[i] as string];
    if (!close) continue;
    const end = folded.indexOf(close, i + 1);
    if (end === -1) continue;
    ranges.push([i, end + 1]);
    i = end;
  }
  return ranges;
}

function lastIndexOfPattern(text: string, pattern: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text[i] as string)) return i;
  return -1;
}
