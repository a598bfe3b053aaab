/** A report's overview page as [slug]/index.astro places it: frame, start link, contents, data links. */
import { reportChart } from '../charts/dashboard.ts';
import { PART_KIND_LABEL } from '../model/part-kind.ts';
import { partLabel, readingPages, sectionLabel } from './pages.ts';
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
    contents: model.parts.map(
      (part): ContentsPart => ({
        label: partLabel(part),
        href: pagePath(base, slug, part.id),
        kindLabel: PART_KIND_LABEL[part.kind],
        sections: part.sections.map((section) => ({
          label: sectionLabel(section),
          href: pagePath(base, slug, section.id),
        })),
      }),
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
