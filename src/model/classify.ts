import { CLOSING_MARKS, SENTENCE_TERMINATORS, foldWidth, isPadding } from '../text/fold.ts';
import { parseChineseInteger } from '../text/numerals.ts';

/**
 * What one non-blank line of the body is (front matter is read by front.ts). Matching runs on the width-folded line, so `(四)` and `（四）`,
 * `,` and `，` are alike; offsets stay those of the original.
 */
export type LineRole =
  | { role: 'part-heading'; ordinal: number | null; titleStart: number }
  | {
      role: 'section-heading';
      ordinal: number;
      marker: string;
      titleStart: number;
      /** Where the heading ends: the whole line, or after its first sentence when body text follows. */
      headingEnd: number;
      /** Start of body text sharing the line, or null. */
      bodyStart: number | null;
    }
  | { role: 'paragraph' };

/** Longest line still read as a part heading; longer lines are body text. */
export const PART_HEADING_MAX_LENGTH = 40;

const SECTION_MARKER = /^\(\s*([一二三四五六七八九十]{1,3})\s*\)/;
const NATIONAL_PART_MARKER = /^([一二三四五六七八九十]{1,3})、/;
const TRAILING_CLAUSE_PUNCTUATION = /[,;:、]$/;
const ANY_TERMINATOR = /[。!?]/;

/** Classifies the content `text.slice(start, end)` of one non-blank line. */
export function classifyLine(text: string, start: number, end: number): LineRole {
  const content = foldWidth(text.slice(start, end));

  const section = SECTION_MARKER.exec(content);
  if (section) {
    const ordinal = parseChineseInteger(section[1] as string);
    if (ordinal !== null) return sectionHeading(text, start, end, ordinal, section[0].length);
  }

  const isShortUnpunctuated =
    content.length <= PART_HEADING_MAX_LENGTH &&
    !ANY_TERMINATOR.test(content) &&
    !TRAILING_CLAUSE_PUNCTUATION.test(content);
  if (!isShortUnpunctuated) return { role: 'paragraph' };

  const national = NATIONAL_PART_MARKER.exec(content);
  if (national) {
    return {
      role: 'part-heading',
      ordinal: parseChineseInteger(national[1] as string),
      titleStart: start + national[0].length,
    };
  }
  return { role: 'part-heading', ordinal: null, titleStart: start };
}

function sectionHeading(text: string, start: number, end: number, ordinal: number, markerLength: number): LineRole {
  const titleStart = start + markerLength;
  const marker = text.slice(start, titleStart);
  // A heading may share its line with body text: `(一)……做优做强。主动服务……`.
  for (let i = titleStart; i < end; i++) {
    if (!SENTENCE_TERMINATORS.has(text[i] as string)) continue;
    let headingEnd = i + 1;
    while (headingEnd < end && SENTENCE_TERMINATORS.has(text[headingEnd] as string)) headingEnd++;
    while (headingEnd < end && CLOSING_MARKS.has(text[headingEnd] as string)) headingEnd++;
    let bodyStart = headingEnd;
    while (bodyStart < end && isPadding(text[bodyStart])) bodyStart++;
    if (bodyStart < end) return { role: 'section-heading', ordinal, marker, titleStart, headingEnd, bodyStart };
    break;
  }
  return { role: 'section-heading', ordinal, marker, titleStart, headingEnd: end, bodyStart: null };
}

/** The heading's words: without its marker, padding and closing punctuation. */
export function headingTitle(text: string, titleStart: number, headingEnd: number): string {
  let s = titleStart;
  let e = headingEnd;
  while (s < e && isPadding(text[s])) s++;
  while (e > s && (isPadding(text[e - 1]) || SENTENCE_TERMINATORS.has(text[e - 1] as string))) e--;
  return text.slice(s, e);
}
