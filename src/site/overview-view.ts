/** A report's overview page as [slug]/index.astro places it: frame, start link, contents, data links. */
import { reportChart } from '../charts/dashboard.ts';
import { PART_KIND_LABEL } from '../model/part-kind.ts';
import { readingPages, sectionLabel } from './pages.ts';
import { reportFrame } from './report-frame.ts';
import type { SiteReport } from './reports.ts';
import { dataPath, pagePath } from './urls.ts';

export interface ContentsPart {
  label: string;
  href: string;
  /** What kind of part it is (年度工作回顾, …). */
  kindLabel: string;
  sections: { label: string; href: string }[];
}

/** What the pages outside the parts are, beside their names in the contents. */
const READING_PAGE_LABEL = { opening: '开场', closing: '结束语', appendix: '附件' } as const;

export function overviewView(base: string, report: SiteReport) {
  const { slug, meta, model } = report;
  const first = readingPages(model)[0];
  return {
    frame: reportFrame(base, report, {
      kind: 'overview',
      key: 'overview',
      description: meta.description ?? meta.coverage.covers,
    }),
    start: first ? { label: first.label, href: pagePath(base, slug, first.id) } : null,
    // Every reading page at the top level (opening, parts, closing, appendices), parts with their sections.
    contents: readingPages(model).flatMap((page): ContentsPart[] =>
      page.kind === 'section'
        ? []
        : [
            {
              label: page.label,
              href: pagePath(base, slug, page.id),
              kindLabel: page.kind === 'part' ? PART_KIND_LABEL[page.part.kind] : READING_PAGE_LABEL[page.kind],
              sections:
                page.kind === 'part'
                  ? page.part.sections.map((section) => ({
                      label: sectionLabel(section),
                      href: pagePath(base, slug, section.id),
                    }))
                  : [],
            },
          ],
    ),
    links: {
      reportJson: dataPath(base, slug, 'report.json'),
      metricsJson: dataPath(base, slug, 'metrics.json'),
      metricsCsv: dataPath(base, slug, 'metrics.csv'),
      metrics: pagePath(base, slug, 'metrics'),
      charts: pagePath(base, slug, 'charts'),
      keywords: pagePath(base, slug, 'keywords'),
    },
    targetsChart: reportChart(base, slug, 'targets'),
  };
}
