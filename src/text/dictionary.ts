/**
 * A report folder's word lists (see README, "Adding a report"): `dict.txt`, extra words for jieba
 * (search and keywords), and `synonyms.txt`, query words searched as others too.
 */

/** Reads `dict.txt`: one word a line (`word [freq] [tag]` as jieba takes it), `#` comments. */
export function parseDictionary(text: string): { word: string; freq: number | null; tag: string | null }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [word = '', freq, tag] = line.split(/\s+/);
      return { word, freq: freq && /^\d+$/.test(freq) ? Number(freq) : null, tag: tag ?? null };
    });
}

/** Reads `synonyms.txt`: `GDP => 地区生产总值, 生产总值` a line, `#` comments. */
export function parseSynonyms(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [key, values] = line.split(/\s*=>\s*/);
    if (!key || !values) continue;
    out[key.trim()] = values.split(/\s*[,，、]\s*/).filter(Boolean);
  }
  return out;
}
