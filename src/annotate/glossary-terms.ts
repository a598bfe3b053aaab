import { h } from 'hastscript';
import type { Paragraph } from '../model/types.ts';
import { type Annotate, rangeIn } from './tree.ts';
import { wrapRanges } from './wrap.ts';

/** A glossary term's occurrence in a paragraph and where its entry lives. */
export interface GlossaryLink {
  /** Offsets in the report file (src/model/glossary.ts). */
  start: number;
  end: number;
  entryId: string;
  /** The entry on its appendix page: where the term leads without JS. */
  href: string;
}

/** The id of the page's hidden copy of an entry's definition, which the term is described by. */
export const definitionId = (entryId: string): string => `def-${entryId}`;

/**
 * Each marked glossary term as a link to its entry, described by the entry's definition
 * (`aria-describedby`), which src/client/glossary.ts also opens on hover, focus or tap.
 */
export function glossaryTerms(paragraph: Paragraph, links: readonly GlossaryLink[]): Annotate {
  const own = links.filter((link) => paragraph.source.start <= link.start && link.end <= paragraph.source.end);
  return (tree) =>
    wrapRanges(
      tree,
      own.map((link) => ({
        range: rangeIn(paragraph.source.start, link.start, link.end),
        element: h('a', {
          className: ['gloss'],
          href: link.href,
          dataGloss: link.entryId,
          ariaDescribedBy: definitionId(link.entryId),
        }),
      })),
    );
}
