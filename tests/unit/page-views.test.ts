/**
 * The page data of src/site/*-view.ts and about.ts: what the report pages place, computed in
 * TypeScript. A small parsed text for the edge cases, the seed where the real data matters.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedMetric } from '../../src/metrics/publish.ts';
import { parseReport } from '../../src/model/parse.ts';
import { exampleLink } from '../../src/site/about.ts';
import { heatLevel, keywordRows, keywordView, occurrenceGroups } from '../../src/site/keywords-view.ts';
import { metricRows, metricsView, periodOptions, relationOptions } from '../../src/site/metrics-view.ts';
import { readingPages } from '../../src/site/pages.ts';
import { openingDescription, readingView } from '../../src/site/reading-view.ts';
import { type SiteReport, getReport } from '../../src/site/reports.ts';
import type { Sentence } from '../../src/model/types.ts';
import { pageIdOf } from '../../src/model/ids.ts';

const seed = getReport('chengdu-2026');
const tiny: SiteReport = {
  ...seed,
  slug: 'tiny',
  model: parseReport(
    '一、2025年工作回顾\n各位代表！\n（一）产业\n园区建设提速。\n（二）民生\n甲。乙。\n丙。丁。\n戊。己。庚。\n二、2026年工作安排\n推进招商。\n',
  ),
  metrics: [],
};

describe('readingView', () => {
  it('leads from the first page back to the overview and on through parts and sections', () => {
    const first = readingView('/', tiny, 'review');
    expect(first.previous).toEqual({ href: '/tiny/', direction: '返回', title: '报告概览' });
    expect(first.next).toMatchObject({ href: '/tiny/review-s1/', direction: '下一页', rel: 'next' });
    expect(first.sections.map((s) => s.href)).toEqual(['/tiny/review-s1/', '/tiny/review-s2/']);
    const last = readingView('/', tiny, 'plan');
    expect(last.previous).toMatchObject({ href: '/tiny/review-s2/', direction: '上一页', rel: 'prev' });
    expect(last.next).toEqual({ href: '/tiny/', direction: '读完了', title: '回到报告概览' });
  });

  it('crumbs a section under its part and frames it with its paragraphs', () => {
    const view = readingView('/', tiny, 'review-s2');
    expect(view.anchor).toBe('review-s2');
    expect(view.sections).toEqual([]);
    expect(view.paragraphs.map((p) => p.paragraph.id)).toEqual(['review-s2-p1', 'review-s2-p2', 'review-s2-p3']);
    expect(view.frame.crumbs.map((c) => c.href)).toEqual(['/', '/tiny/', '/tiny/review/', undefined]);
    expect(view.frame.nav?.blocks.some((b) => b.kind === 'contents')).toBe(true);
  });

  it('gives each paragraph of the seed its own metrics, every metric once', () => {
    const views = readingPages(seed.model).map((p) => readingView('/', seed, p.id));
    const shown = views.flatMap((v) =>
      [...v.paragraphs, ...v.closing].flatMap((p) => p.metrics.map((m) => [m.paragraphId, p.paragraph.id])),
    );
    expect(shown).toHaveLength(seed.metrics.length);
    for (const [metricParagraph, paragraph] of shown) expect(metricParagraph).toBe(paragraph);
  });

  it('refuses an unknown page', () => {
    expect(() => readingView('/', tiny, 'plan-s7')).toThrow('no reading page');
  });
});

describe('openingDescription', () => {
  const s = (text: string) => ({ text }) as Sentence;
  it('takes sentences until 30 characters, else the fallback', () => {
    expect(
      openingDescription(
        [s('各位代表！'), s('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十。'), s('不要。')],
        'x',
      ),
    ).toBe('各位代表！一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十。');
    expect(openingDescription([s('短。'), s('也短。')], 'x')).toBe('短。也短。');
    expect(openingDescription([], '标签')).toBe('标签');
  });
});

describe('metrics options and rows', () => {
  const m = (period: string, relation: PublishedMetric['relation']) => ({ period, relation });
  it('lists periods present in order with unknown last, relations in RELATIONS order', () => {
    expect(
      periodOptions([m('unknown', 'growth'), m('2026', 'growth'), m('2021-2025', 'level'), m('2025', 'rank')]),
    ).toEqual(['2021-2025', '2025', '2026', 'unknown']);
    expect(relationOptions([m('2025', 'rank'), m('2025', 'growth'), m('2025', 'growth')])).toEqual(['growth', 'rank']);
  });

  it('places every seed metric on its reading page, in reading order, and offers only pages with metrics', () => {
    const view = metricsView('/', seed);
    expect(view.rows).toHaveLength(seed.metrics.length);
    for (const row of view.rows) {
      expect(pageIdOf(row.metric.sentenceId)).toBe(row.page.id);
      expect(row.pageHref).toBe(`/chengdu-2026/${row.page.id}/`);
    }
    const orders = view.rows.map((r) => r.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    // The section filter offers exactly the pages that hold a metric, in the site's page order.
    expect(new Set(view.sections.map((p) => p.id))).toEqual(new Set(view.rows.map((r) => r.page.id)));
    const pageOrder = readingPages(seed.model).map((p) => p.id);
    const positions = view.sections.map((p) => pageOrder.indexOf(p.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(view.frame.nav).toBeNull();
  });

  it('stops on a metric whose sentence is on no reading page', () => {
    const [metric] = metricsView('/', seed).rows.map((r) => r.metric);
    if (!metric) throw new Error('the seed has no metric');
    expect(() =>
      metricRows('/', 'tiny', readingPages(tiny.model), [{ ...metric, sentenceId: 'nowhere-p1-s1' }]),
    ).toThrow('is on no reading page (nowhere)');
  });
});

describe('keyword pages', () => {
  it('shades a cell 1–4 by its share of the row’s largest count, 0 for none', () => {
    expect([0, 1, 2, 3, 4, 8].map((n) => heatLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 4]);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(0, 0)).toBe(0);
  });

  it('links each term and shades its cells', () => {
    const [row] = keywordRows('/b/', 's', [{ term: '园区', count: 5, paragraphs: 2, score: 1, byPage: [0, 1, 4] }]);
    expect(row?.href).toBe(`/b/s/keywords/${encodeURIComponent('园区')}/`);
    expect(row?.cells).toEqual([
      { count: 0, heat: 0 },
      { count: 1, heat: 1 },
      { count: 4, heat: 4 },
    ]);
  });

  it('groups occurrences by page in page order, leaving out pages without one', () => {
    const pages = [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ];
    const at = (page: number, sentenceId: string) => ({
      sentenceId,
      paragraphId: '',
      page,
      before: '',
      after: '',
      cutBefore: false,
      cutAfter: false,
    });
    const groups = occurrenceGroups('/', 's', '智慧 蓉城', pages, [
      at(2, 'c-p1-s1'),
      at(0, 'a-p1-s1'),
      at(2, 'c-p2-s1'),
    ]);
    expect(groups.map((g) => [g.page.id, g.items.map((i) => i.href)])).toEqual([
      ['a', ['/s/a/?hl=%E6%99%BA%E6%85%A7%20%E8%93%89%E5%9F%8E#a-p1-s1']],
      [
        'c',
        [
          '/s/c/?hl=%E6%99%BA%E6%85%A7%20%E8%93%89%E5%9F%8E#c-p1-s1',
          '/s/c/?hl=%E6%99%BA%E6%85%A7%20%E8%93%89%E5%9F%8E#c-p2-s1',
        ],
      ],
    ]);
  });

  it('refuses a term that is not a keyword', () => {
    expect(() => keywordView('/', seed, '不是关键词的词')).toThrow('is not a keyword');
    expect(keywordView('/', seed, '智慧蓉城').frame.nav?.blocks.length).toBeGreaterThan(0);
  });
});

describe('exampleLink', () => {
  it('takes the first section’s 3rd paragraph’s 2nd sentence', () => {
    expect(exampleLink('/', 'tiny', tiny.model)).toEqual({
      label: '（二）民生 第 3 段第 2 句',
      href: '/tiny/review-s2/#review-s2-p3-s2',
      id: 'review-s2-p3-s2',
    });
  });

  it('falls back to the first sentence of the first page, and to none', () => {
    const short = parseReport('一、2025年工作回顾\n各位代表！\n（一）产业\n园区建设提速。\n');
    expect(exampleLink('/', 'x', short)).toEqual({
      label: '一、2025年工作回顾 第 1 段第 1 句',
      href: '/x/review/#review-p1-s1',
      id: 'review-p1-s1',
    });
    expect(exampleLink('/', 'x', parseReport('一、2025年工作回顾\n（一）产业\n园区建设提速。\n'))).toBeNull();
  });
});
