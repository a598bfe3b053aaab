/**
 * The search index of one report, built at build time and shipped as one compact, versioned
 * JSON file per report. Searchable units are sentences (a paragraph's headline sentence marked
 * as a lead) and headings, each with the page and anchor it lives at. The vocabulary (jieba
 * tokens with the report's custom dictionary) carries document frequencies and pinyin, for
 * fuzzy "did you mean" and pinyin queries; a traditional → simplified map covers the report's
 * characters. Pure: the segmenter, pinyin and converter are passed in, so this module has no
 * I/O and no heavy imports (jieba's wasm never reaches the browser).
 */
import type { ReportModel } from '../model/types.ts';
import { containersOf } from '../model/walk.ts';
import {
  charPairs,
  type IndexTerm,
  type IndexUnit,
  SEARCH_INDEX_VERSION,
  type SearchIndex,
  UNIT_KIND,
} from './format.ts';

export type { SearchIndex } from './format.ts';

export interface IndexTools {
  /** Splits text into words (jieba with the report's dictionary). */
  segment: (text: string) => string[];
  /** Full pinyin without tones or spaces, and initials: 轨道交通 → [guidaojiaotong, gdjt]. */
  pinyin: (word: string) => [string, string];
  /** Traditional forms of one simplified character (empty when it has none). */
  traditional: (char: string) => string[];
}

export interface IndexInput {
  slug: string;
  title: string;
  model: ReportModel;
  /** Page id and label per part and section (the site's reading pages). */
  pages: { id: string; label: string }[];
  synonyms: Record<string, string[]>;
  /** The report's custom dictionary words, always in the vocabulary. */
  dictionary: string[];
}

const CJK_WORD = /^[\u3400-\u9fff]{2,}$/;

export function buildSearchIndex(input: IndexInput, tools: IndexTools): SearchIndex {
  const pageIndex = new Map(input.pages.map((p, i) => [p.id, i]));
  const pages = [{ id: '', label: input.title }, ...input.pages];
  const pageOf = (id: string) => (pageIndex.get(id) ?? -1) + 1;
  const units: IndexUnit[] = [];
  const { front } = input.model;
  for (const line of front.lines) units.push([0, line.id, UNIT_KIND.heading, line.text]);
  for (const part of input.model.parts) {
    if (part.heading) units.push([pageOf(part.id), part.id, UNIT_KIND.heading, part.heading.text]);
    for (const { id, section, paragraphs } of containersOf(part)) {
      if (section?.heading) units.push([pageOf(section.id), section.id, UNIT_KIND.heading, section.heading.text]);
      for (const paragraph of paragraphs)
        for (const [i, sentence] of paragraph.sentences.entries()) {
          const kind = i === 0 && paragraph.lead ? UNIT_KIND.lead : UNIT_KIND.sentence;
          units.push([pageOf(id), sentence.id, kind, sentence.text]);
        }
    }
  }

  // Vocabulary: every CJK word jieba finds, with the number of units holding it.
  const frequency = new Map<string, number>();
  for (const [, , , text] of units) {
    for (const word of new Set(tools.segment(text)))
      if (CJK_WORD.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const extra = [...input.dictionary, ...Object.values(input.synonyms).flat()].filter((w) => CJK_WORD.test(w));
  for (const word of extra)
    if (!frequency.has(word)) frequency.set(word, units.filter(([, , , t]) => t.includes(word)).length);
  const terms: IndexTerm[] = [...frequency.entries()]
    .filter(([, df]) => df > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word, df]) => [word, df, ...tools.pinyin(word)]);

  // Traditional forms of the characters the report uses, so 軌道交通 finds 轨道交通.
  const chars = new Set(units.flatMap(([, , , text]) => [...text]));
  const pairs: [string, string][] = [];
  for (const char of [...chars].sort()) {
    if (!/[\u3400-\u9fff]/.test(char)) continue;
    for (const form of new Set(tools.traditional(char)))
      if (form !== char && [...form].length === 1) pairs.push([form, char]);
  }
  const t2s = charPairs(pairs);

  const synonyms: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(input.synonyms)) synonyms[key.toLowerCase()] = values;
  return { version: SEARCH_INDEX_VERSION, slug: input.slug, title: input.title, pages, units, terms, synonyms, t2s };
}
