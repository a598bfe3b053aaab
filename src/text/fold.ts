/**
 * The one fold for *matching*, never for display, used by the parser, the metrics reader, the
 * search index and engine, and the browser's highlighter and table filter. Every mapping is one
 * UTF-16 unit to one UTF-16 unit, so offsets found in a folded string are offsets in the original.
 */

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const CASE_OFFSET = 0x20;

/** One UTF-16 unit folded: full-width ASCII → half width, ideographic space → space; with `lowerCase`, A–Z → a–z. */
export function foldCode(code: number, lowerCase: boolean): number {
  let folded = code;
  if (folded >= FULLWIDTH_START && folded <= FULLWIDTH_END) folded -= FULLWIDTH_OFFSET;
  else if (folded === IDEOGRAPHIC_SPACE) folded = 0x20;
  if (lowerCase && folded >= UPPER_A && folded <= UPPER_Z) folded += CASE_OFFSET;
  return folded;
}

function fold(text: string, lowerCase: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i), lowerCase));
  return out;
}

/** Folds full-width ASCII forms (`（四）`, `，`, `Ａ１`) and the ideographic space to half width. */
export function foldWidth(text: string): string {
  return fold(text, false);
}

/** `foldWidth`, then ASCII A–Z to lower case: how queries meet text (`ＧＤＰ`, `gdp` and `GDP` alike). */
export function foldForMatch(text: string): string {
  return fold(text, true);
}

/** Characters that end a sentence: 。！？ and their half-width forms. */
export const SENTENCE_TERMINATORS = new Set(['。', '！', '？', '!', '?']);

/** Closing quotes and brackets that belong to the sentence they follow (`……开展。”`). */
export const CLOSING_MARKS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', '〕', '"', "'"]);

/** Whitespace that may pad a line: ASCII blanks, the ideographic space, NBSP and a stray BOM. */
export function isPadding(char: string | undefined): boolean {
  return (
    char === ' ' ||
    char === '\t' ||
    char === '\u3000' ||
    char === '\u00a0' ||
    char === '\ufeff' ||
    char === '\f' ||
    char === '\v'
  );
}
