/**
 * What every page of a report shares, computed once for layouts/ReportLayout.astro: the document
 * title, the description, the breadcrumbs (home › report › …) and the report navigation, or the
 * full width for a page built around a wide table (see the registry's `wide`).
 */
import { pageKind, type ReportPageKindName } from './registry.ts';
import { reportNav, type OnPageItem, type ReportNavData } from './report-nav.ts';
import type { SiteReport } from './reports.ts';
import { dataPath, reportPath, withBase } from './urls.ts';

export interface Crumb {
  label: string;
  href?: string;
}

export interface ReportFrame {
  /** The document title: the page's name, then the report's title. */
  title: string;
  description: string;
  crumbs: Crumb[];
  /** The contents sidebar and drawer; null on a wide page. */
  nav: ReportNavData | null;
  wide: boolean;
  /** The report the header search box searches. */
  slug: string;
  /** The report's moved.json (old id → new URL), when ids have moved: src/client/moved.ts reads it. */
  movedMap: string | null;
}

export interface FramedPage {
  kind: ReportPageKindName;
  /** The page's registry key (what the navigation marks as current). */
  key: string;
  /** The page's name before the report's in the title; none on the overview, whose title is the report's. */
  name?: string;
  description: string;
  /** The breadcrumbs after the report's own (which links to the overview when there are any). */
  trail?: Crumb[];
  onPage?: OnPageItem[];
}

export function reportFrame(base: string, report: SiteReport, page: FramedPage): ReportFrame {
  const { title } = report.meta;
  const trail = page.trail ?? [];
  const { wide } = pageKind(page.kind);
  return {
    title: page.name ? `${page.name} · ${title}` : title,
    description: page.description,
    crumbs: [
      { label: '首页', href: withBase(base, '/') },
      trail.length > 0 ? { label: title, href: reportPath(base, report.slug) } : { label: title },
      ...trail,
    ],
    nav: wide ? null : reportNav(base, report, page.key, page.onPage),
    wide,
    slug: report.slug,
    movedMap: Object.keys(report.moved).length > 0 ? dataPath(base, report.slug, 'moved.json') : null,
  };
}
