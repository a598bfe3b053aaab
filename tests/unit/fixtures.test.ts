/**
 * The structure each fixture in tests/fixtures/ parses into (see tests/fixtures/README.md).
 */
import { describe, expect, it } from 'vitest';
import { allParagraphs, parseReport } from '../../src/model/parse.ts';
import type { ReportModel } from '../../src/model/types.ts';
import { fixture } from './helpers.ts';

/**
 * Parses a fixture lazily (inside the first test that needs it), so that a parser failure fails
 * tests, not the collection of the file.
 */
const parse = (name: string) => {
  let cached: { text: string; model: ReportModel } | undefined;
  const get = () => {
    if (!cached) {
      const text = fixture(name);
      cached = { text, model: parseReport(text) };
    }
    return cached;
  };
  return {
    get text() {
      return get().text;
    },
    get model() {
      return get().model;
    },
  };
};
const outline = (model: ReportModel) =>
  model.parts.map((p) => ({
    id: p.id,
    kind: p.kind,
    ordinal: p.ordinal,
    heading: p.heading?.title ?? null,
    intro: p.intro.map((x) => x.id),
    sections: p.sections.map((s) => [s.id, s.ordinal, s.heading?.title ?? null, s.paragraphs.length]),
  }));

describe('national.txt: national-style headings with full-width punctuation', () => {
  const fx = parse('national.txt');

  it('reads title, byline, the opening address and parts 一、二、', () => {
    const { model } = fx;
    expect(model.front.title?.text).toBe('政府工作报告');
    expect(model.front.bylines.map((b) => [b.id, b.source.line])).toEqual([['byline1', 1]]);
    expect(outline(model)).toEqual([
      { id: 'part1', kind: 'other', ordinal: null, heading: null, intro: ['part1-p1', 'part1-p2'], sections: [] },
      {
        id: 'review',
        kind: 'year-review',
        ordinal: 1,
        heading: '2025年工作回顾',
        intro: ['review-p1'],
        sections: [
          ['review-s1', 1, '坚持创新驱动，新质生产力加快培育', 2],
          ['review-s2', 2, '坚持改革开放，发展活力持续增强', 1],
        ],
      },
      {
        id: 'plan',
        kind: 'year-work-plan',
        ordinal: 2,
        heading: '2026年工作安排',
        intro: ['plan-p1', 'plan-p2'],
        sections: [
          ['plan-s1', 1, '扩大有效需求', 1],
          ['plan-s2', 2, '深化改革攻坚', 1],
        ],
      },
    ]);
    expect(model.parts[1]?.heading?.text).toBe('一、2025年工作回顾');
  });

  it('splits full-width sentences and keeps ；clauses together', () => {
    const { model } = fx;
    const p = model.parts[1]?.sections[0]?.paragraphs[0];
    expect(p?.lead?.text).toBe('科技创新成果丰硕');
    expect(p?.sentences.map((s) => s.text)).toEqual([
      '科技创新成果丰硕。',
      '新增国家级创新平台5个；高新技术企业突破1.5万家。',
    ]);
    expect(model.parts[1]?.sections[0]?.paragraphs[1]?.sentences.map((s) => s.text)).toEqual([
      '产业升级步伐加快。',
      '新能源汽车产量增长30%！',
      '“人工智能+”行动全面铺开。',
    ]);
  });

  it('counts 以下两个方面 against the two sections present: no gap', () => {
    const { model } = fx;
    expect(model.declarations).toEqual([
      { paragraphId: 'plan-p2', text: '以下两个方面', declared: 2, items: 'sections', present: 2, line: 13 },
    ]);
    expect(model.coverage.filter((c) => c.kind === 'declared-count')).toEqual([]);
  });

  it('an opening address before 一、 is not a mid-report start', () => {
    const { model } = fx;
    expect(model.coverage).toEqual([]);
    expect(model.diagnostics).toEqual([]);
  });
});

describe('mid-part.txt: starts inside a part and inside a section', () => {
  const fx = parse('mid-part.txt');

  it('infers section (二) before (三) and notes (一) missing', () => {
    const { model } = fx;
    expect(outline(model)).toEqual([
      {
        id: 'part1',
        kind: 'other',
        ordinal: null,
        heading: null,
        intro: [],
        sections: [
          ['part1-s2', 2, null, 2],
          ['part1-s3', 3, '办实事、惠民生,幸福底色更加凸显', 2],
        ],
      },
    ]);
    expect(model.parts[0]?.sections[0]?.marker).toBe('（二）');
    expect(model.coverage.map((c) => [c.kind, c.sectionId, c.missing, c.line])).toEqual([
      ['starts-mid-report', null, [], 0],
      ['starts-mid-section', 'part1-s2', [], 0],
      ['missing-sections', 'part1-s2', [1], 0],
    ]);
  });
});

