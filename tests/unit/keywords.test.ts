/**
 * src/keywords/extract.ts: the keyword table (TF-IDF over paragraphs on segmenter tokens) and the
 * occurrences in context, first on a small text with a fake segmenter whose numbers are worked
 * out by hand, then on the seed with jieba and the report's dictionary (src/keywords/report.ts).
 */
import { describe, expect, it } from 'vitest';
import { STOPWORDS, extractKeywords, keywordInContext } from '../../src/keywords/extract.ts';
import { parseReport } from '../../src/model/parse.ts';
import { paragraphList } from '../../src/model/walk.ts';
import { searchTools } from '../../src/text/tools.ts';
import { getKeywords } from '../../src/keywords/report.ts';
import { readingPages } from '../../src/site/pages.ts';
import { getReport } from '../../src/site/reports.ts';
import type { ReportModel } from '../../src/model/types.ts';

const TEXT = `一、2025年工作回顾
（一）产业升级
园区建设提速，园区扩容。我们推进园区和机场联动。
机场扩建完工。航线增加。
（二）民生保障
就业稳定，就业扩大。机场服务民生。
二、2026年工作安排
（一）园区与就业
推进园区招商。就业优先。
`;

const WORDS = [
  '园区',
  '建设',
  '提速',
  '扩容',
  '我们',
  '推进',
  '机场',
  '联动',
  '扩建',
  '完工',
  '航线',
  '增加',
  '就业',
  '稳定',
  '扩大',
  '服务',
  '民生',
  '招商',
  '优先',
];

/** Longest match from WORDS at each position, else one character (which the table ignores). */
function fakeSegment(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const word =
      WORDS.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0] ?? (text[i] as string);
    out.push(word);
    i += word.length;
  }
  return out;
}

const pagesOf = (model: ReportModel) => readingPages(model).map((p) => ({ id: p.id, label: p.label }));
const occurrences = (text: string, term: string) => text.split(term).length - 1;

describe('extractKeywords with a fake segmenter', () => {
  const model = parseReport(TEXT);
  const pages = pagesOf(model);
  const table = extractKeywords(model, pages, fakeSegment);

  it('reads the pages in reading order', () => {
    expect(pages.map((p) => p.id)).toEqual(['review', 'review-s1', 'review-s2', 'plan', 'plan-s1']);
    expect(table.pages).toEqual(pages);
  });

  it('keeps words of two or more paragraphs, drops stopwords, and orders by score (tf × ln(n/df), summed)', () => {
    // 4 paragraphs. 园区: 3 + 1 in two paragraphs → 4·ln 2; 就业: 2 + 1 in two → 3·ln 2; 机场: 1 + 1 + 1 in three → 3·ln(4/3).
    // 推进 is in two paragraphs but a stopword; 联动, 航线, 民生… are in one paragraph only.
    expect(STOPWORDS.has('推进')).toBe(true);
    expect(table.terms.map((k) => k.term)).toEqual(['园区', '就业', '机场']);
    const [park, jobs, airport] = table.terms;
    expect(park?.score).toBeCloseTo(4 * Math.log(2), 4);
    expect(jobs?.score).toBeCloseTo(3 * Math.log(2), 4);
    expect(airport?.score).toBeCloseTo(3 * Math.log(4 / 3), 4);
  });

  it('counts occurrences and paragraphs, and spreads them over the pages', () => {
    const byTerm = Object.fromEntries(table.terms.map((k) => [k.term, k]));
    expect(byTerm.园区).toMatchObject({ count: 4, paragraphs: 2, byPage: [0, 3, 0, 0, 1] });
    expect(byTerm.就业).toMatchObject({ count: 3, paragraphs: 2, byPage: [0, 0, 2, 0, 1] });
    expect(byTerm.机场).toMatchObject({ count: 3, paragraphs: 3, byPage: [0, 2, 1, 0, 0] });
  });

  it('takes its stopwords and limit from the options', () => {
    const without = extractKeywords(model, pages, fakeSegment, { stopwords: new Set(['园区']) });
    expect(without.terms.map((k) => k.term)).toEqual(['就业', '推进', '机场']);
    expect(extractKeywords(model, pages, fakeSegment, { limit: 1 }).terms.map((k) => k.term)).toEqual(['园区']);
  });

  it('lists each occurrence in context, in reading order, with its sentence', () => {
    const found = keywordInContext(model, pages, '园区', 4);
    expect(found).toHaveLength(4);
    expect(found.map((o) => o.sentenceId)).toEqual([
      'review-s1-p1-s1',
      'review-s1-p1-s1',
      'review-s1-p1-s2',
      'plan-s1-p1-s1',
    ]);
    expect(found[0]).toMatchObject({ page: 1, before: '', after: '建设提速', cutBefore: false, cutAfter: true });
    // Context runs across the sentence end, within the paragraph.
    expect(found[2]).toMatchObject({ before: '我们推进', after: '和机场联', cutBefore: true, cutAfter: true });
    expect(found[3]).toMatchObject({ page: 4, before: '推进', after: '招商。就', cutBefore: false });
    expect(keywordInContext(model, pages, '')).toEqual([]);
  });
});

