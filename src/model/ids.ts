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
 *   closing    review-c2 (a part's closing block), closing-p1 (the report's closing)
 *   opening    opening-p1
 *   appendix   appendix2, appendix2-label, appendix2-e5 (an entry), appendix2-g1 (a group)
 *   front      source-note | title | byline1 | speaker1 | salutation1 | note1 | preamble1
 *   trailing   trailing1
 */

export const SOURCE_NOTE_ID = 'source-note';
export const TITLE_ID = 'title';

/** Every id the scheme can produce. */
export const ID_PATTERN = new RegExp(
  '^(' +
    [
      'source-note(-\\d+)?|title(-\\d+)?|(byline|speaker|salutation|note|preamble|trailing)\\d+',
      '(opening|closing)(-p\\d+(-s\\d+)?)?',
      'appendix\\d+(-label|-g\\d+|-[pe]\\d+(-s\\d+)?)?',
      '[a-z]+\\d*(-\\d+)?(-s\\d+(-\\d+)?)?(-[pc]\\d+(-s\\d+)?)?',
    ].join('|') +
    ')$',
);

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

/** What an id names, read back: the page it is on and, for text nodes, its paragraph and sentence numbers. */
export interface IdParts {
  /** The part or section id whose page holds the node (`review-s4`, `review5`). */
  page: string;
  /** 1-based paragraph number within its container, when the id names a paragraph or something in one. */
  paragraph: number | null;
  /** 1-based sentence number within its paragraph. */
  sentence: number | null;
  /** `m3` / `t2`: a metric's or target's suffix, when the id names one. */
  item: string | null;
}

/** A paragraph (`-p3`), a part's closing paragraph (`-c3`) or an appendix entry (`-e3`), and what is inside it. */
const NODE_SUFFIX = /-[pce](\d+)(?:-s(\d+)(?:-([mt]\d+))?)?$/;

/** Reads an id of the scheme back into its parts: `review-s4-p3-s2-m1` → page `review-s4`, ¶3, sentence 2, `m1`. */
export function parseId(id: string): IdParts {
  const match = NODE_SUFFIX.exec(id);
  if (!match) return { page: id, paragraph: null, sentence: null, item: null };
  return {
    page: id.slice(0, match.index),
    paragraph: Number(match[1]),
    sentence: match[2] ? Number(match[2]) : null,
    item: match[3] ?? null,
  };
}

/** The page id a node id lives on: `plan-s1-p2-s3` → `plan-s1`, `review5-p2-s1-m1` → `review5`. */
export function pageIdOf(id: string): string {
  return parseId(id).page;
}

function uniqueId(stem: string, taken: ReadonlySet<string>): string {
  if (!taken.has(stem)) return stem;
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

/** Whether an id names a line before the report's parts (shown on the overview): `source-note`, `title`, `byline2`. */
export function isFrontId(id: string): boolean {
  return id === SOURCE_NOTE_ID || id === TITLE_ID || /^byline\d+$/.test(id);
}
