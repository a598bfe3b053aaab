import type { PartKind } from './types.ts';
import { PART_ID_STEM } from './part-kind.ts';

/**
 * The id scheme (documented in the README). Ids are positional *within their container* and
 * never depend on the words, so editing a paragraph changes no id and inserting a paragraph
 * renumbers only the paragraphs after it in the same section.
 *
 *   part       review | review5 | plan5 | plan | part3      (its kind; `part<n>` when unknown)
 *   section    review-s4                                    (part + ordinal as written: (四) → s4)
 *   paragraph  review-s4-p3  |  review5-p2                  (section, or part for paragraphs outside sections)
 *   sentence   review-s4-p3-s2
 *   front      source-note | title
 */

export const SOURCE_NOTE_ID = 'source-note';
export const TITLE_ID = 'title';

/** Every id the scheme can produce. */
export const ID_PATTERN = /^(source-note|title|byline\d+|[a-z]+\d*(-\d+)?(-s\d+(-\d+)?)?(-p\d+(-s\d+)?)?)$/;

/** A part id from its kind; `position` (1-based) names parts of unknown kind; repeats get `-2`, `-3`. */
export function partId(kind: PartKind, position: number, taken: ReadonlySet<string>): string {
  const stem = kind === 'other' ? `${PART_ID_STEM.other}${position}` : PART_ID_STEM[kind];
  return uniqueId(stem, taken);
}

export function sectionId(partIdValue: string, ordinal: number, taken: ReadonlySet<string>): string {
  return uniqueId(`${partIdValue}-s${ordinal}`, taken);
}

export function paragraphId(containerId: string, index: number): string {
  return `${containerId}-p${index}`;
}

export function sentenceId(paragraphIdValue: string, index: number): string {
  return `${paragraphIdValue}-s${index}`;
}

export function bylineId(index: number): string {
  return `byline${index}`;
}

function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  if (!taken.has(stem)) return stem;
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}
