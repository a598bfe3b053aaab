/**
 * The query engine: the same code runs in the browser and in Node tests. Exact substring
 * matching over normalised text guarantees that every unit containing the words is found;
 * pinyin and synonyms expand a word to more words; fuse.js over the vocabulary catches near
 * misses (`智慧容城` → 智慧蓉城) and offers "did you mean". Several words mean AND, a quoted
 * phrase is exact. Ranking is BM25 over the matched words with boosts for headings, leads, and
 * words standing together.
 */
import Fuse from 'fuse.js';
import { charMapFromPairs, type SearchIndex, UNIT_KIND, type UnitKind } from './format.ts';
import { normalizeText, splitQuery } from './normalize.ts';

export interface SearchResult {
  /** Page id (`review-s4`; `''` is the report overview) and anchor id of the unit. */
  page: string;
  id: string;
  kind: 'sentence' | 'heading' | 'lead';
  text: string;
  score: number;
  /** Matched ranges in `text`, sorted and merged. */
  highlights: [number, number][];
}

export interface SearchResponse {
  query: string;
  /** The words searched for after expansion, one group per query word (any of a group matches). */
  words: { query: string; alternatives: string[]; corrected: string | null; phrase: boolean }[];
  results: SearchResult[];
  /** Result counts per page, best page first. */
  groups: { page: string; label: string; count: number }[];
  /** Close words from the vocabulary when nothing matched. */
  suggestions: string[];
}

const KIND_NAME = {
  [UNIT_KIND.sentence]: 'sentence',
  [UNIT_KIND.heading]: 'heading',
  [UNIT_KIND.lead]: 'lead',
} as const;
const KIND_BOOST: Record<UnitKind, number> = { [UNIT_KIND.sentence]: 1, [UNIT_KIND.heading]: 2, [UNIT_KIND.lead]: 1.5 };
const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** Fuse scores (0 = exact) under this are typos to correct; under SUGGEST only suggested. */
const CORRECT_BELOW = 0.34;
const SUGGEST_BELOW = 0.6;
const ASCII_WORD = /^[a-z]+$/;

export interface SearchEngine {
  search(query: string, options?: { limit?: number }): SearchResponse;
  /** Normalises text the way the engine does (for highlighting in the page). */
  normalize(text: string): string;
}

