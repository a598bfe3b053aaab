/**
 * A paragraph as a hast tree: a root whose text content is the paragraph's text, exactly.
 * Annotations (sentences, lead, metric values, later glossary terms or highlights) only add
 * elements around existing text, so the text content never changes (src/annotate/wrap.ts).
 */
import type { Nodes, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** A character range [start, end) of the paragraph's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** One annotation step. Plain functions rather than unified plugins: there is no parse or
 *  stringify stage to share, and a function of a tree is tested and chained without a processor. */
export type Annotate = (tree: Root) => Root;

/** The unannotated tree: the paragraph's text as one text node (none when the text is empty). */
export function paragraphTree(text: string): Root {
  return { type: 'root', children: text === '' ? [] : [{ type: 'text', value: text }] };
}

/** The text content of a tree or node: its text nodes joined in document order. */
export function textOf(node: Nodes): string {
  let text = '';
  visit(node, 'text', (textNode) => {
    text += textNode.value;
  });
  return text;
}

/** A range of the paragraph's text from offsets in the report file. */
export function rangeIn(paragraphStart: number, start: number, end: number): TextRange {
  return { start: start - paragraphStart, end: end - paragraphStart };
}
