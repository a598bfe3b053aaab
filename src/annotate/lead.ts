import { h } from 'hastscript';
import type { Paragraph } from '../model/types.ts';
import { type Annotate, rangeIn } from './tree.ts';
import { wrapRange } from './wrap.ts';

/** The paragraph's lead (its short headline sentence, without the closing punctuation) in a
 *  `<strong class="lead">`. */
export function lead(paragraph: Paragraph): Annotate {
  return (tree) => {
    if (paragraph.lead === null) return tree;
    const { start, end } = paragraph.lead.source;
    return wrapRange(tree, rangeIn(paragraph.source.start, start, end), h('strong', { className: ['lead'] }));
  };
}
