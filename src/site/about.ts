/** What /about/ (pages/about.astro) shows of each report beyond its metadata: an example link and the downloads. */
import { sentences } from '../model/walk.ts';
import type { ReportModel } from '../model/types.ts';
import { pageParagraphs, readingPages, sectionLabel } from './pages.ts';
import type { SiteReport } from './reports.ts';
import { dataPath, pagePath, reportPath } from './urls.ts';

export interface ExampleLink {
  label: string;
  href: string;
  id: string;
}

/**
 * A real sentence link to show as an example: the first section's 3rd paragraph's 2nd sentence
 * (a typical deep link), else the first sentence of the first reading page; null for a text without one.
 */
export function exampleLink(base: string, slug: string, model: ReportModel): ExampleLink | null {
  for (const place of sentences(model)) {
    if (place.section && place.paragraph === place.paragraphs[2] && place.index === 1)
      return {
        label: `${sectionLabel(place.section)} 第 3 段第 2 句`,
        href: `${pagePath(base, slug, place.section.id)}#${place.sentence.id}`,
        id: place.sentence.id,
      };
  }
  const page = readingPages(model)[0];
  const sentence = page && pageParagraphs(model, page).main[0]?.sentences[0];
  return page && sentence
    ? {
        label: `${page.label} 第 1 段第 1 句`,
        href: `${pagePath(base, slug, page.id)}#${sentence.id}`,
        id: sentence.id,
      }
    : null;
}

export function aboutReports(base: string, reports: readonly SiteReport[]) {
  return reports.map((report) => {
    const { slug } = report;
    return {
      report,
      example: exampleLink(base, slug, report.model),
      href: reportPath(base, slug),
      metricsHref: pagePath(base, slug, 'metrics'),
      downloads: {
        reportJson: dataPath(base, slug, 'report.json'),
        metricsJson: dataPath(base, slug, 'metrics.json'),
        metricsCsv: dataPath(base, slug, 'metrics.csv'),
      },
    };
  });
}
