/**
 * The keyword pages as [slug]/keywords/index.astro (the explorer) and [slug]/keywords/[term].astro
 * (one term's every occurrence in context) place them.
 */
import { getKeywords } from '../keywords/report.ts';
import { keywordInContext, type Keyword, type KeywordPage, type Occurrence } from '../keywords/extract.ts';
import { reportFrame } from './report-frame.ts';
import type { SiteReport } from './reports.ts';
import { keywordPath, keywordsPath, pagePath, searchPath } from './urls.ts';

/** A cell's shade, 1–4, by its share of the row's largest page count; 0 for none. */
export function heatLevel(count: number, rowMax: number): number {
  return count === 0 || rowMax === 0 ? 0 : Math.max(1, Math.ceil((4 * count) / rowMax));
}

export interface KeywordRow {
  keyword: Keyword;
  href: string;
  /** A cell per page: its count and its shade. */
  cells: { count: number; heat: number }[];
}

export function keywordRows(base: string, slug: string, terms: readonly Keyword[]): KeywordRow[] {
  return terms.map((keyword) => {
    const max = Math.max(...keyword.byPage);
    return {
      keyword,
      href: keywordPath(base, slug, keyword.term),
      cells: keyword.byPage.map((count) => ({ count, heat: heatLevel(count, max) })),
    };
  });
}

export function keywordsView(base: string, report: SiteReport) {
  const { slug, meta } = report;
  const { pages, terms } = getKeywords(slug);
  return {
    frame: reportFrame(base, report, {
      kind: 'keywords',
      key: 'keywords',
      name: '关键词',
      description: `${meta.title}的 ${terms.length} 个关键词：出现次数、所在段落数和在各部分的分布，每个词列出全部出处。`,
      trail: [{ label: '关键词' }],
    }),
    pages: pages.map((page) => ({ ...page, href: pagePath(base, slug, page.id) })),
    rows: keywordRows(base, slug, terms),
  };
}

export interface OccurrenceGroup {
  page: KeywordPage;
  pageHref: string;
  /** Each occurrence with its link: the sentence, the term marked on arrival (`?hl=`). */
  items: (Occurrence & { href: string })[];
}

/** Occurrences grouped by the page they are on, in page order; pages without one left out. */
export function occurrenceGroups(
  base: string,
  slug: string,
  term: string,
  pages: readonly KeywordPage[],
  occurrences: readonly Occurrence[],
): OccurrenceGroup[] {
  const hl = encodeURIComponent(term);
  return pages
    .map((page, index) => {
      const pageHref = pagePath(base, slug, page.id);
      const items = occurrences
        .filter((o) => o.page === index)
        .map((o) => ({ ...o, href: `${pageHref}?hl=${hl}#${o.sentenceId}` }));
      return { page, pageHref, items };
    })
    .filter((group) => group.items.length > 0);
}

export function keywordView(base: string, report: SiteReport, term: string) {
  const { slug, meta, model } = report;
  const { pages, terms } = getKeywords(slug);
  const keyword = terms.find((k) => k.term === term);
  if (!keyword) throw new Error(`${slug}: “${term}” is not a keyword`);
  const occurrences = keywordInContext(model, pages, term);
  if (occurrences.length !== keyword.count)
    throw new Error(`${slug}: “${term}” has ${occurrences.length} occurrences, count says ${keyword.count}`);
  const keywordsHref = keywordsPath(base, slug);
  return {
    frame: reportFrame(base, report, {
      kind: 'keyword',
      key: `keywords/${term}`,
      name: `“${term}” · 关键词`,
      description: `“${term}”在${meta.title}中出现 ${keyword.count} 次，见于 ${keyword.paragraphs} 段：每一处的上下文和原文链接。`,
      trail: [{ label: '关键词', href: keywordsHref }, { label: term }],
    }),
    keyword,
    groups: occurrenceGroups(base, slug, term, pages, occurrences),
    keywordsHref,
    searchHref: searchPath(base, term, slug),
  };
}
