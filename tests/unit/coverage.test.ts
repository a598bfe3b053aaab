/**
 * Coverage: what the text declares or implies compared with what it contains.
 */
import { describe, expect, it } from 'vitest';
import { describeOrdinals } from '../../src/model/coverage.ts';
import { parseReport } from '../../src/model/parse.ts';
import type { ReportModel } from '../../src/model/types.ts';
import { expectLossless, fixture, fixtureNames, seedText } from './helpers.ts';

const parse = (text: string): ReportModel => expectLossless(text, parseReport(text));
const notes = (m: ReportModel) =>
  m.coverage.map((c) => [c.kind, c.partId, c.sectionId, c.missing, c.declared, c.present, c.line]);

describe('declarations', () => {
  it('以下四个方面 followed by 一是…四是: declared 4, present 4, no note', () => {
    const m = parse(
      '一、“十五五”规划\n围绕目标,明确以下四个方面。\n一是甲。内容。\n二是乙。内容。\n三是丙。内容。\n四是丁。内容。\n',
    );
    expect(m.declarations).toEqual([
      { paragraphId: 'plan5-p1', text: '以下四个方面', declared: 4, items: 'enumeration', present: 4, line: 1 },
    ]);
    expect(m.coverage).toEqual([]);
  });

  it('以下三个方面 followed by 一是 and 二是 only: a note naming the third as absent', () => {
    const m = parse('一、“十五五”规划\n把握以下三个方面。\n一是甲。内容。\n二是乙。内容。\n其他内容。\n');
    expect(m.declarations[0]).toMatchObject({ declared: 3, items: 'enumeration', present: 2 });
    expect(notes(m)).toEqual([['declared-count', 'plan5', null, [3], 3, 2, 1]]);
    expect(m.coverage[0]?.message).toBe('文中说有三个方面，本文只列出其中2个。');
  });

  it('an enumeration counts consecutive items only, in order', () => {
    const m = parse('一、“十五五”规划\n把握以下三个方面。\n一是甲。内容。\n三是丙。内容。\n二是乙。内容。\n');
    expect(m.declarations[0]).toMatchObject({ declared: 3, items: 'enumeration', present: 1 });
  });

  it('reads 两 and Arabic digits', () => {
    const two = parse('二、2026年工作安排\n重点抓好以下两个方面工作。\n（一）甲\n内容。\n');
    expect(two.declarations[0]).toMatchObject({ text: '以下两个方面', declared: 2, items: 'sections', present: 1 });
    expect(notes(two)).toEqual([['declared-count', 'plan', null, [2], 2, 1, 1]]);
    const arabic = parse(
      '二、2026年工作安排\n重点抓好以下3个方面工作。\n(一)甲\n内容。\n(二)乙\n内容。\n(三)丙\n内容。\n',
    );
    expect(arabic.declarations[0]).toMatchObject({ text: '以下3个方面', declared: 3, items: 'sections', present: 3 });
    expect(arabic.coverage).toEqual([]);
  });

  it('full-width text declares the same', () => {
    const m = parse(
      '二、2026年工作安排\n重点抓好以下十个方面工作。\n（一）坚持扛牢使命，做优做强。主动服务。\n唱好“双城记”。内容。\n',
    );
    expect(notes(m)).toEqual([['declared-count', 'plan', null, [2, 3, 4, 5, 6, 7, 8, 9, 10], 10, 1, 1]]);
    expect(m.coverage[0]?.message).toContain('（二）至（十）');
  });

  it('a declaration with nothing recognisable after it is recorded, without a note', () => {
    const m = parse('一、回顾\n我们做了以下五个方面的工作。\n内容。\n');
    expect(m.declarations).toEqual([
      { paragraphId: 'review-p1', text: '以下五个方面', declared: 5, items: 'unknown', present: null, line: 1 },
    ]);
    expect(m.coverage).toEqual([]);
  });
});

