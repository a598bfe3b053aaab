import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { paragraphTree, rangeIn, type TextRange, textOf } from '../../../src/annotate/tree.ts';
import { wrapRange, wrapRanges } from '../../../src/annotate/wrap.ts';
import { extractMetrics } from '../../../src/metrics/extract.ts';
import { parseReport } from '../../../src/model/parse.ts';
import { paragraphs as walkParagraphs } from '../../../src/model/walk.ts';
import { prng, seedText } from '../helpers.ts';

/** Applies wraps in order to a plain text and prints the result. */
function wrapped(text: string, ...wraps: [number, number, Element][]): string {
  const tree = wraps.reduce((t, [start, end, element]) => wrapRange(t, { start, end }, element), paragraphTree(text));
  expect(textOf(tree)).toBe(text);
  return toHtml(tree);
}

describe('wrapRange', () => {
  it('wraps part of a text node, splitting it', () => {
    expect(wrapped('abc', [1, 2, h('b')])).toBe('a<b>b</b>c');
  });

  it('wraps the whole text', () => {
    expect(wrapped('abc', [0, 3, h('b')])).toBe('<b>abc</b>');
  });

  it('leaves the tree as it is for an empty range, even inside an element', () => {
    expect(wrapped('abc', [1, 1, h('b')])).toBe('abc');
    expect(wrapped('abc', [0, 3, h('span')], [2, 2, h('b')])).toBe('<span>abc</span>');
    const tree = paragraphTree('abc');
    expect(wrapRange(tree, { start: 3, end: 3 }, h('b'))).toBe(tree);
  });

  it('puts adjacent ranges side by side, not inside each other', () => {
    expect(wrapped('abc', [0, 1, h('b')], [1, 2, h('i')])).toBe('<b>a</b><i>b</i>c');
    expect(wrapped('abc', [1, 2, h('i')], [0, 1, h('b')])).toBe('<b>a</b><i>b</i>c');
  });

  it('nests a range inside an element that holds it', () => {
    expect(wrapped('abc', [0, 3, h('span')], [1, 2, h('b')])).toBe('<span>a<b>b</b>c</span>');
    expect(wrapped('abcd', [0, 4, h('span')], [1, 3, h('i')], [2, 3, h('b')])).toBe('<span>a<i>b<b>c</b></i>d</span>');
  });

  it('nests a range equal to an element inside it: the later wrap sits deeper', () => {
    expect(wrapped('abc', [1, 2, h('span')], [1, 2, h('b')])).toBe('a<span><b>b</b></span>c');
    expect(wrapped('abc', [0, 3, h('span')], [0, 3, h('b')])).toBe('<span><b>abc</b></span>');
  });

  it('nests a range around the elements it holds whole', () => {
    expect(wrapped('abc', [1, 2, h('b')], [0, 3, h('span')])).toBe('<span>a<b>b</b>c</span>');
    expect(wrapped('abcd', [0, 1, h('i')], [2, 3, h('b')], [0, 4, h('s')])).toBe('<s><i>a</i>b<b>c</b>d</s>');
    // Around, though within an element that holds it.
    expect(wrapped('abcd', [0, 4, h('span')], [1, 2, h('b')], [1, 3, h('i')])).toBe('<span>a<i><b>b</b>c</i>d</span>');
  });

  it('cuts a range that crosses an element boundary into one piece per element', () => {
    expect(wrapped('abcd', [0, 2, h('b')], [1, 3, h('i')])).toBe('<b>a<i>b</i></b><i>c</i>d');
    expect(wrapped('abcd', [2, 4, h('b')], [1, 3, h('i')])).toBe('a<i>b</i><b><i>c</i>d</b>');
    expect(wrapped('abcdef', [0, 2, h('span')], [2, 4, h('span')], [4, 6, h('span')], [1, 5, h('mark')])).toBe(
      '<span>a<mark>b</mark></span><mark><span>cd</span></mark><span><mark>e</mark>f</span>',
    );
  });

  it('cuts through nested elements down to the text the range starts in', () => {
    expect(wrapped('abcd', [0, 3, h('span')], [0, 2, h('b')], [1, 4, h('mark')])).toBe(
      '<span><b>a<mark>b</mark></b><mark>c</mark></span><mark>d</mark>',
    );
  });

  it('keeps an id on the first piece only, in reading order', () => {
    // The first piece sits deeper than the second: reading order, not tree depth, decides.
    expect(wrapped('abcd', [0, 2, h('b')], [1, 3, h('i#x.y')])).toBe(
      '<b>a<i id="x" class="y">b</i></b><i class="y">c</i>d',
    );
    expect(wrapped('abcd', [2, 4, h('b')], [1, 3, h('i#x')])).toBe('a<i id="x">b</i><b><i>c</i>d</b>');
  });

  it('wraps text the annotations left bare between elements', () => {
    expect(wrapped('a b', [0, 1, h('span')], [2, 3, h('span')], [1, 2, h('i')])).toBe(
      '<span>a</span><i> </i><span>b</span>',
    );
  });

  it('leaves an element without text outside a range that ends or starts at it', () => {
    const withAnchor: Root = {
      type: 'root',
      children: [{ type: 'text', value: 'a' }, h('a#x'), { type: 'text', value: 'bc' }],
    };
    const wrap = (start: number, end: number) => toHtml(wrapRange(withAnchor, { start, end }, h('b')));
    expect(wrap(0, 1)).toBe('<b>a</b><a id="x"></a>bc');
    expect(wrap(1, 3)).toBe('a<a id="x"></a><b>bc</b>');
    expect(wrap(0, 3)).toBe('<b>a<a id="x"></a>bc</b>');
  });

  it('does not change its input', () => {
    const tree = wrapRange(paragraphTree('abcd'), { start: 0, end: 2 }, h('b'));
    const before = structuredClone(tree);
    wrapRange(tree, { start: 1, end: 3 }, h('i'));
    expect(tree).toEqual(before);
  });

  it('refuses a range outside the text or reversed', () => {
    const tree = paragraphTree('abc');
    for (const range of [
      { start: -1, end: 1 },
      { start: 0, end: 4 },
      { start: 2, end: 1 },
      { start: 0.5, end: 1 },
    ])
      expect(() => wrapRange(tree, range, h('b')), JSON.stringify(range)).toThrow(RangeError);
  });

  it('marks exactly the range, keeps the text and every earlier mark, for random overlapping ranges', () => {
    const rand = prng(2026);
    const text = '成都市2026年政府工作报告:规模以上工业增加值增长7%,人工智能产业规模增长39%。';
    for (let round = 0; round < 40; round++) {
      let tree: Root = paragraphTree(text);
      const ranges: TextRange[] = [];
      for (let n = 0; n < 12; n++) {
        const a = Math.floor(rand() * (text.length + 1));
        const b = Math.floor(rand() * (text.length + 1));
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        ranges.push(range);
        tree = wrapRange(tree, range, h('mark', { id: `w${n}`, className: [`w${n}`] }));
        expect(textOf(tree)).toBe(text);
      }
      for (const [k, { start, end }] of ranges.entries()) {
        const pieces = elementsWithClass(tree, `w${k}`);
        expect(pieces.map(textOf).join(''), `round ${round}, wrap ${k}`).toBe(text.slice(start, end));
        expect(pieces.filter((piece) => piece.properties.id === `w${k}`)).toHaveLength(start < end ? 1 : 0);
        expect(pieces[0]?.properties.id ?? `w${k}`).toBe(`w${k}`);
      }
    }
  });
});

