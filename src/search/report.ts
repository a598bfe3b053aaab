/**
 * Build-time: the search index of a report, from the same reading pages the site renders.
 * Importing this loads jieba (Node only); only the index endpoint and tests import it.
 */
import { buildSearchIndex, type SearchIndex } from './build.ts';
import { searchTools } from '../text/tools.ts';
import type { LoadedReport } from '../model/load.ts';
import { readingPages } from '../site/pages.ts';

export function reportSearchIndex(report: LoadedReport): SearchIndex {
  return buildSearchIndex(
    {
      slug: report.slug,
      title: report.meta.title,
      model: report.model,
      pages: readingPages(report.model).map((page) => ({ id: page.id, label: page.label })),
      synonyms: report.synonyms,
      dictionary: report.dictionary.map((entry) => entry.word),
    },
    searchTools(report.dictionary),
  );
}