describe('no-headings.txt: paragraphs only', () => {
  const fx = parse('no-headings.txt');

  it('is one part of intro paragraphs, noted as starting mid-report', () => {
    const { model } = fx;
    expect(outline(model)).toEqual([
      { id: 'part1', kind: 'other', ordinal: null, heading: null, intro: ['part1-p1', 'part1-p2'], sections: [] },
    ]);
    expect(model.coverage.map((c) => c.kind)).toEqual(['starts-mid-report']);
    expect(model.parts[0]?.intro[1]?.sentences.map((s) => s.text)).toEqual(['改造老旧小区300个;新建公园绿地50处。']);
  });
});

describe('heading-no-body.txt: headings with nothing under them', () => {
  const fx = parse('heading-no-body.txt');

  it('keeps the empty section and the empty part, with warnings on their lines', () => {
    const { model } = fx;
    expect(outline(model)).toEqual([
      {
        id: 'review',
        kind: 'year-review',
        ordinal: 1,
        heading: '2025年工作回顾',
        intro: [],
        sections: [
          ['review-s1', 1, '稳增长', 1],
          ['review-s2', 2, '促改革', 0],
          ['review-s3', 3, '惠民生', 1],
        ],
      },
      { id: 'plan', kind: 'year-work-plan', ordinal: 2, heading: '2026年工作安排', intro: [], sections: [] },
    ]);
    expect(model.diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['warning', 3],
      ['warning', 6],
    ]);
    expect(model.diagnostics[0]?.message).toContain('(二)');
    expect(model.diagnostics[1]?.message).toContain('二、2026年工作安排');
  });
});

describe('duplicate-sections.txt: (二) twice', () => {
  const fx = parse('duplicate-sections.txt');

  it('keeps both, with distinct ids, and warns once', () => {
    const { model } = fx;
    expect(outline(model)[0]?.sections).toEqual([
      ['review-s1', 1, '稳增长', 1],
      ['review-s2', 2, '促改革', 1],
      ['review-s2-2', 2, '惠民生', 1],
    ]);
    expect(model.parts[0]?.sections[2]?.paragraphs[0]?.id).toBe('review-s2-2-p1');
    expect(model.coverage.map((c) => [c.kind, c.sectionId, c.line])).toEqual([['duplicate-section', 'review-s2-2', 5]]);
    expect(model.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('only-headings.txt: no paragraphs', () => {
  const fx = parse('only-headings.txt');

  it('has headings but reports an error: no body to read', () => {
    const { model } = fx;
    expect(model.parts.flatMap(allParagraphs)).toEqual([]);
    expect(model.parts.map((p) => p.id)).toEqual(['review', 'plan']);
    expect(model.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      { severity: 'error', line: 0, message: 'no paragraphs: the text has no body to read' },
    ]);
  });
});

describe('markup.txt: HTML-looking text is kept verbatim', () => {
  const fx = parse('markup.txt');

  it('keeps <script>, <b> and &amp; as written in headings, paragraphs and sentences', () => {
    const { text, model } = fx;
    const section = model.parts[0]?.sections[0];
    expect(section?.heading?.text).toBe('（一）<b>数字政府</b>建设提速');
    expect(section?.heading?.title).toBe('<b>数字政府</b>建设提速');
    const p = section?.paragraphs[0];
    expect(p?.text).toBe(text.split('\n')[2]);
    expect(p?.sentences.map((s) => s.text)).toEqual([
      '政务服务持续优化。',
      '上线<b>“蓉易办”</b>平台,页面中的<script>alert(1)</script>字样须原样保留。',
      '全年办件量增长20%&amp;以上。',
    ]);
    expect(JSON.stringify(model)).toContain('<script>alert(1)</script>');
  });
});

describe('whitespace.txt: blank lines, trailing blanks, ideographic-space indentation', () => {
  const fx = parse('whitespace.txt');

  it('trims every node to its words and leaves the blanks to separators', () => {
    const { text, model } = fx;
    expect(model.front.title?.text).toBe('政府工作报告');
    expect(outline(model)).toEqual([
      {
        id: 'review',
        kind: 'year-review',
        ordinal: 1,
        heading: '2025年工作回顾',
        intro: ['review-p1'],
        sections: [
          ['review-s1', 1, '稳增长', 1],
          ['review-s2', 2, '惠民生', 1],
        ],
      },
    ]);
    const s2 = model.parts[0]?.sections[1];
    expect(s2?.heading?.text).toBe('（二）惠民生。');
    expect(s2?.paragraphs[0]?.text).toBe('民生保障有力有效。新增就业12万人。');
    expect(model.parts[0]?.intro[0]?.source.line).toBe(4);
    expect(model.parts[0]?.sections[0]?.heading?.source.line).toBe(6);
    // The separator between the heading and the body on line 8 is the ideographic space.
    const gap = model.segments.find((s) => s.kind === 'separator' && s.start === s2?.heading?.source.end);
    expect(gap && text.slice(gap.start, gap.end)).toBe('\u3000');
    expect(model.stats.lines).toBe(11);
    expect(model.diagnostics).toEqual([]);
  });
});
