import { h } from 'hastscript';
import type { Paragraph } from '../model/types.ts';
import { type Annotate, rangeIn } from './tree.ts';
import { wrapRange } from './wrap.ts';

/** Each sentence in a `<span id class="sentence">`: the anchor a sentence link points at. The
 *  padding between sentences stays bare text. */
export function sentences(paragraph: Paragraph): Annotate {
  return (tree) =>
    paragraph.sentences.reduce(
      (annotated, sentence) =>
        wrapRange(
          annotated,
          rangeIn(paragraph.source.start, sentence.source.start, sentence.source.end),
          h('span', { id: sentence.id, className: ['sentence'] }),
        ),
      tree,
    );
}
