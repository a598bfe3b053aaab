/**
 * What a report's navigation (components/ReportNav.astro) shows: the registry's kinds in order,
 * each a link or, for the reading pages, the contents (every part with its sections), with the
 * current page marked; and on reading pages the page's own list of paragraph leads.
 */
import { readingPages, sectionLabel } from './pages.ts';
import { REPORT_PAGE_KINDS, type ReportPageKind } from './registry.ts';
import type { SiteReport } from './reports.ts';
import { pagePath } from './urls.ts';

export interface NavLink {
  label: string;
  href: string;
  current: boolean;
}

export interface NavPart extends NavLink {
  /** One of the part's sections is the current page. */
  holdsCurrent: boolean;
  sections: NavLink[];
}

/** A run of single links (a list), or the contents (an ordered list of parts). */
export type NavBlock = { kind: 'links'; links: NavLink[] } | { kind: 'contents'; parts: NavPart[] };

/** An item of the page's own list: a paragraph with a lead. */
export interface OnPageItem {
  id: string;
  label: string;
}

export interface ReportNavData {
  slug: string;
  /** The report's title, which the header shows. */
  title: string;
  blocks: NavBlock[];
  onPage: OnPageItem[];
}

/** The navigation of `report` on the page whose registry key is `current`. */
export function reportNav(
  base: string,
  report: SiteReport,
  current: string,
  onPage: OnPageItem[] = [],
  kinds: readonly ReportPageKind[] = REPORT_PAGE_KINDS,
): ReportNavData {
  const link = (label: string, href: string, key: string): NavLink => ({ label, href, current: key === current });
  const blocks: NavBlock[] = [];
  for (const kind of kinds) {
    if (kind.nav === null) continue;
    if (kind.nav === 'contents') {
      blocks.push({ kind: 'contents', parts: contents(base, report, current) });
      continue;
    }
    const [page] = kind.pages(report, base);
    if (!page) continue;
    const last = blocks.at(-1);
    const item = link(kind.nav.label, page.path, page.key);
    if (last?.kind === 'links') last.links.push(item);
    else blocks.push({ kind: 'links', links: [item] });
  }
  return { slug: report.slug, title: report.meta.title, blocks, onPage };
}

/** Every reading page at the top level (opening, parts, closing, appendices), each part with its sections. */
function contents(base: string, report: SiteReport, current: string): NavPart[] {
  return readingPages(report.model).flatMap((page): NavPart[] => {
    if (page.kind === 'section') return [];
    const sections = page.kind === 'part' ? page.part.sections : [];
    return [
      {
        label: page.label,
        href: pagePath(base, report.slug, page.id),
        current: page.id === current,
        holdsCurrent: sections.some((section) => section.id === current),
        sections: sections.map((section) => ({
          label: sectionLabel(section),
          href: pagePath(base, report.slug, section.id),
          current: section.id === current,
        })),
      },
    ];
  });
}
