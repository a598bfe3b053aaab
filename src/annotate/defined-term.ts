import { h } from 'hastscript';
import type { Paragraph } from '../model/types.ts';
import type { Annotate } from './tree.ts';
import { wrapRange } from './wrap.ts';

/** A glossary entry's term (`“两新”` of `2.“两新”：是指…`) in a `<dfn>`: the entry defines it. */
export function definedTerm(paragraph: Paragraph & { term?: string | null }): Annotate {
  return (tree) => {
    const at = paragraph.term ? paragraph.text.indexOf(paragraph.term) : -1;
    if (!paragraph.term || at === -1) return tree;
    return wrapRange(tree, { start: at, end: at + paragraph.term.length }, h('dfn', { className: ['term'] }));
  };
}
