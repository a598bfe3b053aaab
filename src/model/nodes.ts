/** Building the model's text nodes from located spans: headings, paragraphs with their sentences and lead. */
import { foldWidth, isPadding } from '../text/fold.ts';
import { headingTitle } from './classify.ts';
import { ADDRESS } from './closing.ts';
import { paragraphId, sentenceId } from './ids.ts';
import { splitSentences } from './sentences.ts';
import type { Heading, Lead, Paragraph, Sentence } from './types.ts';

/** A located stretch of one line. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

/** Longest opening sentence still read as a paragraph's headline. */
export const LEAD_MAX_LENGTH = 40;

export function buildHeading(text: string, span: Span, titleStart: number): Heading {
  return {
    text: text.slice(span.start, span.end),
    title: headingTitle(text, titleStart, span.end),
    source: { line: span.line, start: span.start, end: span.end },
  };
}

/** A paragraph `<container>-p<index>` (or the id given) with its sentences and lead. */
export function buildParagraph(
  text: string,
  span: Span,
  containerId: string,
  index: number,
  givenId?: string,
): Paragraph {
  const id = givenId ?? paragraphId(containerId, index);
  const body = text.slice(span.start, span.end);
  const sentences: Sentence[] = splitSentences(body).map((s, k) => ({
    id: sentenceId(id, k + 1),
    text: body.slice(s.start, s.end),
    source: { line: span.line, start: span.start + s.start, end: span.start + s.end },
  }));
  return { id, index, text: body, source: { ...span }, lead: findLead(sentences), sentences };
}

/**
 * The headline a paragraph opens with: a short first sentence ending in 。 that is followed
 * by more text. An address (`各位代表!`) or a sentence introducing a list (`……是:`) is not one.
 */
export function findLead(sentences: readonly Sentence[]): Lead | null {
  const first = sentences[0];
  if (!first || sentences.length < 2) return null;
  const folded = foldWidth(first.text);
  if (!folded.endsWith('。') || folded.includes(':') || ADDRESS.test(folded)) return null;
  // Without the 。 and any padding before it (`扎实开展 。`), so the lead never ends in a blank.
  let length = first.text.length - 1;
  while (length > 0 && isPadding(first.text[length - 1])) length--;
  const text = first.text.slice(0, length);
  if (text.length === 0 || text.length > LEAD_MAX_LENGTH) return null;
  return {
    text,
    source: { line: first.source.line, start: first.source.start, end: first.source.start + text.length },
  };
}
