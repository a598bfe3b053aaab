import { h } from 'hastscript';
import type { Paragraph } from '../model/types.ts';
import { type Annotate, rangeIn } from './tree.ts';
import { wrapRanges } from './wrap.ts';

/** Each sentence in a `<span id class="sentence">`: the anchor a sentence link points at. The
 *  padding between sentences stays bare text. */
export function sentences(paragraph: Paragraph): Annotate {
  return (tree) =>
    wrapRanges(
      tree,
      paragraph.sentences.map((sentence) => ({
        range: rangeIn(paragraph.source.start, sentence.source.start, sentence.source.end),
        element: h('span', { id: sentence.id, className: ['sentence'] }),
      })),
    );
}
