/**
 * Where an excerpt starts and ends in the full report, so its ids are the full text's ids. A
 * text that begins mid-report cannot say how many paragraphs came before it, nor which part it
 * is in; `meta.json`'s `startsAt` names the full text's id of the excerpt's first paragraph
 * (`review-s3-p4`: section (三) of the year review, its 4th paragraph), and the parser numbers
 * from there. A text that ends early cannot say whether its last paragraphs close their part
 * (`各位代表！…`, national defence) or continue a section; `endsAt` names its last paragraph.
 * Without them the parser guesses from the wording and numbers from 1.
 */
import { PART_ID_STEM } from './part-kind.ts';
import type { PartKind } from './types.ts';

export type ExcerptPlace =
  | { zone: 'opening' | 'closing'; paragraph: number }
  | {
      zone: 'part';
      partId: string;
      kind: PartKind;
      /** The section's ordinal, or null for the part's own paragraphs (intro or closing block). */
      section: number | null;
      /** The part's closing block (`review-c2`) rather than its introduction. */
      closing: boolean;
      paragraph: number;
    };

const OPENING_OR_CLOSING = /^(opening|closing)-p(\d+)$/;
const PART = /^(([a-z]+)(\d*)(?:-\d+)?)(?:-s(\d+))?-([pc])(\d+)$/;

const STEM_KIND = new Map(Object.entries(PART_ID_STEM).map(([kind, stem]) => [stem, kind as PartKind]));

/** Reads a `startsAt` or `endsAt` id; null when it names no paragraph of the opening, a part or the closing. */
export function excerptPlace(id: string): ExcerptPlace | null {
  const address = OPENING_OR_CLOSING.exec(id);
  if (address) return { zone: address[1] === 'opening' ? 'opening' : 'closing', paragraph: Number(address[2]) };
  const match = PART.exec(id);
  if (!match) return null;
  const [, partId = '', stem = '', number = '', section, marker, paragraph] = match;
  // `part3` is a part of unknown kind; the other stems carry no number (`review5` is one stem).
  const kind = STEM_KIND.get(stem + number) ?? (stem === PART_ID_STEM.other && number !== '' ? 'other' : undefined);
  if (!kind || (kind === 'other' && number === '')) return null;
  if (marker === 'c' && section !== undefined) return null;
  return {
    zone: 'part',
    partId,
    kind,
    section: section === undefined ? null : Number(section),
    closing: marker === 'c',
    paragraph: Number(paragraph),
  };
}
