/**
 * The seed excerpt (content/reports/chengdu-2026/report.txt) parsed into its concrete structure,
 * and the generated variants (full-width punctuation, CRLF, lone CR, BOM) parsed into the same one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/model/parse.ts';
import { paragraphList } from '../../src/model/walk.ts';
import type { Paragraph, ReportModel } from '../../src/model/types.ts';
import { allIds, seedText, seedVariants, toCrlf, toFullWidth, walkNodes, withBom } from './helpers.ts';

let seed: string;
let model: ReportModel;
const part = (id: string) => {
  const found = model.parts.find((p) => p.id === id);
  if (!found) throw new Error(`no part ${id}`);
  return found;
};
const paragraph = (id: string): Paragraph => {
  const found = paragraphList(model).find((p) => p.id === id);
  if (!found) throw new Error(`no paragraph ${id}`);
  return found;
};

beforeAll(() => {
  seed = seedText();
  model = parseReport(seed);
});

describe('seed: front matter', () => {
  it('reads the source note and the title from lines 0 and 1', () => {
    expect(model.front.lines).toEqual([
      { id: 'source-note', kind: 'source-note', text: '转自:成都日报锦观', source: { line: 0, start: 0, end: 9 } },
      { id: 'title', kind: 'title', text: '政府工作报告', source: { line: 1, start: 10, end: 16 } },
    ]);
    // The text joins the report mid-section: no opening address, no closing, no appendix.
    expect(model.front.opening).toEqual([]);
    expect([model.closing, model.appendices, model.trailing]).toEqual([[], [], []]);
  });
});

describe('seed: parts', () => {
  it('has the three parts in order, with kinds and headings', () => {
    expect(model.parts.map((p) => [p.id, p.kind, p.heading?.text ?? null, p.ordinal])).toEqual([
      ['review', 'year-review', null, null],
      ['plan5', 'five-year-plan', '“十五五”发展的主要考虑', null],
      ['plan', 'year-plan', '2026年工作安排', null],
    ]);
    expect(part('plan5').heading?.source.line).toBe(32);
    expect(part('plan5').heading?.title).toBe('“十五五”发展的主要考虑');
    expect(part('plan').heading?.source.line).toBe(41);
  });

  it('closes the year review with lines 20–31: the other work, the government, the five-year review, the problems', () => {
    const review = part('review');
    expect(review.closing.map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `review-c${i + 1}`));
    expect(review.closing.map((p) => p.source.line)).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    expect(review.closing[0]?.text.startsWith('与此同时,')).toBe(true);
    expect(review.closing[2]?.text.startsWith('各位代表!“十四五”时期')).toBe(true);
    // Section (六) ends where the closing block begins; the five-year plan starts at its heading.
    expect(review.sections.at(-1)?.paragraphs.at(-1)?.source.line).toBe(19);
    expect(part('plan5').heading?.source.line).toBe(32);
  });

  it('puts lines 33–40 in the five-year plan and lines 42–44 in the plan intro', () => {
    expect(part('plan5').intro.map((p) => p.source.line)).toEqual([33, 34, 35, 36, 37, 38, 39, 40]);
    expect(part('plan5').sections).toEqual([]);
    expect(part('plan').intro.map((p) => p.source.line)).toEqual([42, 43, 44]);
    expect(part('plan').intro.at(-1)?.text).toBe('重点抓好以下十个方面工作。');
  });
});

describe('seed: sections', () => {
  it('infers section (三) (heading not in the text) and reads (四)–(六)', () => {
    const review = part('review');
    expect(review.intro).toEqual([]);
    expect(
      review.sections.map((s) => [s.id, s.ordinal, s.marker, s.heading?.text ?? null, s.paragraphs.length]),
    ).toEqual([
      ['review-s3', 3, '（三）', null, 3],
      ['review-s4', 4, '(四)', '(四)抓改革、促开放,发展活力更加充盈', 4],
      ['review-s5', 5, '(五)', '(五)办实事、惠民生,幸福底色更加凸显', 5],
      ['review-s6', 6, '(六)', '(六)强治理、保安全,城市运行更加平稳', 3],
    ]);
    expect(review.sections.map((s) => s.heading?.source.line ?? null)).toEqual([null, 5, 10, 16]);
    expect(review.sections[1]?.heading?.title).toBe('抓改革、促开放,发展活力更加充盈');
    expect(review.sections[0]?.paragraphs.map((p) => p.source.line)).toEqual([2, 3, 4]);
  });

  it('splits line 45 into the heading of (一) (ending at 做优做强。) and its first paragraph (主动服务…)', () => {
    const plan = part('plan');
    expect(plan.sections.map((s) => s.id)).toEqual(['plan-s1']);
    const s1 = plan.sections[0];
    const heading = s1?.heading;
    expect(s1?.ordinal).toBe(1);
    expect(s1?.marker).toBe('(一)');
    expect(heading?.source.line).toBe(45);
    expect(heading?.text.startsWith('(一)坚持扛牢使命、打造全国增长极')).toBe(true);
    expect(heading?.text.endsWith('做优做强。')).toBe(true);
    expect(heading?.title).toBe('坚持扛牢使命、打造全国增长极,全力推动极核功能做优做强');
    const first = s1?.paragraphs[0];
    expect(first?.id).toBe('plan-s1-p1');
    expect(first?.source.line).toBe(45);
    expect(first?.text.startsWith('主动服务')).toBe(true);
    expect(first?.source.start).toBe(heading?.source.end);
    expect(s1?.paragraphs.map((p) => p.source.line)).toEqual([45, 46, 47]);
  });
});

describe('seed: paragraphs, leads and sentences', () => {
  it.each([
    ['review-s3-p2', '“立园满园”扎实开展'],
    ['review-s3-p3', '“进解优促”迭代升级'],
    ['review-s4-p1', '重大改革积厚成势'],
    ['review-c4', '五年来,我们坚持创新发展,科产融合更加深入'],
    ['review-c9', '五年来,我们统筹发展和安全,城市韧性有效提升'],
    ['plan5-p5', '一是在推动科产深度融合上取得更大进展'],
    ['plan5-p8', '四是在更好统筹发展和安全上取得更大进展'],
    ['plan-s1-p2', '唱好“双城记”'],
  ])('%s leads with %s', (id, lead) => {
    const p = paragraph(id);
    expect(p.lead?.text).toBe(lead);
    expect(seed.slice(p.lead?.source.start, p.lead?.source.end)).toBe(lead);
    expect(p.sentences[0]?.text).toBe(`${lead}。`);
  });

  it.each([
    ['review-c3', 'an address (各位代表!)'],
    ['review-c10', 'an address (各位代表!)'],
    ['plan-p2', 'a sentence introducing a list (……是:)'],
    ['plan-p3', 'a one-sentence paragraph'],
    ['review-s3-p1', 'a long first sentence'],
  ])('%s has no lead: it opens with %s', (id) => {
    expect(paragraph(id).lead).toBeNull();
  });

  it('numbers paragraphs from 1 within their container', () => {
    for (const p of model.parts) {
      p.intro.forEach((para, i) => expect([para.id, para.index]).toEqual([`${p.id}-p${i + 1}`, i + 1]));
      for (const s of p.sections)
        s.paragraphs.forEach((para, i) => expect([para.id, para.index]).toEqual([`${s.id}-p${i + 1}`, i + 1]));
      p.closing.forEach((para, i) => expect([para.id, para.index]).toEqual([`${p.id}-c${i + 1}`, i + 1]));
    }
  });

  it('keeps semicolon clauses inside one sentence', () => {
    // Line 43: 主要预期目标是:……增长5.5%左右,……6%;进出口总额保持规模稳定;城镇新增……。
    const p = paragraph('plan-p2');
    expect(p.source.line).toBe(43);
    expect(p.sentences).toHaveLength(2);
    expect(p.sentences[0]?.text.split(';')).toHaveLength(7);
    expect(p.sentences[0]?.text.startsWith('今年全市经济社会发展的主要预期目标是:')).toBe(true);
    expect(p.sentences[0]?.text.endsWith('。')).toBe(true);
    const withSemicolon = paragraphList(model)
      .flatMap((x) => x.sentences)
      .filter((s) => s.text.includes(';'));
    expect(withSemicolon.length).toBeGreaterThan(0);
    for (const s of withSemicolon) expect(s.text.indexOf(';')).toBeLessThan(s.text.length - 1);
  });

  it('counts match an independent count of terminator runs', () => {
    const paragraphs = paragraphList(model);
    // The seed has no terminator inside 《》 and no closing mark after a terminator.
    const expected = paragraphs.reduce(
      (n, p) => n + (p.text.match(/[。！？!?]+/g)?.length ?? 0) + (/[。！？!?]$/.test(p.text) ? 0 : 1),
      0,
    );
    expect(model.stats).toEqual({
      characters: 10447,
      lines: 48,
      parts: 3,
      sections: 5,
      paragraphs: 41,
      sentences: expected,
    });
  });
});

describe('seed: declarations and coverage', () => {
  it('finds both declarations', () => {
    expect(model.declarations).toEqual([
      { paragraphId: 'plan5-p4', text: '以下四个方面', declared: 4, items: 'enumeration', present: 4, line: 36 },
      { paragraphId: 'plan-p3', text: '以下十个方面', declared: 10, items: 'sections', present: 1, line: 44 },
    ]);
  });

  it('notes the mid-report start, the inferred (三), missing (一)(二) and the nine absent work areas — and nothing for 一是…四是', () => {
    expect(model.coverage.map((c) => [c.kind, c.partId, c.sectionId, c.missing, c.declared, c.present])).toEqual([
      ['starts-mid-report', 'review', null, [], null, null],
      ['starts-mid-section', 'review', 'review-s3', [], null, null],
      ['missing-sections', 'review', 'review-s3', [1, 2], null, 4],
      ['declared-count', 'plan', null, [2, 3, 4, 5, 6, 7, 8, 9, 10], 10, 1],
    ]);
    expect(model.coverage.find((c) => c.kind === 'declared-count')?.line).toBe(44);
    expect(model.coverage.find((c) => c.kind === 'missing-sections')?.message).toContain('（一）、（二）');
    expect(model.coverage.some((c) => c.partId === 'plan5')).toBe(false);
  });

  it('turns every coverage note into a warning and reports no error', () => {
    expect(model.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(model.diagnostics.map((d) => d.message)).toEqual(model.coverage.map((c) => c.message));
  });
});

/** Everything about a model except offsets that a change of line ending or a BOM moves. */
function shape(m: ReportModel) {
  return {
    ids: allIds(m),
    parts: m.parts.map((p) => ({
      id: p.id,
      kind: p.kind,
      ordinal: p.ordinal,
      heading: p.heading?.source.line ?? null,
      sections: p.sections.map((s) => [s.id, s.ordinal, s.heading?.source.line ?? null, s.paragraphs.length]),
      intro: p.intro.length,
      closing: p.closing.length,
    })),
    leads: paragraphList(m).map((p) => p.lead?.text.length ?? null),
    lines: walkNodes(m).map((n) => n.source.line),
    declarations: m.declarations,
    coverage: m.coverage.map(({ message: _m, ...rest }) => rest),
    front: m.front.lines.map((l) => [l.id, l.kind]),
    stats: { ...m.stats, characters: 0 },
  };
}

