import { isPadding } from '../text/fold.ts';

/** One line of the source, with its content trimmed of padding and line-break characters. */
export interface SourceLine {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset of the line break (or of the end of the text). */
  end: number;
  /** Offsets of the content without leading/trailing padding; equal when the line is blank. */
  contentStart: number;
  contentEnd: number;
}

/** Splits on LF, CRLF and lone CR, keeping every offset in terms of the original text. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let index = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (i < text.length && char !== '\n' && char !== '\r') continue;
    lines.push(trimLine(text, index++, start, i));
    if (char === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  return lines;
}

function trimLine(text: string, index: number, start: number, end: number): SourceLine {
  let contentStart = start;
  let contentEnd = end;
  while (contentStart < contentEnd && isPadding(text[contentStart])) contentStart++;
  while (contentEnd > contentStart && isPadding(text[contentEnd - 1])) contentEnd--;
  return { index, start, end, contentStart, contentEnd };
}
