/**
 * Normalisation for *matching*, never for display. Every mapping here is one UTF-16 unit to
 * one UTF-16 unit, so offsets found in a normalised string are offsets in the original.
 */

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/** Folds full-width ASCII forms (`（四）`, `，`, `Ａ１`) and the ideographic space to half width. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) out += String.fromCharCode(code - FULLWIDTH_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += text[i];
  }
  return out;
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
