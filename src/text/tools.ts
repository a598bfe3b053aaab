/**
 * The build-time tools the search index needs, bound to the real libraries: jieba-wasm (with
 * the report's dictionary), pinyin-pro and OpenCC's data. Node only: importing this module
 * loads jieba's 4 MB wasm, so nothing that ships to the browser may import it.
 */
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { IndexTools } from '../search/build.ts';

interface Jieba {
  cut(text: string, hmm?: boolean): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

// jieba-wasm's Node build is CommonJS that loads its wasm synchronously.
const jieba = createRequire(import.meta.url)('jieba-wasm') as Jieba;
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const added = new Set<string>();

export function searchTools(
  dictionary: readonly { word: string; freq: number | null; tag: string | null }[],
): IndexTools {
  // jieba's dictionary is process-wide: words of every report accumulate, which only helps.
  for (const entry of dictionary) {
    if (added.has(entry.word)) continue;
    jieba.add_word(entry.word, entry.freq ?? 100000, entry.tag ?? 'n');
    added.add(entry.word);
  }
  return {
    segment: (text) => jieba.cut(text, true),
    pinyin: (word) => [
      pinyin(word, { toneType: 'none', type: 'array' }).join(''),
      pinyin(word, { pattern: 'first', toneType: 'none', type: 'array' }).join(''),
    ],
    traditional: (char) => [toTaiwan(char), toHongKong(char)],
  };
}
