import { CLOSING_MARKS, SENTENCE_TERMINATORS, isPadding } from '../text/fold.ts';

/** A sentence as offsets relative to the string it was found in. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Splits a paragraph into sentences on 。！？!?. Closing quotes and brackets stay with the
 * sentence they close (`“……开展。”`), runs of terminators stay together (`?!`), semicolon
 * clauses stay inside one sentence, and a terminator inside a book title (`《……！》`) does
 * not end the sentence. Padding between sentences belongs to no sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipPadding(text, 0);
  let bookTitleDepth = 0;
  let i = start;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '《') bookTitleDepth++;
    else if (char === '》' && bookTitleDepth > 0) bookTitleDepth--;
    if (SENTENCE_TERMINATORS.has(char) && bookTitleDepth === 0) {
      let end = i + 1;
      while (end < text.length && SENTENCE_TERMINATORS.has(text[end] as string)) end++;
      while (end < text.length && CLOSING_MARKS.has(text[end] as string)) end++;
      spans.push({ start, end });
      start = skipPadding(text, end);
      i = start;
      continue;
    }
    i++;
  }
  if (start < text.length) spans.push({ start, end: trimEnd(text, start, text.length) });
  return spans;
}

function skipPadding(text: string, from: number): number {
  let i = from;
  while (i < text.length && isPadding(text[i])) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isPadding(text[e - 1])) e--;
  return e;
}