function elementsWithClass(tree: Root, name: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.includes(name)) found.push(node);
  });
  return found;
}

describe('wrapRanges', () => {
  const paragraphs = [...walkParagraphs(parseReport(seedText()))].map((place) => place.paragraph);
  const sentenceWraps = (p: (typeof paragraphs)[number]) =>
    p.sentences.map((s) => ({
      range: rangeIn(p.source.start, s.source.start, s.source.end),
      element: h('span', { id: s.id, className: ['sentence'] }),
    }));

  it('gives what wrapping one range at a time gives, on each of the seed’s paragraphs', () => {
    for (const p of paragraphs) {
      const wraps = sentenceWraps(p);
      const oneByOne = wraps.reduce((tree, w) => wrapRange(tree, w.range, w.element), paragraphTree(p.text));
      expect(wrapRanges(paragraphTree(p.text), wraps)).toEqual(oneByOne);
    }
  });

  it('gives what one at a time gives for ranges inside the text of elements (metric values in sentences)', () => {
    const model = parseReport(seedText());
    const metrics = extractMetrics(model, { year: 2026 });
    let compared = 0;
    for (const p of paragraphs) {
      const withSentences = wrapRanges(paragraphTree(p.text), sentenceWraps(p));
      const wraps = metrics
        .filter((m) => m.paragraphId === p.id)
        .map((m) => ({ range: rangeIn(p.source.start, m.valueStart, m.valueEnd), element: h('data', { id: m.id }) }));
      const oneByOne = wraps.reduce((tree, w) => wrapRange(tree, w.range, w.element), withSentences);
      expect(wrapRanges(withSentences, wraps)).toEqual(oneByOne);
      compared += wraps.length;
    }
    expect(compared).toBe(metrics.length);
  });

  it('falls back to one at a time on a tree that already holds elements, or for overlapping ranges', () => {
    const marked = wrapRange(paragraphTree('甲乙丙丁'), { start: 1, end: 3 }, h('b'));
    const wraps = [
      { range: { start: 0, end: 2 }, element: h('i') },
      { range: { start: 1, end: 4 }, element: h('u') },
    ];
    const oneByOne = (tree: ReturnType<typeof paragraphTree>) =>
      wraps.reduce((t, w) => wrapRange(t, w.range, w.element), tree);
    expect(wrapRanges(marked, wraps)).toEqual(oneByOne(marked));
    expect(wrapRanges(paragraphTree('甲乙丙丁'), wraps)).toEqual(oneByOne(paragraphTree('甲乙丙丁')));
  });

  it('wraps the thousands of sentences of a 100 000-character line', () => {
    const text = '经济运行稳中向好。'.repeat(Math.ceil(100_000 / 9)).slice(0, 100_000);
    const wraps = Array.from({ length: Math.floor(text.length / 9) }, (_, i) => ({
      range: { start: i * 9, end: i * 9 + 9 },
      element: h('span', { className: ['sentence'] }),
    }));
    const tree = wrapRanges(paragraphTree(text), wraps);
    expect(tree.children).toHaveLength(wraps.length + (text.length % 9 === 0 ? 0 : 1));
    expect(textOf(tree)).toBe(text);
  });
});
