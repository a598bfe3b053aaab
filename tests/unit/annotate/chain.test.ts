/** The whole chain on real paragraphs: the seed's 41 and the markup fixture. */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { parseFragment } from 'parse5';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { annotateParagraph } from '../../../src/annotate/index.ts';
import { textOf } from '../../../src/annotate/tree.ts';
import { wrapRange } from '../../../src/annotate/wrap.ts';
import { extractMetrics } from '../../../src/metrics/extract.ts';
import { parseReport } from '../../../src/model/parse.ts';
import { paragraphList } from '../../../src/model/walk.ts';
import { fixture, prng, seedText } from '../helpers.ts';

const model = parseReport(seedText());
const metrics = extractMetrics(model, { year: 2026 });
const paragraphs = paragraphList(model);

function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node);
  });
  return found;
}
const withClass = (name: string) => (element: Element) =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name);

describe('annotateParagraph on the seed', () => {
  it('keeps every character of every paragraph, in order', () => {
    expect(paragraphs).toHaveLength(41);
    for (const p of paragraphs) expect(textOf(annotateParagraph(p, metrics)), p.id).toBe(p.text);
  });

  it('marks each sentence, each metric’s value exactly once, and the lead', () => {
    for (const p of paragraphs) {
      const tree = annotateParagraph(p, metrics);
      const sentenceSpans = elements(tree, withClass('sentence'));
      expect(
        sentenceSpans.map((s) => [s.properties.id, textOf(s)]),
        p.id,
      ).toEqual(p.sentences.map((s) => [s.id, s.text]));
      const own = metrics.filter((m) => m.paragraphId === p.id);
      expect(elements(tree, withClass('metric')), p.id).toHaveLength(own.length);
      for (const m of own) {
        const marked = elements(tree, (e) => e.properties.id === m.id);
        expect(marked.map(textOf), m.id).toEqual([m.displayValue]);
        expect(marked[0]?.tagName).toBe('data');
        expect(marked[0]?.properties.value).toBe(String(m.value));
      }
      expect(elements(tree, withClass('lead')).map(textOf).join(''), p.id).toBe(p.lead?.text ?? '');
    }
  });

  it('nests two metrics that share one number (先行村、重点村各50个)', () => {
    const p = paragraphs.find((x) => x.text.includes('各50个'));
    const tree = annotateParagraph(p!, metrics);
    const outer = elements(tree, (e) => e.tagName === 'data' && e.children[0]?.type === 'element');
    expect(outer).toHaveLength(1);
    const inner = outer[0]?.children[0] as Element;
    expect([outer[0]?.properties.title, inner.properties.title]).toEqual(['年度先行村 · 50个', '重点村 · 50个']);
    expect(textOf(inner)).toBe('50个');
  });

  it('keeps padding between sentences as bare text', () => {
    const m = parseReport('2025年工作回顾\n增长7%。 第二句。\n');
    const p = m.parts[0]!.intro[0]!;
    const tree = annotateParagraph(p, extractMetrics(m, { year: 2026 }));
    expect(tree.children.map((c) => (c.type === 'element' ? c.tagName : c.type))).toEqual(['span', 'text', 'span']);
    expect(textOf(tree)).toBe(p.text);
  });

  it('stays lossless with random ranges wrapped over the annotations (as glossary terms or highlights will be)', () => {
    const rand = prng(41);
    for (const p of paragraphs) {
      let tree = annotateParagraph(p, metrics);
      for (let n = 0; n < 6; n++) {
        const a = Math.floor(rand() * (p.text.length + 1));
        const b = Math.floor(rand() * (p.text.length + 1));
        const range = { start: Math.min(a, b), end: Math.max(a, b) };
        tree = wrapRange(tree, range, h('mark', { className: [`w${n}`] }));
        expect(textOf(tree), `${p.id} [${range.start}, ${range.end})`).toBe(p.text);
        expect(
          elements(tree, withClass(`w${n}`))
            .map(textOf)
            .join(''),
        ).toBe(p.text.slice(range.start, range.end));
      }
      // Earlier annotations survive: every metric keeps its anchor and whole value.
      for (const m of metrics.filter((x) => x.paragraphId === p.id))
        expect(elements(tree, (e) => e.properties.id === m.id)).toHaveLength(1);
    }
  });
});

describe('annotateParagraph in HTML: report text that looks like HTML stays text', () => {
  const m = parseReport(fixture('markup'));
  const p = paragraphList(m).find((x) => x.text.includes('<script>'));

  it('escapes <script>, <b> and &amp; so that parsing the HTML gives back the text, and no such element', () => {
    const html = toHtml(annotateParagraph(p!, extractMetrics(m, { year: 2026 })));
    const fragment = parseFragment(html);
    const names: string[] = [];
    let text = '';
    const walk = (node: (typeof fragment.childNodes)[number]): void => {
      if (node.nodeName === '#text' && 'value' in node) text += node.value;
      if ('tagName' in node) names.push(node.tagName);
      if ('childNodes' in node) node.childNodes.forEach(walk);
    };
    fragment.childNodes.forEach(walk);
    expect(text).toBe(p!.text);
    expect(names).not.toContain('script');
    expect(names).not.toContain('b');
    expect(names).toContain('span');
  });
});