export function createSearchEngine(index: SearchIndex): SearchEngine {
  const t2s = charMapFromPairs(index.t2s);
  const normalize = (text: string) => normalizeText(text, t2s);
  const units = index.units.map(([page, id, kind, text]) => ({ page, id, kind, text, norm: normalize(text) }));
  const averageLength = units.reduce((n, u) => n + u.norm.length, 0) / Math.max(1, units.length);
  const vocabulary = index.terms.map(([term, df, full, initials]) => ({ term, df, full, initials }));
  const synonyms = new Map(Object.entries(index.synonyms).map(([k, v]) => [normalize(k), v.map(normalize)]));
  // Fuse over the compact vocabulary, not the long sentences: it ranks near-miss words well.
  // Only words sharing a character with the query and of about its length are candidates,
  // which keeps a fuzzy lookup well under a millisecond.
  const termsByChar = new Map<string, number[]>();
  vocabulary.forEach((v, i) => {
    for (const char of new Set(v.term)) termsByChar.set(char, [...(termsByChar.get(char) ?? []), i]);
  });
  function nearWords(word: string, limit: number) {
    const candidates = new Set<number>();
    for (const char of new Set(word)) for (const i of termsByChar.get(char) ?? []) candidates.add(i);
    const pool = [...candidates]
      .map((i) => vocabulary[i] as (typeof vocabulary)[number])
      .filter((v) => Math.abs(v.term.length - word.length) <= 2);
    return new Fuse(pool, { keys: ['term'], includeScore: true, ignoreLocation: true, threshold: SUGGEST_BELOW })
      .search(word, { limit })
      .filter((r) => (r.score ?? 1) < SUGGEST_BELOW);
  }

  const unitsContaining = (word: string) => units.filter((u) => u.norm.includes(word));

  function expand(word: string): string[] {
    const alternatives = new Set([word]);
    for (const synonym of synonyms.get(word) ?? []) alternatives.add(synonym);
    if (ASCII_WORD.test(word)) {
      // Pinyin: full (guidaojiaotong) or initials (gdjt) of a vocabulary word.
      for (const v of vocabulary)
        if (v.full === word || (word.length >= 2 && v.initials === word)) alternatives.add(v.term);
    }
    return [...alternatives];
  }

  /** Longest vocabulary words first: `成都人工智能` → 成都, 人工智能 (a query typed without spaces). */
  function segmentByVocabulary(word: string): string[] {
    const known = new Set(vocabulary.map((v) => v.term));
    const parts: string[] = [];
    let i = 0;
    while (i < word.length) {
      let length = Math.min(8, word.length - i);
      while (length > 1 && !known.has(word.slice(i, i + length))) length--;
      parts.push(word.slice(i, i + length));
      i += length;
    }
    return parts;
  }

  function search(query: string, options: { limit?: number } = {}): SearchResponse {
    const words: SearchResponse['words'] = [];
    let suggestions: string[] = [];
    for (const { text, phrase } of splitQuery(normalize(query).trim())) {
      const alternatives = phrase ? [text] : expand(text);
      if (phrase || alternatives.some((a) => units.some((u) => u.norm.includes(a)))) {
        words.push({ query: text, alternatives, corrected: null, phrase });
        continue;
      }
      const pieces = text.length > 2 ? segmentByVocabulary(text) : [];
      if (
        pieces.length > 1 &&
        pieces.every((p) => p.length > 1) &&
        units.some((u) => pieces.every((p) => u.norm.includes(p)))
      ) {
        for (const piece of pieces)
          words.push({ query: piece, alternatives: expand(piece), corrected: null, phrase: false });
        continue;
      }
      const near = nearWords(text, 5);
      const best = near[0];
      // A typo in a long word is corrected; a short word off by one character is another word (无人车 ≠ 无人机).
      if (
        best &&
        text.length >= 4 &&
        (best.score ?? 1) < CORRECT_BELOW &&
        Math.abs(best.item.term.length - text.length) <= 1
      ) {
        words.push({ query: text, alternatives: [best.item.term], corrected: best.item.term, phrase: false });
      } else {
        suggestions = [...new Set([...suggestions, ...near.map((r) => r.item.term)])].slice(0, 5);
        words.push({ query: text, alternatives, corrected: null, phrase: false });
      }
    }
    if (words.length === 0) return { query, words, results: [], groups: [], suggestions };

    const idf = new Map<string, number>();
    for (const alternative of new Set(words.flatMap((w) => w.alternatives))) {
      const df = unitsContaining(alternative).length;
      idf.set(alternative, Math.log(1 + (units.length - df + 0.5) / (df + 0.5)));
    }
    const whole = words.map((w) => w.query).join('');
    const results: SearchResult[] = [];
    for (const unit of units) {
      let score = 0;
      const ranges: [number, number][] = [];
      let matchedAll = true;
      for (const word of words) {
        let best = 0;
        for (const alternative of word.alternatives) {
          let tf = 0;
          for (
            let at = unit.norm.indexOf(alternative);
            at !== -1;
            at = unit.norm.indexOf(alternative, at + alternative.length)
          ) {
            tf++;
            ranges.push([at, at + alternative.length]);
          }
          if (tf === 0) continue;
          const norm = BM25_K1 * (1 - BM25_B + (BM25_B * unit.norm.length) / averageLength);
          best = Math.max(
            best,
            ((idf.get(alternative) ?? 0) * tf * (BM25_K1 + 1)) / (tf + norm) + alternative.length * 0.01,
          );
        }
        if (best === 0) {
          matchedAll = false;
          break;
        }
        score += best;
      }
      if (!matchedAll) continue;
      score *= KIND_BOOST[unit.kind as UnitKind];
      if (words.length > 1 && unit.norm.includes(whole)) score *= 1.5; // the words standing together
      results.push({
        page: index.pages[unit.page]?.id ?? '',
        id: unit.id,
        kind: KIND_NAME[unit.kind as UnitKind],
        text: unit.text,
        score,
        highlights: mergeRanges(ranges),
      });
    }
    results.sort((a, b) => b.score - a.score);
    const counts = new Map<string, number>();
    for (const r of results) counts.set(r.page, (counts.get(r.page) ?? 0) + 1);
    const groups = [...counts.entries()].map(([page, count]) => ({
      page,
      label: index.pages.find((p) => p.id === page)?.label ?? page,
      count,
    }));

    return { query, words, results: options.limit ? results.slice(0, options.limit) : results, groups, suggestions };
  }

  return { search, normalize };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
