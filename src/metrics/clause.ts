/** Scanning a sentence's folded text: clause breaks, quoted spans, nouns ahead. Offsets are UTF-16 units. */

/** Delimiters that end the clause a number belongs to. */
export const CLAUSE_BREAK = /[,;:。!?，；：。！？]/;

export function indexOfPattern(text: string, pattern: RegExp, from: number): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i] as string)) return i;
  return text.length;
}

export function isNounAhead(two: string): boolean {
  return two.length > 0 && !/^[,;:。!?，；：！？、的]/.test(two);
}

export function lastIndexOfPattern(text: string, pattern: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (pattern.test(text[i] as string)) return i;
  return -1;
}

/** Spans inside “…”, 「…」 and 《…》: quoted names and slogans. */
export function quotedRanges(folded: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pairs: Record<string, string> = { '“': '”', '「': '」', '《': '》', '"': '"' };
  for (let i = 0; i < folded.length; i++) {
    const close = pairs[folded[i] as string];
    if (!close) continue;
    const end = folded.indexOf(close, i + 1);
    if (end === -1) continue;
    ranges.push([i, end + 1]);
    i = end;
  }
  return ranges;
}
