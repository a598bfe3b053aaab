/**
 * Wraps a character range of a paragraph tree in an element: the one tool every annotation uses,
 * so annotations can overlap freely and the text content never changes.
 *
 * - A range inside an element (or equal to its text) nests inside it: later wraps sit deeper.
 * - A range around whole elements nests around them.
 * - A range that crosses an element's boundary is cut into pieces, one per element it crosses;
 *   only the first piece (in reading order) keeps the element's `id`, since ids are unique.
 * - An empty range changes nothing.
 */
import type { Element, ElementContent, Nodes, Parents, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { type TextRange, textOf } from './tree.ts';

export function wrapRange(input: Root, range: TextRange, element: Element): Root {
  const length = textOf(input).length;
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length)
    throw new RangeError(`range [${start}, ${end}) is not within the text's ${length} characters`);
  if (start === end) return input;
  const tree = structuredClone(input);
  splitTextAt(tree, [start, end]);
  const spans = spansOf(tree);
  const span = (node: Nodes): TextRange => spans.get(node) ?? { start: 0, end: 0 };
  const inside = (node: Nodes): boolean => {
    const { start: from, end: to } = span(node);
    // A node without text sits at one offset: inside only when strictly within the range.
    return from === to ? start < from && from < end : start <= from && to <= end;
  };
  const covers = (node: Nodes): boolean => span(node).start <= start && end <= span(node).end;
  const crosses = (node: Nodes): boolean => span(node).start < end && start < span(node).end && !inside(node);

  // Wrap in the deepest parents that hold the range or a part of it: the root or an element
  // that covers it without a child covering it, or an element the range crosses into or out of.
  const holders: Parents[] = [];
  visit(tree, (node) => {
    if (node.type !== 'root' && node.type !== 'element') return;
    const holds = node.type === 'root' || covers(node) || crosses(node);
    if (holds && !node.children.some((child) => child.type === 'element' && covers(child))) holders.push(node);
  });
  const pieces = holders.flatMap((holder) => wrapRuns(holder, inside, element));
  keepFirstId(tree, new Set(pieces));
  return tree;
}

/** One wrap of a batch: a range and the element to wrap it in. */
export interface Wrap {
  range: TextRange;
  element: Element;
}

/**
 * Wraps several ranges, in order; the same as applying `wrapRange` to each in turn. When the
 * ranges are disjoint and each lies within one text node (a paragraph's sentences on its bare
 * text, metric values inside a sentence), all are done in one pass over a single copy: wrapping
 * one by one copies and walks the tree each time, which is quadratic in their number (a
 * 100 000-character line holds thousands of sentences and numbers). Otherwise one by one.
 */
export function wrapRanges(input: Root, wraps: readonly Wrap[]): Root {
  const oneByOne = () => wraps.reduce((tree, { range, element }) => wrapRange(tree, range, element), input);
  const sorted = [...wraps].sort((a, b) => a.range.start - b.range.start);
  const disjoint = sorted.every(
    ({ range }, i) => range.start < range.end && (i === 0 || (sorted[i - 1] as Wrap).range.end <= range.start),
  );
  if (!disjoint) return oneByOne();
  const tree = structuredClone(input);
  const texts: { node: Text; parent: Parents; start: number; end: number }[] = [];
  let offset = 0;
  visit(tree, 'text', (node, _index, parent) => {
    if (parent) texts.push({ node, parent, start: offset, end: offset + node.value.length });
    offset += node.value.length;
  });
  const inText = new Map<Text, Wrap[]>();
  let at = 0;
  for (const wrap of sorted) {
    while (at < texts.length && (texts[at] as (typeof texts)[number]).end <= wrap.range.start) at++;
    const holder = texts[at];
    if (!holder || wrap.range.start < holder.start || wrap.range.end > holder.end) return oneByOne();
    inText.set(holder.node, [...(inText.get(holder.node) ?? []), wrap]);
  }
  for (const { node, parent, start } of texts) {
    const own = inText.get(node);
    if (!own) continue;
    const pieces: ElementContent[] = [];
    let from = 0;
    for (const { range, element } of own) {
      const [a, b] = [range.start - start, range.end - start];
      if (a > from) pieces.push({ type: 'text', value: node.value.slice(from, a) });
      pieces.push({ ...structuredClone(element), children: [{ type: 'text', value: node.value.slice(a, b) }] });
      from = b;
    }
    if (from < node.value.length) pieces.push({ type: 'text', value: node.value.slice(from) });
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
  }
  return tree;
}

/** Cuts text nodes at the given offsets, so each text node lies wholly inside or outside a range. */
function splitTextAt(tree: Root, cuts: readonly number[]): void {
  let offset = 0;
  visit(tree, 'text', (node, index, parent) => {
    const from = offset;
    offset += node.value.length;
    const points = [from, ...cuts.filter((cut) => cut > from && cut < offset), offset];
    if (points.length === 2 || parent === undefined || index === undefined) return;
    const pieces: Text[] = points
      .slice(1)
      .map((to, i) => ({ type: 'text', value: node.value.slice((points[i] ?? from) - from, to - from) }));
    parent.children.splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

/** Each node's range of the text: it starts where the text before it ends (document order), and
 *  each text node stretches its ancestors' ends over it. */
function spansOf(tree: Root): Map<Nodes, TextRange> {
  const spans = new Map<Nodes, TextRange>();
  let offset = 0;
  visitParents(tree, (node, ancestors) => {
    spans.set(node, { start: offset, end: offset });
    if (node.type !== 'text') return;
    offset += node.value.length;
    for (const holder of [...ancestors, node]) {
      const span = spans.get(holder);
      if (span) span.end = offset;
    }
  });
  return spans;
}

/** Replaces each run of consecutive children inside the range with a copy of `element` holding
 *  them; returns the copies. A run without text is left alone: there is nothing to mark. */
function wrapRuns(holder: Parents, inside: (node: Nodes) => boolean, element: Element): Element[] {
  const pieces: Element[] = [];
  const children: ElementContent[] = [];
  let run: ElementContent[] = [];
  const closeRun = (): void => {
    if (run.length > 0 && run.some((node) => textOf(node) !== '')) {
      const piece: Element = { ...structuredClone(element), children: run };
      pieces.push(piece);
      children.push(piece);
    } else children.push(...run);
    run = [];
  };
  for (const child of holder.children) {
    if (child.type === 'doctype') throw new TypeError('a paragraph tree holds no doctype');
    if (inside(child)) run.push(child);
    else {
      closeRun();
      children.push(child);
    }
  }
  closeRun();
  holder.children = children;
  return pieces;
}

/** Ids name one element: the pieces after the first (in reading order) drop theirs. */
function keepFirstId(tree: Root, pieces: ReadonlySet<Element>): void {
  let first = true;
  visit(tree, 'element', (node) => {
    if (!pieces.has(node)) return;
    if (!first) delete node.properties.id;
    first = false;
    return SKIP;
  });
}