describe('sections', () => {
  it('a gap in the numbering: (二) missing between (一) and (三)', () => {
    const m = parse('一、2025年工作回顾\n(一)甲\n内容。\n(三)丙\n内容。\n');
    expect(notes(m)).toEqual([['missing-sections', 'review', 'review-s3', [2], null, 2, 3]]);
    expect(m.coverage[0]?.message).toBe('本部分的第（二）节不在文本中。');
  });

  it('a text starting at (四) with no paragraphs before it: no inferred section, (一)–(三) missing', () => {
    const m = parse('(四)抓改革\n内容。\n(五)惠民生\n内容。\n');
    expect(m.parts[0]?.sections.map((s) => [s.id, s.heading === null])).toEqual([
      ['part1-s4', false],
      ['part1-s5', false],
    ]);
    expect(notes(m)).toEqual([
      ['starts-mid-report', 'part1', null, [], null, null, 0],
      ['missing-sections', 'part1', 'part1-s4', [1, 2, 3], null, 2, 0],
    ]);
    expect(m.coverage[1]?.message).toContain('（一）至（三）');
  });

  it('以下十个方面 announces the sections even with a paragraph between it and (一)', () => {
    const m = parse('2026年工作安排\n重点抓好以下三个方面工作。\n具体如下。\n(一)甲\n内容。\n');
    expect(m.declarations.map((d) => [d.items, d.declared, d.present])).toEqual([['sections', 3, 1]]);
    expect(notes(m)).toEqual([['declared-count', 'plan', null, [2, 3], 3, 1, 1]]);
  });

  it('a duplicated number counts once towards what is present', () => {
    const m = parse('2026年工作安排\n重点抓好以下三个方面工作。\n(一)甲\n内容。\n(一)甲\n内容。\n');
    expect(m.declarations[0]?.present).toBe(1);
    expect(m.coverage.find((n) => n.kind === 'declared-count')?.missing).toEqual([2, 3]);
  });

  it('a duplicated number: both kept, one note on the second heading', () => {
    const m = parse(fixture('duplicate-sections'));
    expect(notes(m)).toEqual([['duplicate-section', 'review', 'review-s2-2', [], null, null, 5]]);
  });
});

describe('where the text starts', () => {
  it('a text opening with a part heading does not start mid-report', () => {
    expect(parse('一、2025年工作回顾\n内容。\n').coverage).toEqual([]);
  });

  it('a title and an opening address before 一、 is the report’s preamble', () => {
    const m = parse(
      '政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n内容。\n',
    );
    expect(m.coverage).toEqual([]);
  });

  it('paragraphs before 二、 are the tail of part 一: mid-report', () => {
    const m = parse('政府工作报告\n过去一年成绩显著。\n二、2026年工作安排\n内容。\n');
    expect(m.coverage.map((c) => c.kind)).toEqual(['starts-mid-report']);
  });

  it('paragraphs and a section before 一、 are not a preamble', () => {
    const m = parse('内容。\n(二)乙\n内容。\n一、2025年工作回顾\n内容。\n');
    expect(m.coverage.map((c) => c.kind)).toContain('starts-mid-report');
  });
});

describe('notes are readable', () => {
  const inputs = [seedText(), ...fixtureNames().map(fixture)];

  it('every note is one Chinese sentence, sorted by line, pointing at a real part and line', () => {
    for (const text of inputs) {
      const m = parse(text);
      const lines = text.split(/\r\n|\r|\n/).length;
      expect(m.coverage.map((c) => c.line)).toEqual([...m.coverage.map((c) => c.line)].sort((a, b) => a - b));
      for (const c of m.coverage) {
        expect(c.message).toMatch(/^[^\n]+。$/);
        expect(c.message).toMatch(/[\u4e00-\u9fff]/);
        expect(m.parts.map((p) => p.id)).toContain(c.partId);
        if (c.sectionId) expect(m.parts.flatMap((p) => p.sections.map((s) => s.id))).toContain(c.sectionId);
        expect(c.line).toBeGreaterThanOrEqual(0);
        expect(c.line).toBeLessThan(lines);
      }
    }
  });

  it.each([
    [[1], '（一）'],
    [[1, 2], '（一）、（二）'],
    [[2, 3, 4, 5, 6, 7, 8, 9, 10], '（二）至（十）'],
    [[1, 3, 4, 5, 7], '（一）、（三）至（五）、（七）'],
    [[], ''],
  ])('describeOrdinals(%j) → %s', (ordinals, text) => {
    expect(describeOrdinals(ordinals)).toBe(text);
  });
});
