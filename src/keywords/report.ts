/** Build-time: each report's keyword table, computed once per build (jieba: Node only). */
import { extractKeywords, type KeywordTable } from './extract.ts';
import { searchTools } from '../text/tools.ts';
import { readingPages } from '../site/pages.ts';
import { getReport } from '../site/reports.ts';

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
