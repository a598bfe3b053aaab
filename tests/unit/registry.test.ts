/**
 * src/site/registry.ts, report-nav.ts and report-frame.ts: the one list of a report's pages, and
 * the navigation and frame drawn from it.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/model/parse.ts';
import { readingPages } from '../../src/site/pages.ts';
import {
  REPORT_PAGE_KINDS,
  type ReportPageKind,
  pageKind,
  reportPages,
  staticPathsOf,
} from '../../src/site/registry.ts';
import { reportFrame } from '../../src/site/report-frame.ts';
import { reportNav } from '../../src/site/report-nav.ts';
import { type SiteReport, getReport } from '../../src/site/reports.ts';
import { getKeywords } from '../../src/keywords/report.ts';

const seed = getReport('chengdu-2026');

/** A report of a small text: two parts, the first with two sections. */
const tiny: SiteReport = {
  ...seed,
  slug: 'tiny',
  model: parseReport(
    '一、2025年工作回顾\n（一）产业\n园区建设提速。\n（二）民生\n就业稳定。\n二、2026年工作安排\n推进招商。\n',
  ),
  metrics: [],
};

describe('reportPages', () => {
  const pages = reportPages(seed, '/r/');

  it('lists the overview, the reading pages, the moved pages, metrics, charts, keywords and each keyword, in that order', () => {
    const reading = readingPages(seed.model).map((p) => `/r/chengdu-2026/${p.id}/`);
    const terms = getKeywords('chengdu-2026').terms.map(
      (k) => `/r/chengdu-2026/keywords/${encodeURIComponent(k.term)}/`,
    );
    expect(pages.map((p) => p.path)).toEqual([
      '/r/chengdu-2026/',
      ...reading,
      // The seed's five-year review was the page review5; its old URL stays (src/site/moved.ts).
      '/r/chengdu-2026/review5/',
      '/r/chengdu-2026/metrics/',
      '/r/chengdu-2026/charts/',
      '/r/chengdu-2026/keywords/',
      ...terms,
    ]);
  });

  it('gives every page a distinct key and path, and the route params its file needs', () => {
    expect(new Set(pages.map((p) => p.key)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    expect(pages[0]).toEqual({ key: 'overview', params: { slug: 'chengdu-2026' }, path: '/r/chengdu-2026/' });
    expect(pages.find((p) => p.key === 'review-s4')?.params).toEqual({ slug: 'chengdu-2026', page: 'review-s4' });
    expect(pages.find((p) => p.key === 'keywords/智慧蓉城')?.params).toEqual({
      slug: 'chengdu-2026',
      term: '智慧蓉城',
    });
  });

  it('refuses a reading page whose id names another page', () => {
    const [first] = tiny.model.parts;
    if (!first) throw new Error('tiny has no part');
    for (const reserved of ['metrics', 'charts', 'keywords']) {
      const clash = { ...tiny, model: { ...tiny.model, parts: [{ ...first, id: reserved }] } };
      expect(() => pageKind('reading').pages(clash, '/')).toThrow(`page id “${reserved}” is reserved`);
    }
  });
});

describe('staticPathsOf', () => {
  it('gives each route the params of its kind’s pages in every report', () => {
    expect(staticPathsOf('metrics')()).toEqual([{ params: { slug: 'chengdu-2026' } }]);
    expect(staticPathsOf('reading')().map((p) => p.params.page)).toEqual(readingPages(seed.model).map((p) => p.id));
    expect(staticPathsOf('keyword')()).toHaveLength(getKeywords('chengdu-2026').terms.length);
  });
});

describe('reportNav', () => {
  it('shows the kinds with a place, in order: overview, contents, then metrics, charts and keywords', () => {
    const nav = reportNav('/', tiny, 'review-s2');
    expect(nav.blocks.map((b) => b.kind)).toEqual(['links', 'contents', 'links']);
    const [before, contents, after] = nav.blocks;
    expect(before?.kind === 'links' && before.links.map((l) => [l.label, l.href])).toEqual([['报告概览', '/tiny/']]);
    expect(after?.kind === 'links' && after.links.map((l) => [l.label, l.href])).toEqual([
      ['数字指标', '/tiny/metrics/'],
      ['图表', '/tiny/charts/'],
      ['关键词', '/tiny/keywords/'],
    ]);
    if (contents?.kind !== 'contents') throw new Error('no contents block');
    expect(contents.parts.map((p) => [p.href, p.current, p.holdsCurrent])).toEqual([
      ['/tiny/review/', false, true],
      ['/tiny/plan/', false, false],
    ]);
    expect(contents.parts[0]?.sections.map((s) => [s.href, s.current])).toEqual([
      ['/tiny/review-s1/', false],
      ['/tiny/review-s2/', true],
    ]);
  });

  it('marks exactly the current page, whichever kind it is', () => {
    for (const current of ['overview', 'review', 'plan', 'metrics', 'charts', 'keywords']) {
      const nav = reportNav('/', tiny, current);
      const links = nav.blocks.flatMap((b) =>
        b.kind === 'links' ? b.links : b.parts.flatMap((p) => [p, ...p.sections]),
      );
      expect(links.filter((l) => l.current)).toHaveLength(1);
    }
    const onTerm = reportNav('/', tiny, 'keywords/园区');
    expect(onTerm.blocks.flatMap((b) => (b.kind === 'links' ? b.links : [])).some((l) => l.current)).toBe(false);
  });

  it('adds a link for a new kind by its entry alone', () => {
    const glossary: ReportPageKind = {
      name: 'glossary',
      segment: 'glossary',
      nav: { label: '术语' },
      wide: false,
      pages: (report, base) => [
        { key: 'glossary', params: { slug: report.slug }, path: `${base}${report.slug}/glossary/` },
      ],
    };
    const nav = reportNav('/', tiny, 'glossary', [], [...REPORT_PAGE_KINDS, glossary]);
    const last = nav.blocks.at(-1);
    expect(last?.kind === 'links' && last.links.at(-1)).toEqual({
      label: '术语',
      href: '/tiny/glossary/',
      current: true,
    });
  });

  it('carries the page’s own list', () => {
    expect(reportNav('/', tiny, 'review-s1', [{ id: 'review-s1-p1', label: '园区' }]).onPage).toEqual([
      { id: 'review-s1-p1', label: '园区' },
    ]);
  });
});

describe('reportFrame', () => {
  it('titles the overview with the report’s title, its crumb unlinked', () => {
    const frame = reportFrame('/b/', tiny, { kind: 'overview', key: 'overview', description: 'd' });
    expect(frame.title).toBe(seed.meta.title);
    expect(frame.crumbs).toEqual([{ label: '首页', href: '/b/' }, { label: seed.meta.title }]);
    expect(frame.nav?.slug).toBe('tiny');
    expect(frame.wide).toBe(false);
  });

  it('puts the page’s name first and links the report’s crumb when a trail follows', () => {
    const frame = reportFrame('/', tiny, {
      kind: 'keyword',
      key: 'keywords/园区',
      name: '“园区” · 关键词',
      description: 'd',
      trail: [{ label: '关键词', href: '/tiny/keywords/' }, { label: '园区' }],
    });
    expect(frame.title).toBe(`“园区” · 关键词 · ${seed.meta.title}`);
    expect(frame.crumbs.map((c) => c.href)).toEqual(['/', '/tiny/', '/tiny/keywords/', undefined]);
  });

  it('gives a wide kind (the metrics table) the full width and no contents sidebar', () => {
    const frame = reportFrame('/', tiny, { kind: 'metrics', key: 'metrics', name: '指标一览', description: 'd' });
    expect(frame.wide).toBe(true);
    expect(frame.nav).toBeNull();
    expect(frame.slug).toBe('tiny');
  });
});
