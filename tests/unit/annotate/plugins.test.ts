/** Each annotation alone, on paragraphs written by hand (offsets in a report that starts the
 *  paragraph at 100, so report offsets and paragraph offsets differ). */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { lead } from '../../../src/annotate/lead.ts';
import { metricValues } from '../../../src/annotate/metric-values.ts';
import { sentences } from '../../../src/annotate/sentences.ts';
import { paragraphTree } from '../../../src/annotate/tree.ts';
import type { Metric } from '../../../src/metrics/types.ts';
import type { Paragraph } from '../../../src/model/types.ts';

const AT = 100;
const span = (start: number, end: number) => ({ line: 3, start: AT + start, end: AT + end });

/** `“立园满园”扎实开展。新增7个。 末句`: a lead, a metric, padding before the last sentence. */
const text = '“立园满园”扎实开展。新增7个。 末句';
const paragraph: Paragraph = {
  id: 'review-s1-p2',
  index: 2,
  text,
  source: span(0, text.length),
  lead: { text: '“立园满园”扎实开展', source: span(0, 10) },
  sentences: [
    { id: 'review-s1-p2-s1', text: '“立园满园”扎实开展。', source: span(0, 11) },
    { id: 'review-s1-p2-s2', text: '新增7个。', source: span(11, 16) },
    { id: 'review-s1-p2-s3', text: '末句', source: span(17, 19) },
  ],
};

function metric(id: string, paragraphId: string, valueStart: number, valueEnd: number, subject: string): Metric {
  const displayValue = text.slice(valueStart, valueEnd);
  return {
    id,
    sentenceId: id.replace(/-m\d+$/, ''),
    paragraphId,
    sectionId: 'review-s1',
    partId: 'review',
    text: displayValue,
    start: AT + valueStart,
    end: AT + valueEnd,
    valueStart: AT + valueStart,
    valueEnd: AT + valueEnd,
    subject,
    value: 7,
    unit: '个',
    displayValue,
    relation: 'count',
    qualifier: null,
    period: '2025',
    kind: 'achievement',
    peerGroup: null,
  };
}

describe('sentences', () => {
  it('puts each sentence in a span with its id, and leaves the padding between them bare', () => {
    expect(toHtml(sentences(paragraph)(paragraphTree(text)))).toBe(
      '<span id="review-s1-p2-s1" class="sentence">“立园满园”扎实开展。</span>' +
        '<span id="review-s1-p2-s2" class="sentence">新增7个。</span> ' +
        '<span id="review-s1-p2-s3" class="sentence">末句</span>',
    );
  });

  it('adds nothing to a paragraph without sentences', () => {
    expect(toHtml(sentences({ ...paragraph, sentences: [] })(paragraphTree(text)))).toBe(text);
  });
});

describe('lead', () => {
  it('puts the lead, without its closing punctuation, in a strong', () => {
    expect(toHtml(lead(paragraph)(paragraphTree(text)))).toBe(
      '<strong class="lead">“立园满园”扎实开展</strong>。新增7个。 末句',
    );
  });

  it('nests inside the first sentence', () => {
    const tree = lead(paragraph)(sentences(paragraph)(paragraphTree(text)));
    expect(toHtml(tree)).toMatch(
      /^<span id="review-s1-p2-s1" class="sentence"><strong class="lead">“立园满园”扎实开展<\/strong>。<\/span>/,
    );
  });

  it('adds nothing to a paragraph without a lead', () => {
    expect(toHtml(lead({ ...paragraph, lead: null })(paragraphTree(text)))).toBe(text);
  });
});

describe('metricValues', () => {
  it('puts a metric’s value in a data element with its id, number and title', () => {
    const m = metric('review-s1-p2-s2-m1', paragraph.id, 13, 15, '新增园区');
    expect(toHtml(metricValues(paragraph, [m])(paragraphTree(text)))).toBe(
      '“立园满园”扎实开展。新增<data id="review-s1-p2-s2-m1" class="metric" value="7" title="新增园区 · 7个">7个</data>。 末句',
    );
  });

  it('nests two metrics that share one number, the first outside', () => {
    const first = metric('review-s1-p2-s2-m1', paragraph.id, 13, 15, '先行村');
    const second = metric('review-s1-p2-s2-m2', paragraph.id, 13, 15, '重点村');
    expect(toHtml(metricValues(paragraph, [first, second])(paragraphTree(text)))).toContain(
      '<data id="review-s1-p2-s2-m1" class="metric" value="7" title="先行村 · 7个">' +
        '<data id="review-s1-p2-s2-m2" class="metric" value="7" title="重点村 · 7个">7个</data></data>',
    );
  });

  it('marks only the paragraph’s own metrics', () => {
    const elsewhere = metric('review-s1-p3-s1-m1', 'review-s1-p3', 13, 15, '别处');
    expect(toHtml(metricValues(paragraph, [elsewhere])(paragraphTree(text)))).toBe(text);
  });
});
