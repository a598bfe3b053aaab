/**
 * Line classification (classifyLine, headingTitle) and part kinds (partKindFromHeading/Body).
 */
import { describe, expect, it } from 'vitest';
import { PART_HEADING_MAX_LENGTH, classifyLine, headingTitle, type LineRole } from '../../src/model/classify.ts';
import { inferPartKinds, partKindFromBody, partKindFromHeading } from '../../src/model/part-kind.ts';

const classify = (line: string): LineRole => classifyLine(line, 0, line.length);

describe('classifyLine: section headings', () => {
  it.each([
    ['(四)抓改革、促开放,发展活力更加充盈', 4, '(四)'],
    ['（四）抓改革、促开放，发展活力更加充盈', 4, '（四）'],
    ['(四）mixed widths', 4, '(四）'],
    ['( 三 )惠民生', 3, '( 三 )'],
    ['（十）重点领域', 10, '（十）'],
    ['（十二）第十二项', 12, '（十二）'],
  ])('%s → section %i', (line, ordinal, marker) => {
    const role = classify(line);
    expect(role).toMatchObject({
      role: 'section-heading',
      ordinal,
      marker,
      titleStart: marker.length,
      headingEnd: line.length,
      bodyStart: null,
    });
  });

  it('splits a heading that shares its line with body text (seed line 45)', () => {
    const line = '(一)坚持扛牢使命、打造全国增长极,全力推动极核功能做优做强。主动服务和融入国省重大发展战略。';
    const role = classify(line);
    expect(role.role).toBe('section-heading');
    if (role.role !== 'section-heading') return;
    expect(line.slice(0, role.headingEnd)).toBe('(一)坚持扛牢使命、打造全国增长极,全力推动极核功能做优做强。');
    expect(role.bodyStart).not.toBeNull();
    expect(line.slice(role.bodyStart ?? 0)).toBe('主动服务和融入国省重大发展战略。');
  });

  it('keeps a closing quote with the heading and skips padding before the body', () => {
    const line = '（二）坚持“稳中求进！”\u3000 正文开始。';
    const role = classify(line);
    if (role.role !== 'section-heading') throw new Error(role.role);
    expect(line.slice(0, role.headingEnd)).toBe('（二）坚持“稳中求进！”');
    expect(line.slice(role.bodyStart ?? 0)).toBe('正文开始。');
  });

  it('a heading ending with its terminator and nothing after has no body', () => {
    const role = classify('(一)做优做强。');
    expect(role).toMatchObject({ role: 'section-heading', headingEnd: '(一)做优做强。'.length, bodyStart: null });
  });

  it('uses offsets of the original text, not of the line', () => {
    const text = '前一行\n（五）办实事、惠民生。正文。';
    const start = text.indexOf('（');
    const role = classifyLine(text, start, text.length);
    if (role.role !== 'section-heading') throw new Error(role.role);
    expect(text.slice(role.titleStart, role.headingEnd)).toBe('办实事、惠民生。');
    expect(text.slice(role.bodyStart ?? 0)).toBe('正文。');
  });

  it('is not fooled by a parenthesis that is not an ordinal', () => {
    expect(classify('(成都)科学城建设提速。').role).toBe('paragraph');
    expect(classify('(1)第一项内容。').role).toBe('paragraph');
  });
});

describe('classifyLine: part headings and paragraphs', () => {
  it.each([
    ['一、2025年工作回顾', 1, 2],
    ['二、2026年工作安排', 2, 2],
    ['十一、其他', 11, 3],
  ])('national-style %s → part %i', (line, ordinal, markerLength) => {
    expect(classify(line)).toEqual({ role: 'part-heading', ordinal, titleStart: markerLength });
  });

  it('a short unpunctuated line is a part heading without an ordinal', () => {
    expect(classify('“十五五”发展的主要考虑')).toEqual({ role: 'part-heading', ordinal: null, titleStart: 0 });
    expect(classify('2026年工作安排')).toEqual({ role: 'part-heading', ordinal: null, titleStart: 0 });
  });

  it.each([
    ['a line with a terminator', '重点抓好以下十个方面工作。'],
    ['a line ending with a comma', '各位代表,'],
    ['a line ending with a full-width colon', '各位代表：'],
    ['a line ending with 、', '一、'],
    ['a national-style line with body text', '一、2025年工作回顾。过去一年成绩显著'],
    ['a line longer than the heading limit', '长'.repeat(PART_HEADING_MAX_LENGTH + 1)],
  ])('%s is a paragraph', (_name, line) => {
    expect(classify(line).role).toBe('paragraph');
  });

  it('the heading limit is inclusive', () => {
    expect(classify('长'.repeat(PART_HEADING_MAX_LENGTH)).role).toBe('part-heading');
  });
});

