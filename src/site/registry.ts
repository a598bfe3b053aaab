/**
 * The one list of a report's pages. Each kind of page is one entry here: its route's static paths,
 * its place in the report navigation, its frame (wide or with the contents sidebar) and the sitemap
 * all come from it. The entries are in site order: the sitemap lists a report's pages in this
 * order, and the navigation shows the kinds that have a place in it in this order.
 */
import { getKeywords } from '../keywords/report.ts';
import { movedPages } from './moved.ts';
import { readingPages } from './pages.ts';
import { getReports, type SiteReport } from './reports.ts';
import { keywordPath, keywordsPath, pagePath, reportPath } from './urls.ts';

/** One built page of a report. */
export interface ReportPageRef {
  /** What the report navigation marks as current here: `overview`, a reading page's id, `metrics`, `keywords/<term>`. */
  key: string;
  /** The route's params: the report's slug and, for a kind with a page per item, the item's. */
  params: Record<string, string>;
  /** The page's path, base included. */
  path: string;
  /** A page kept only so an old URL still lands (a moved page): built, but not in the sitemap. */
  unlisted?: true;
}

export interface ReportPageKind {
  name: string;
  /**
   * The fixed name the kind takes below `/<slug>/`, so no reading page id may take it (the ids of
   * src/model/ids.ts never do; the reading route checks). Null for kinds named by the report.
   */
  segment: string | null;
  /** Its place in the report navigation: one link, the contents (every part and section), or none. */
  nav: { label: string } | 'contents' | null;
  /** A page built around a wide table: the whole width, without the contents sidebar. */
  wide: boolean;
  pages(report: SiteReport, base: string): ReportPageRef[];
}

/** The one page a kind has per report, its key the kind's segment. */
function single(segment: string, path: (base: string, slug: string) => string) {
  return (report: SiteReport, base: string): ReportPageRef[] => [
    { key: segment, params: { slug: report.slug }, path: path(base, report.slug) },
  ];
}

export const REPORT_PAGE_KINDS = [
  {
    name: 'overview',
    segment: null,
    nav: { label: '报告概览' },
    wide: false,
    pages: (report, base) => [{ key: 'overview', params: { slug: report.slug }, path: reportPath(base, report.slug) }],
  },
  {
    name: 'reading',
    segment: null,
    nav: 'contents',
    wide: false,
    pages: (report, base) =>
      readingPages(report.model).map((page) => {
        if (RESERVED_SEGMENTS.has(page.id))
          throw new Error(`${report.slug}: page id “${page.id}” is reserved for another page`);
        return {
          key: page.id,
          params: { slug: report.slug, page: page.id },
          path: pagePath(base, report.slug, page.id),
        };
      }),
  },
  {
    // Reading pages an earlier build published that this one has not (src/site/moved.ts): each
    // sends the reader to the page that now holds its text. Same route as the reading pages.
    name: 'moved',
    segment: null,
    nav: null,
    wide: false,
    pages: (report, base) =>
      movedPages(report).map(({ id }) => ({
        key: id,
        params: { slug: report.slug, page: id },
        path: pagePath(base, report.slug, id),
        unlisted: true as const,
      })),
  },
  {
    name: 'metrics',
    segment: 'metrics',
    nav: { label: '数字指标' },
    wide: true,
    pages: single('metrics', (base, slug) => pagePath(base, slug, 'metrics')),
  },
  {
    name: 'charts',
    segment: 'charts',
    nav: { label: '图表' },
    wide: false,
    pages: single('charts', (base, slug) => pagePath(base, slug, 'charts')),
  },
  {
    name: 'keywords',
    segment: 'keywords',
    nav: { label: '关键词' },
    wide: false,
    pages: single('keywords', keywordsPath),
  },
  {
    name: 'keyword',
    segment: null,
    nav: null,
    wide: false,
    pages: (report, base) =>
      getKeywords(report.slug).terms.map(({ term }) => ({
        key: `keywords/${term}`,
        params: { slug: report.slug, term },
        path: keywordPath(base, report.slug, term),
      })),
  },
] as const satisfies readonly ReportPageKind[];

export type ReportPageKindName = (typeof REPORT_PAGE_KINDS)[number]['name'];

const RESERVED_SEGMENTS: ReadonlySet<string> = new Set(REPORT_PAGE_KINDS.flatMap((kind) => kind.segment ?? []));

export function pageKind(name: ReportPageKindName): ReportPageKind {
  return REPORT_PAGE_KINDS.find((kind) => kind.name === name) as ReportPageKind;
}

/** Every page of one report, in site order. */
export function reportPages(report: SiteReport, base: string): ReportPageRef[] {
  return REPORT_PAGE_KINDS.flatMap((kind) => kind.pages(report, base));
}

/** A route's `getStaticPaths`: the params of every page of its kinds in every report. */
export function staticPathsOf(...names: ReportPageKindName[]): () => { params: Record<string, string> }[] {
  return () =>
    getReports().flatMap((report) =>
      names.flatMap((name) =>
        pageKind(name)
          .pages(report, import.meta.env.BASE_URL)
          .map(({ params }) => ({ params })),
      ),
    );
}

/** A route param the registry's static paths always set; a missing one is a bug in the route, said plainly. */
export function routeParam(params: Record<string, string | undefined>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`route param “${name}” is missing`);
  return value;
}
