/**
 * The search index file format, documented once and read and written only here: the index
 * builder (Node, build time) writes it with `serializeSearchIndex`, the engine (browser and Node)
 * reads it with `parseSearchIndex`.
 *
 * One JSON file per report, `data/<slug>/search-index.json`:
 *
 *   version   SEARCH_INDEX_VERSION; a reader refuses any other
 *   slug, title
 *   pages     [{ id, label }]: reading pages; index 0 is the overview (id '')
 *   units     [page index, anchor id, kind, text]: every searchable sentence and heading
 *   terms     [term, units containing it, full pinyin, pinyin initials]: the vocabulary
 *   synonyms  { query word (lower case): [words searched as well] }
 *   t2s       (traditional, simplified) character pairs, concatenated: "軌轨…"
 *
 * Arrays instead of objects keep the file small.
 */

export const SEARCH_INDEX_VERSION = 1;

export const UNIT_KIND = { sentence: 0, heading: 1, lead: 2 } as const;
export type UnitKind = (typeof UNIT_KIND)[keyof typeof UNIT_KIND];

/** `[page index, anchor id, kind, text]`. */
export type IndexUnit = [number, string, UnitKind, string];
/** `[term, units containing it, full pinyin, pinyin initials]`. */
export type IndexTerm = [string, number, string, string];

export interface SearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  slug: string;
  title: string;
  /** Reading pages: id (URL segment; `''` is the overview) and label for grouping results. */
  pages: { id: string; label: string }[];
  units: IndexUnit[];
  terms: IndexTerm[];
  /** Query word (normalised) → words to search for as well (`gdp` → 地区生产总值). */
  synonyms: Record<string, string[]>;
  /** Pairs of (traditional, simplified) characters, concatenated. */
  t2s: string;
}

/** Traditional → simplified, for the characters of one report. */
export type CharMap = ReadonlyMap<string, string>;

/** Writes a character map as the index's `t2s` string of pairs. */
export function charPairs(pairs: Iterable<[traditional: string, simplified: string]>): string {
  let out = '';
  for (const [traditional, simplified] of pairs) out += traditional + simplified;
  return out;
}

/** Reads the index's `t2s` string of (traditional, simplified) pairs. */
export function charMapFromPairs(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] as string, chars[i + 1] as string);
  return map;
}

export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index);
}

/** Reads an index file's JSON; a file of another version or shape is an error, not a silent empty search. */
export function parseSearchIndex(json: unknown): SearchIndex {
  const index = json as Partial<SearchIndex> | null;
  if (!index || typeof index !== 'object' || index.version !== SEARCH_INDEX_VERSION)
    throw new Error(`search index: expected version ${SEARCH_INDEX_VERSION}`);
  if (!Array.isArray(index.units) || !Array.isArray(index.terms) || !Array.isArray(index.pages))
    throw new Error('search index: units, terms or pages missing');
  return index as SearchIndex;
}
