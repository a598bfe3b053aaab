/**
 * Normalisation for search, shared by the index builder (Node) and the engine (browser and
 * Node). Every step maps one UTF-16 unit to one, so a match found in normalised text has the
 * same offsets in the original and highlights can be cut from the text as written.
 */

import { foldForMatch } from '../text/fold.ts';
import type { CharMap } from './format.ts';

/** Full-width ASCII → half width, ideographic space → space, A–Z → a–z, traditional → simplified. */
export function normalizeText(text: string, t2s?: CharMap): string {
  const folded = foldForMatch(text);
  if (!t2s) return folded;
  let out = '';
  for (const char of folded) out += t2s.get(char) ?? char;
  return out;
}

/** A query as words: quoted phrases kept whole, the rest split on white space. */
export function splitQuery(query: string): { text: string; phrase: boolean }[] {
  const words: { text: string; phrase: boolean }[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of query.matchAll(pattern)) {
    const phrase = match[1] ?? match[2];
    if (phrase !== undefined) {
      if (phrase.trim()) words.push({ text: phrase.trim(), phrase: true });
    } else if (match[3]) words.push({ text: match[3], phrase: false });
  }
  return words;
}
