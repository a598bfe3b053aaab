/**
 * The report's salient terms: jieba tokens (with the report's dictionary) scored by TF-IDF across
 * paragraphs, with a stopword list, each with its count and its spread over the reading pages.
 * Pure: the segmenter is passed in (jieba stays at build time).
 */
import type { Paragraph, ReportModel } from '../model/types.ts';
import { paragraphs } from '../model/walk.ts';

export interface KeywordPage {
  /** Reading page id: a section, or a part for paragraphs outside sections. */
  id: string;
  label: string;
}

export interface Keyword {
  term: string;
  /** Occurrences in the whole text (substring count, so 智能 inside 人工智能 counts too). */
  count: number;
  /** Paragraphs that hold it. */
  paragraphs: number;
  /** Sum over paragraphs of tf × idf (idf over paragraphs): how much the term characterises parts of the text. */
  score: number;
  /** Occurrences per page, in the order of `pages`. */
  byPage: number[];
}

export interface KeywordTable {
  pages: KeywordPage[];
  /** Best first. */
  terms: Keyword[];
}

/** Function words and the genre's boilerplate: frequent everywhere, telling nothing. */
export const STOPWORDS = new Set([
  '我们',
  '推进',
  '推动',
  '加快',
  '加强',
  '深入',
  '持续',
  '进一步',
  '全面',
  '更加',
  '不断',
  '积极',
  '坚持',
  '实施',
  '开展',
  '建设',
  '发展',
  '提升',
  '完善',
  '健全',
  '强化',
  '深化',
  '构建',
  '打造',
  '实现',
  '支持',
  '促进',
  '提高',
  '做好',
  '统筹',
  '落实',
  '工作',
  '方面',
  '重点',
  '以及',
  '其中',
  '同时',
  '通过',
  '进行',
  '有效',
  '重要',
  '主要',
  '各类',
  '一批',
  '一系列',
  '取得',
  '成功',
  '扎实',
  '稳步',
  '全力',
  '一体',
  '今年',
  '五年',
  '年度',
  '全市',
  '成都',
  '我市',
  '各位',
  '代表',
  '更好',
  '显著',
  '明显',
  '以下',
  '结果',
  '把握',
  '目标',
  '任务',
  '国家',
  '全国',
  '中国',
  '重大',
  '成效',
  '能力',
  '水平',
  '体系',
  '机制',
  '作用',
  '基础',
  '领域',
  '有序',
  '高效',
  '以上',
  '万亩',
  '建成',
  '优化',
  '共同',
  '总书记',
  '习近平',
  // Verbs and counters of the achievement list (增至, 入选, 首个…): they recur in every review and name no theme.
  '增至',
  '入选',
  '连续',
  '增强',
  '首个',
  '举办',
  '排名',
  '事项',
  '人员',
  '综合',
  '突破',
  '引领',
  '大会',
  '规模',
  '成为',
  '贯彻',
  '新',
  '等',
  '和',
  '的',
  '了',
  '在',
  '与',
  '及',
]);

const WORD = /^[\u3400-\u9fff]{2,}$/;

export function extractKeywords(
  model: ReportModel,
  pages: readonly KeywordPage[],
  segment: (text: string) => string[],
  options: { limit?: number; stopwords?: ReadonlySet<string> } = {},
): KeywordTable {
  const stopwords = options.stopwords ?? STOPWORDS;
  const placed = placeParagraphs(model, pages);
  const paragraphs = placed.map(({ paragraph }) => paragraph);
  const pageOfParagraph = new Map(placed.map(({ paragraph, page }) => [paragraph.id, page]));
  const tokens = paragraphs.map((p) => segment(p.text).filter((t) => WORD.test(t) && !stopwords.has(t)));
  const df = new Map<string, number>();
  for (const list of tokens) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = paragraphs.length;
  const score = new Map<string, number>();
  tokens.forEach((list) => {
    const tf = new Map<string, number>();
    for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
    // Raw term frequency × paragraph idf: a term that recurs in some paragraphs and not in others.
    for (const [t, f] of tf) score.set(t, (score.get(t) ?? 0) + f * Math.log(n / (df.get(t) ?? 1)));
  });
  const terms: Keyword[] = [...score.entries()]
    .filter(([t]) => (df.get(t) ?? 0) >= 2) // a word of one paragraph is not a theme
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.limit ?? 60)
    .map(([term, s]) => {
      const byPage = pages.map(() => 0);
      let count = 0;
      for (const p of paragraphs) {
        const occurrences = p.text.split(term).length - 1;
        count += occurrences;
        const page = pageOfParagraph.get(p.id) ?? -1;
        if (page >= 0) byPage[page] = (byPage[page] ?? 0) + occurrences;
      }
      return { term, count, paragraphs: df.get(term) ?? 0, score: Number(s.toFixed(4)), byPage };
    });
  return { pages: [...pages], terms };
}

/** Every paragraph in reading order (part intro, then each section's), with its page's index in `pages` (-1 when on none). */
function placeParagraphs(model: ReportModel, pages: readonly KeywordPage[]): { paragraph: Paragraph; page: number }[] {
  const pageIndex = new Map(pages.map((page, index) => [page.id, index]));
  return [...paragraphs(model)].map(({ id, paragraph }) => ({ paragraph, page: pageIndex.get(id) ?? -1 }));
}

/** One occurrence of a term, with the text around it (keyword in context). */
export interface Occurrence {
  sentenceId: string;
  paragraphId: string;
  /** Index into `pages`, -1 when the paragraph is on none. */
  page: number;
  /** Up to `width` characters before the term, from its paragraph (whitespace collapsed). */
  before: string;
  after: string;
  /** Whether the paragraph goes on beyond `before` / `after`. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Every occurrence of `term` in the paragraphs `extractKeywords` reads, in reading order: the
 * non-overlapping substring matches in each sentence, so there are exactly `count` of them. The
 * context (`width` characters either side) comes from the paragraph, across sentence ends.
 */
export function keywordInContext(
  model: ReportModel,
  pages: readonly KeywordPage[],
  term: string,
  width = 20,
): Occurrence[] {
  const out: Occurrence[] = [];
  if (term === '') return out;
  for (const { paragraph, page } of placeParagraphs(model, pages)) {
    const chars = paragraph.text;
    let from = 0;
    for (const sentence of paragraph.sentences) {
      // The sentence's offset in the paragraph: from the source positions, else by searching.
      let offset = sentence.source.start - paragraph.source.start;
      if (chars.slice(offset, offset + sentence.text.length) !== sentence.text)
        offset = chars.indexOf(sentence.text, from);
      if (offset < 0) offset = from;
      from = offset + sentence.text.length;
      for (let at = sentence.text.indexOf(term); at >= 0; at = sentence.text.indexOf(term, at + term.length)) {
        const start = offset + at;
        const end = start + term.length;
        const left = Math.max(0, start - width);
        const right = Math.min(chars.length, end + width);
        out.push({
          sentenceId: sentence.id,
          paragraphId: paragraph.id,
          page,
          before: chars.slice(left, start).replace(/\s+/g, ' ').trimStart(),
          after: chars.slice(end, right).replace(/\s+/g, ' ').trimEnd(),
          cutBefore: left > 0,
          cutAfter: right < chars.length,
        });
      }
    }
  }
  return out;
}
