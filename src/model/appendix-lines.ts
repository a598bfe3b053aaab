/**
 * Reading the lines after the report's closing: appendix labels and headings, glossary entries,
 * list items, and trailing notes. Matching runs on the width-folded line.
 */

/** `附件1`, `附件 2`, `附件：` on a line of its own. */
export const APPENDIX_LABEL = /^附件\s*[0-9一二三四五六七八九十]*\s*:?$/;
/** A glossary heading on a line of its own. */
export const GLOSSARY_HEADING = /^(附:?\s*)?(名词解释|名词注释|注释|注解|词语解释)$/;

/** Where the appendices begin: a label or a glossary heading. */
export function startsAppendix(folded: string): boolean {
  const line = folded.trim();
  return APPENDIX_LABEL.test(line) || GLOSSARY_HEADING.test(line);
}

/** An ordinal that opens an entry: `1.`, `1、`, `(1)`, `一、`, `(一)`. */
const ENTRY_ORDINAL =
  /^(\d{1,3}\s*[.、．]|\(\s*\d{1,3}\s*\)|[一二三四五六七八九十]{1,3}、|\(\s*[一二三四五六七八九十]{1,3}\s*\))\s*/;

export function entryOrdinalLength(folded: string): number {
  return ENTRY_ORDINAL.exec(folded)?.[0].length ?? 0;
}

/** The glossary term: the words before the first colon, after the ordinal; null without a colon. */
export function glossaryTerm(folded: string, original: string): { start: number; end: number } | null {
  const start = entryOrdinalLength(folded);
  const colon = folded.indexOf(':', start);
  if (colon <= start || colon - start > 40) return null;
  let end = colon;
  while (end > start && /\s/.test(original[end - 1] as string)) end--;
  return { start, end };
}

/** A line that is not the report's words: `（新华社北京3月5日电）`, `（下转第2版）`, `责任编辑：…`. */
const TRAILING = /^(\([^()]{0,60}\)|\(?(新华社|责任编辑|编辑|校对|来源|稿源)[^。]{0,40}\)?)$/;
const PAGE_BREAK = /^\(?[上下]接第?[0-9一二三四五六七八九十]{1,3}版\)?$/;

export function isTrailingLine(folded: string): boolean {
  const line = folded.trim();
  return line.length <= 70 && (TRAILING.test(line) || PAGE_BREAK.test(line));
}

export function isPageBreak(folded: string): boolean {
  return PAGE_BREAK.test(folded.trim());
}