describe('extractKeywords on the seed with jieba and the report dictionary', () => {
  const slug = 'chengdu-2026';
  const report = getReport(slug);
  const { pages, terms } = getKeywords(slug);
  const paragraphs = paragraphList(report.model);
  const text = paragraphs.map((p) => p.text);

  it('finds a full list of terms of two or more CJK characters, none a stopword', () => {
    expect(terms).toHaveLength(60);
    for (const k of terms) {
      expect(k.term).toMatch(/^[\u3400-\u9fff]{2,}$/);
      expect(STOPWORDS.has(k.term), k.term).toBe(false);
    }
    expect(new Set(terms.map((k) => k.term)).size).toBe(terms.length);
  });

  it('leaves out words of one paragraph only', () => {
    for (const k of terms) {
      expect(k.paragraphs, k.term).toBeGreaterThanOrEqual(2);
      expect(text.filter((t) => t.includes(k.term)).length, k.term).toBeGreaterThanOrEqual(2);
    }
  });

  it('orders by score, best first', () => {
    for (let i = 1; i < terms.length; i++)
      expect((terms[i - 1]?.score ?? 0) >= (terms[i]?.score ?? 0), terms[i]?.term).toBe(true);
  });

  it('counts substring occurrences in the text; every paragraph is on a page, so byPage sums to the count', () => {
    expect(pages.map((p) => p.id)).toEqual(readingPages(report.model).map((p) => p.id));
    for (const k of terms) {
      expect(k.count, k.term).toBe(text.reduce((sum, t) => sum + occurrences(t, k.term), 0));
      expect(k.byPage).toHaveLength(pages.length);
      expect(
        k.byPage.reduce((a, b) => a + b, 0),
        k.term,
      ).toBe(k.count);
    }
  });

  it('lists exactly `count` occurrences in context, each in a sentence that holds the term', () => {
    const sentences = new Map(paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
    for (const k of terms) {
      const found = keywordInContext(report.model, pages, k.term);
      expect(found, k.term).toHaveLength(k.count);
      for (const o of found) {
        expect(sentences.get(o.sentenceId), o.sentenceId).toContain(k.term);
        expect([...o.before].length).toBeLessThanOrEqual(20);
        expect([...o.after].length).toBeLessThanOrEqual(20);
      }
      expect(pages.map((_, i) => found.filter((o) => o.page === i).length)).toEqual(k.byPage);
    }
  });

  it('keeps the dictionary’s words whole', () => {
    const { segment } = searchTools(report.dictionary);
    for (const word of ['智慧蓉城', '成渝地区双城经济圈', '微网实格']) {
      expect(report.dictionary.map((d) => d.word)).toContain(word);
      const holding = text.filter((t) => t.includes(word));
      expect(holding.length, word).toBeGreaterThan(0);
      for (const t of holding) expect(segment(t), word).toContain(word);
    }
    const list = terms.map((k) => k.term);
    expect(list).toContain('智慧蓉城');
    expect(list).toContain('成渝地区双城经济圈');
    // Its pieces are not terms of their own where they occur only inside it.
    expect(list).not.toContain('蓉城');
  });

  it('leaves out the genre’s verbs and counters', () => {
    const list = terms.map((k) => k.term);
    for (const junk of ['推进', '加快', '增至', '入选', '首个', '成为']) expect(list).not.toContain(junk);
  });
});
