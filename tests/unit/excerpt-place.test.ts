/** Reading meta.json's `startsAt`/`endsAt` ids (src/model/excerpt-place.ts) and checking them in meta.json. */
import { describe, expect, it } from 'vitest';
import { excerptPlace } from '../../src/model/excerpt-place.ts';
import { validateMeta } from '../../src/model/metadata.ts';
import { parseReport } from '../../src/model/parse.ts';

describe('excerptPlace', () => {
  it.each([
    ['review-s3-p4', { zone: 'part', partId: 'review', kind: 'year-review', section: 3, closing: false, paragraph: 4 }],
    [
      'review5-p2',
      { zone: 'part', partId: 'review5', kind: 'five-year-review', section: null, closing: false, paragraph: 2 },
    ],
    ['plan-2-s10-p7', { zone: 'part', partId: 'plan-2', kind: 'year-plan', section: 10, closing: false, paragraph: 7 }],
    ['review-c2', { zone: 'part', partId: 'review', kind: 'year-review', section: null, closing: true, paragraph: 2 }],
    ['part3-p1', { zone: 'part', partId: 'part3', kind: 'other', section: null, closing: false, paragraph: 1 }],
    ['opening-p2', { zone: 'opening', paragraph: 2 }],
    ['closing-p1', { zone: 'closing', paragraph: 1 }],
  ])('reads %s', (id, place) => expect(excerptPlace(id)).toEqual(place));

  it.each(['review-s3', 'review', 'review2-p1', 'part-p1', 'review-s3-c1', 'appendix1-e2', 'review-s3-p4-s1', 'title'])(
    'refuses %s, which names no paragraph of the body',
    (id) => expect(excerptPlace(id)).toBeNull(),
  );
});

describe('startsAt and endsAt in meta.json', () => {
  const meta = { title: '某市政府工作报告', city: '某市', year: 2026, coverage: { covers: '节选', lacks: '其余' } };
  it('accepts paragraph ids and refuses the rest with a readable line', () => {
    expect(validateMeta({ ...meta, startsAt: 'review-s3-p4', endsAt: 'plan-c2' }).ok).toBe(true);
    const bad = validateMeta({ ...meta, startsAt: 'closing-p1', endsAt: 'review-s3' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.split(':')[0])).toEqual(['startsAt', 'endsAt']);
  });
});

describe('an excerpt that says where it starts and ends', () => {
  const excerpt = [
    '二是扩大有效投资，重大项目加快建设。',
    '（四）开放合作',
    '中欧班列开行2000列。',
    '二、2026年工作安排',
    '（一）扩大内需',
    '促进消费提质。',
    '支持国防和军队现代化，巩固军政军民团结。',
    '',
  ].join('\n');

  it('numbers from the full text’s place and keeps the last paragraphs where the full text has them', () => {
    const model = parseReport(excerpt, { startsAt: 'review-s3-p5', endsAt: 'plan-s1-p2' });
    expect(model.parts.map((p) => [p.id, p.sections.map((s) => [s.id, s.paragraphs.map((q) => q.id)])])).toEqual([
      [
        'review',
        [
          ['review-s3', ['review-s3-p5']],
          ['review-s4', ['review-s4-p1']],
        ],
      ],
      ['plan', [['plan-s1', ['plan-s1-p1', 'plan-s1-p2']]]],
    ]);
    expect(model.parts[1]?.closing).toEqual([]);
  });

  it('without endsAt reads a national-defence paragraph after the last section as the part’s closing', () => {
    const model = parseReport(excerpt, { startsAt: 'review-s3-p5' });
    expect(model.parts[1]?.closing.map((p) => p.id)).toEqual(['plan-c1']);
    const ending = parseReport(excerpt, { startsAt: 'review-s3-p5', endsAt: 'plan-c1' });
    expect(ending.parts[1]?.closing.map((p) => p.id)).toEqual(['plan-c1']);
  });
});