describe('seed variants', () => {
  it('the full-width variant really differs from the seed', () => {
    const fw = toFullWidth(seed);
    expect(fw).not.toBe(seed);
    expect(fw.length).toBe(seed.length);
    expect(fw).not.toMatch(/[,:;()!?]/);
    expect(fw).toContain('（四）抓改革、促开放，发展活力更加充盈');
  });

  it('full-width punctuation gives the same structure, ids, ordinals and offsets', () => {
    const fw = parseReport(toFullWidth(seed));
    expect(shape(fw)).toEqual(shape(model));
    // One unit for one: every node keeps its exact span.
    expect(walkNodes(fw).map((n) => [n.id, n.source])).toEqual(walkNodes(model).map((n) => [n.id, n.source]));
    expect(fw.parts[0]?.sections[1]?.marker).toBe('（四）');
    expect(fw.front.lines[0]?.text).toBe('转自：成都日报锦观');
  });

  it.each(Object.keys(seedVariants()))('%s variant: same structure, ids and lines as the seed', (name) => {
    const variant = seedVariants()[name] as string;
    expect(shape(parseReport(variant))).toEqual(shape(model));
  });

  it('CRLF variant: every node keeps its text; offsets move by one per line break before it', () => {
    const crlf = parseReport(toCrlf(seed));
    const a = walkNodes(model);
    const b = walkNodes(crlf);
    expect(b.map((n) => n.text)).toEqual(a.map((n) => n.text));
    expect(b.map((n) => n.source.start)).toEqual(a.map((n) => n.source.start + n.source.line));
    expect(crlf.stats.lines).toBe(48);
  });

  it('BOM variant: every node keeps its text, shifted by one; the BOM is a separator of its own', () => {
    const bom = parseReport(withBom(seed));
    expect(walkNodes(bom).map((n) => [n.text, n.source.start - 1, n.source.end - 1])).toEqual(
      walkNodes(model).map((n) => [n.text, n.source.start, n.source.end]),
    );
    expect(bom.segments[0]).toEqual({ kind: 'separator', id: null, start: 0, end: 1 });
    expect(bom.front.lines[0]?.text).toBe('转自:成都日报锦观');
  });
});
