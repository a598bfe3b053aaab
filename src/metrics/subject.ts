/** Stage 2 of extraction: what a number measures (its subject) and, for ranks, the peer group. */
import type { Metric } from './types.ts';
import type { Reading } from './reading.ts';
import { CLAUSE_BREAK, indexOfPattern, lastIndexOfPattern } from './clause.ts';

export interface Subject {
  text: string;
  /** The span the subject's words take, to widen the metric's `text`; null when borrowed. */
  start: number | null;
  end: number | null;
  /** Subjects listed before 分别, one per number that follows. */
  listed?: string[];
}

/** Leading words that say what was done, not what was measured (`新开通低空运营航线39条`). */
export const LEADING_VERBS =
  /^(其中|特别是|同比|比上年|较上年|比去年|累计|年均|完成|实现|新开通|新开|新增|新建|新引进|举办|建设|建成|开展|实施|打造|培育|梯度培育|出台|兑现|服务保障|推动|布局|因地制宜布局|试点建设|搭建|受理|承办|引进|签约|获批|发放|惠及|带动|吸引|提供|创建|梳理|组建|争取|认定|推出|开通|建强|联合举办|加快建设|持续提升|成功举办|重点事项|保持|明确提出了?)+/;
/** Words a following subject stops before: the predicate of `45个“园中园”提速建设`. */
export const PREDICATE =
  /(提速|深入|通过|建成|投入|实现|全部|稳步|取得|完成|参赛|开通|获|入选|持续|加快|实施|正式|成功|实体化|运行|落地|投运|揭牌|亮相|开馆|全面|有序|集中|在|办理|[近超约]?\d|、(?=[\d一二三四五六七八九十])|(总产值|产值|总额|营收)(?=[超近约达突]|\d))/;

/** What a number measures: the words before its relation word, or the thing counted after it. */
export function subjectOf(
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
export function listedSubjects(text: string, folded: string, clauseStart: number, subjectEnd: number): string[] | null {
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

export function stopAt(phrase: string, pattern: RegExp): number {
  const match = pattern.exec(phrase);
  return match ? match.index : phrase.length;
}

export const PEER_GROUPS = /(全国超大城市|超大城市|副省级城市|省会城市|全国城市|中西部|全国|全省|全市|全球|国内)$/;

/** The group a ranking is within: the words between 居/排名 and 第 (`居副省级城市第2位` → 副省级城市). */
export function peerGroupOf(folded: string, clauseStart: number, numberStart: number, subject: string): string | null {
  const words = folded.slice(clauseStart, numberStart);
  const verb = [...words.matchAll(/(位居|位列|排名|居|排)/g)].pop();
  if (verb) {
    const group = words.slice((verb.index ?? 0) + verb[0].length).replace(/前$/, '');
    if (group && group.length <= 10 && !/[\d第从由至升]/.test(group)) return group;
  }
  const named = PEER_GROUPS.exec(words) ?? /^(全球|全国|全省|全市|国内)/.exec(subject);
  return named ? (named[1] as string) : null;
}
