/** meta.json completed from the front matter (src/model/front-meta.ts). */
import { describe, expect, it } from 'vitest';
import { frontFacts, resolveMeta } from '../../src/model/front-meta.ts';
import type { ReportMetaFile } from '../../src/model/metadata.ts';
import { parseReport } from '../../src/model/parse.ts';

const text = (...front: string[]) =>
  [
    ...front,
    '各位代表：',
    '现在，我代表市人民政府，向大会报告工作。',
    '一、2025年工作回顾',
    '过去一年，经济增长5%。',
    '',
  ].join('\n');
const base: ReportMetaFile = {
  title: '某市2026年政府工作报告',
  city: '某市',
  year: 2026,
  coverage: { covers: '全文', lacks: '无' },
};

describe('frontFacts', () => {
  it.each([
    [
      ['政府工作报告', '——2026年1月6日在武汉市第十五届人民代表大会第六次会议上', '代市长 熊征宇'],
      '2026-01-06',
      '武汉市第十五届人民代表大会第六次会议',
      '代市长',
      '熊征宇',
    ],
    [
      ['政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理　李强'],
      '2024-03-05',
      '第十四届全国人民代表大会第二次会议',
      '国务院总理',
      '李强',
    ],
    [
      ['2026年1月25日在北京市第十六届人民代表大会第四次会议上', '北京市市长 殷勇'],
      '2026-01-25',
      '北京市第十六届人民代表大会第四次会议',
      '北京市市长',
      '殷勇',
    ],
  ])('%j', (lines, delivered, occasion, role, speaker) => {
    const facts = frontFacts(parseReport(text(...lines)).front);
    expect([facts.delivered?.value, facts.occasion?.value, facts.speakerRole?.value, facts.speaker?.value]).toEqual([
      delivered,
      occasion,
      role,
      speaker,
    ]);
  });
});

describe('resolveMeta', () => {
  const front = parseReport(
    text('政府工作报告', '——2026年1月6日在某市第十五届人民代表大会第六次会议上', '代市长 某某某'),
  ).front;

  it('fills what meta.json leaves out from the text', () => {
    const { meta, diagnostics } = resolveMeta(base, front);
    expect(diagnostics).toEqual([]);
    expect(meta).toMatchObject({
      delivered: '2026-01-06',
      speaker: '某某某',
      speakerRole: '代市长',
      occasion: '某市第十五届人民代表大会第六次会议',
    });
  });

  it('keeps meta.json where both speak, and warns when they disagree', () => {
    const { meta, diagnostics } = resolveMeta({ ...base, delivered: '2026-01-07', speaker: '某某某' }, front);
    expect(meta?.delivered).toBe('2026-01-07');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        line: 1,
        message: 'meta.json gives delivered “2026-01-07”, the text says “2026-01-06”: meta.json is used',
      },
    ]);
  });

  it('stops when neither states the date or the speaker', () => {
    const { meta, diagnostics } = resolveMeta(base, parseReport(text('政府工作报告')).front);
    expect(meta).toBeNull();
    expect(diagnostics.map((d) => d.message)).toEqual([
      'meta.json: delivered is missing and the text does not state it',
      'meta.json: speaker is missing and the text does not state it',
    ]);
  });
});
