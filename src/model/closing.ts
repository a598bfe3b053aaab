/**
 * Where the body's movements end. Matching runs on the width-folded paragraph text.
 *
 * A part's closing block: after its last numbered section, the review or the year's work is
 * followed by paragraphs that close the whole part rather than continue that section: the
 * government's own work (`一年来，……政府自身建设`), the other work and national defence, thanks
 * (`各位代表！`), the five-year review and the problems (`同时，我们也清醒看到`).
 *
 * The report's closing: the last address (`各位代表！……`) with at most two paragraphs after it and
 * no heading after it, which calls to strive (`…不懈奋斗！`, `…作出新的更大贡献！`) and ends a
 * sentence. A text cut off early (an excerpt) may end in a part's closing block instead: its
 * thanks (`…表示衷心的感谢！`), its review (`…扎实推进。`) or a paragraph cut mid-sentence.
 */

const PART_CLOSING_CUE =
  /^(各位代表|一年来|五年来|过去五年|与此同时|同时,|我们也清醒|我们也要清醒|在看到|在肯定|这些成绩|成绩来之不易|进一步加强政府自身建设|全面加强政府自身建设)|^.{0,12}国防/;

export function opensPartClosing(folded: string): boolean {
  return PART_CLOSING_CUE.test(folded);
}

export const ADDRESS = /^各位代表[!:,]/;

/** `各位代表！` on a line of its own, which only opens what follows. */
const ADDRESS_ALONE_MAX = 6;

/** Most paragraphs that may follow the closing address (`各位代表！` alone, then the exhortation). */
export const CLOSING_MAX_FOLLOWING = 2;

/** The call the report ends on, in its last sentence: `…不懈奋斗！`, `…作出新的更大贡献！`. */
const EXHORTATION = /让我们|奋斗|奋进|奋发|前行|贡献|开创|辉煌|新篇章|新业绩|新局面/;
const EXCLAMATION = /!["”’」』)]*$/;
/** How far back from the end the call is looked for: about the last sentence. */
const CALL_REACH = 40;
const THANKS = /(感谢|敬意)[!.。]?$/;
const ENDS_SENTENCE = /[。!?][”’」』)]*$/;

/** A last line this short need not end a sentence: a sign-off or an editor's line after the call. */
const SIGN_OFF_MAX = 30;

/** A paragraph that calls to strive: it ends a sentence, with `！` or with the call's words. */
const calls = (text: string): boolean =>
  ENDS_SENTENCE.test(text) &&
  !THANKS.test(text) &&
  !(ADDRESS.test(text) && text.length <= ADDRESS_ALONE_MAX) &&
  (EXCLAMATION.test(text) || EXHORTATION.test(text.slice(-CALL_REACH)));

/** Whether the paragraphs from the last address to the end (folded) are the report's closing. */
export function isReportClosing(folded: readonly string[]): boolean {
  const last = folded[folded.length - 1] ?? '';
  // A text cut off mid-sentence, or ending on thanks, ends inside a part.
  if (THANKS.test(last) || (!ENDS_SENTENCE.test(last) && last.length > SIGN_OFF_MAX)) return false;
  return folded.some(calls);
}