describe('headingTitle', () => {
  it.each([
    ['(四)抓改革、促开放,发展活力更加充盈', 3, '抓改革、促开放,发展活力更加充盈'],
    ['(一)做优做强。', 3, '做优做强'],
    ['（二）\u3000惠民生！ ', 3, '惠民生'],
    ['一、2025年工作回顾', 2, '2025年工作回顾'],
    ['（三）', 3, ''],
  ])('%s → %s', (text, titleStart, title) => {
    expect(headingTitle(text, titleStart, text.length)).toBe(title);
  });
});

describe('part kinds', () => {
  it.each([
    ['一、2025年工作回顾', 'year-review'],
    ['2025年工作回顾', 'year-review'],
    ['一、过去一年工作总结', 'year-review'],
    ['过去五年工作回顾', 'five-year-review'],
    ['“十四五”时期工作回顾', 'five-year-review'],
    ['“十五五”发展的主要考虑', 'five-year-plan'],
    ['“十五五”时期经济社会发展的主要目标和任务', 'five-year-plan'],
    ['二、2026年工作安排', 'year-plan'],
    ['三、2026年重点工作', 'year-plan'],
    ['２０２６年工作安排', 'year-plan'],
    ['二、对今年政府工作的建议', 'year-plan'],
    ['二、2024年经济社会发展总体要求和政策取向', 'year-plan'],
    ['2025年工作安排建议', 'year-plan'],
    ['一、2025年和“十四五”时期工作回顾', 'year-review'],
    ['一、过去一年和五年工作回顾', 'year-review'],
    ['一、2025年工作回顾和“十四五”发展主要成绩', 'year-review'],
    ['二、“十四五”时期发展成就和“十五五”时期主要目标任务', 'five-year-plan'],
    ['二、关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明', 'five-year-plan'],
    ['三、全面加强政府自身建设', 'government-self'],
    ['三、全面提升政府治理现代化水平', 'government-self'],
    ['加强政府自身建设', 'government-self'],
  ])('heading %s → %s', (heading, kind) => {
    expect(partKindFromHeading(heading)).toBe(kind);
  });

  it('an unknown heading gives null, so the body decides', () => {
    expect(partKindFromHeading('附：名词解释')).toBeNull();
    expect(partKindFromHeading('各位代表')).toBeNull();
  });

  it.each([
    [['一年来,政府自身建设稳步加强。'], 'year-review'],
    [['五年来,我们坚持创新发展。', '过去五年成绩显著。'], 'five-year-review'],
    [['今后五年要坚持创新驱动。'], 'five-year-plan'],
    [['今年全市经济社会发展的主要预期目标是:增长5%。'], 'year-plan'],
    [['没有任何线索的段落。'], 'other'],
  ] as const)('body %j → %s', (paragraphs, kind) => {
    expect(partKindFromBody(paragraphs)).toBe(kind);
  });

  it('the most frequent cue wins; a tie is other', () => {
    expect(partKindFromBody(['一年来成绩显著。', '五年来成绩显著。', '五年来变化巨大。'])).toBe('five-year-review');
    expect(partKindFromBody(['一年来成绩显著。', '五年来成绩显著。'])).toBe('other');
  });
});

describe('inferPartKinds: the genre order fills what the wording leaves open', () => {
  const part = (heading: string | null, paragraphs: string[], hasSections = true) => ({
    heading,
    paragraphs,
    hasSections,
  });

  it('a heading-less part with sections before a five-year review is the year review', () => {
    expect(inferPartKinds([part(null, ['没有线索。']), part(null, ['五年来成绩显著。'], false)])).toEqual([
      'year-review',
      'five-year-review',
    ]);
  });

  it('before the year’s work plan it is the year review too', () => {
    expect(inferPartKinds([part(null, ['没有线索。']), part('2026年工作安排', [])])).toEqual([
      'year-review',
      'year-plan',
    ]);
  });

  it('never invents a kind another part already has, nor one for a part without sections', () => {
    expect(
      inferPartKinds([part('2025年工作回顾', []), part(null, ['没有线索。']), part(null, ['五年来。'], false)]),
    ).toEqual(['year-review', 'other', 'five-year-review']);
    expect(inferPartKinds([part(null, ['各位代表:现在作报告。'], false), part('一、2025年工作回顾', [])])).toEqual([
      'other',
      'year-review',
    ]);
  });

  it('evidence in the heading or the wording wins over the order', () => {
    expect(inferPartKinds([part(null, ['今后五年要坚持创新驱动。']), part(null, ['五年来。'], false)])).toEqual([
      'five-year-plan',
      'five-year-review',
    ]);
  });
});
