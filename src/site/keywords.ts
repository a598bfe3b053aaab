/** Build-time: each report's keyword table, computed once per build (jieba: Node only). */
import { extractKeywords, type KeywordTable } from '../report/keywords.ts';
import { searchTools } from '../report/search-tools.ts';
import { readingPages } from './pages.ts';
import { getReport } from './reports.ts';

const cache = new Map<string, KeywordTable>();

export function getKeywords(slug: string): KeywordTable {
  let table = cache.get(slug);
  if (!table) {
    const report = getReport(slug);
    const pages = readingPages(report.model).map((p) => ({ id: p.id, label: p.label }));
    table = extractKeywords(report.model, pages, searchTools(report.dictionary).segment);
    cache.set(slug, table);
  }
  return table;
}
