/**
 * The lossless contract on every input we have: the seed, each fixture, each generated variant
 * of the seed, hand-made edge cases and deterministic random texts. See `losslessProblems` in
 * helpers.ts for the exact properties.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/model/parse.ts';
import type { Paragraph, ReportModel, Segment } from '../../src/model/types.ts';
import { expectLossless, fixture, fixtureNames, losslessProblems, prng, seedText, seedVariants } from './helpers.ts';

describe('lossless: real inputs', () => {
  it('the seed', () => {
    expectLossless(seedText());
  });

  it.each(fixtureNames())('fixture %s', (name) => {
    expectLossless(fixture(name));
  });

  it.each(Object.entries(seedVariants()))('seed variant %s', (_name, text) => {
    expectLossless(text);
  });

  it('fixture variants: CRLF, BOM and full-width versions of every fixture', () => {
    for (const name of fixtureNames()) {
      const text = fixture(name);
      for (const variant of [text.replace(/\n/g, '\r\n'), `\ufeff${text}`, text.replace(/\n/g, '\r')]) {
        expect([name, losslessProblems(variant, parseReport(variant))]).toEqual([name, []]);
      }
    }
  });
});

describe('lossless: edge cases', () => {
  it.each([
    ['a single sentence without a terminator', '经济运行稳中向好'],
    ['no final line break', '一、回顾\n经济运行稳中向好。'],
    ['only a BOM before the text', '\ufeff经济运行稳中向好。'],
    ['a BOM then a blank line', '\ufeff\n\n经济运行稳中向好。\n'],
    ['blank lines of every padding kind', '\n \n\t\n\u3000\u3000\n\u00a0\n经济运行稳中向好。\n\r\n\r\n'],
    [
      'mixed LF, CRLF and lone CR',
      '一、回顾\r\n（一）稳增长\r经济运行稳中向好。增长5%。\n（二）促改革\r\n改革深入推进。',
    ],
    ['padding between sentences', '\u3000\u3000经济运行稳中向好。　增长5%。 \t 物价总体平稳！  '],
    ['heading and body on one line with padding between', '(一)稳增长。\u3000 经济运行稳中向好。'],
    ['heading with only a marker', '（二）\n经济运行稳中向好。'],
    ['section marker with inner spaces', '( 三 )惠民生\n民生保障有力。'],
    ['terminators inside a book title', '学习《关于推进改革的决定！》精神。全面落实。'],
    ['closing quotes after terminators', '他说:“要干！”大家说:“好。”然后就干了。'],
    ['runs of terminators', '真的吗?!是的。。确实如此!!!'],
    ['a lone closing mark', '”\n'],
    ['only punctuation', '。。。\n！'],
    ['a lone CR', '\r'],
    ['HTML-looking text', '<p>经济</p>运行。<script>alert("x")</script>！'],
  ])('%s', (_name, text) => {
    expectLossless(text);
  });

  it('an empty string yields an empty model without throwing', () => {
    const model = expectLossless('');
    expect(model.segments).toEqual([]);
    expect(model.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('a text of blank lines is one separator', () => {
    const text = '\n \u3000\r\n\t\n';
    const model = expectLossless(text);
    expect(model.segments).toEqual([{ kind: 'separator', id: null, start: 0, end: text.length }]);
  });
});

describe('lossless: deterministic random texts', () => {
  // Pieces chosen to hit the parser's decisions: markers, terminators, closing marks, padding,
  // line breaks, address and cue words, book titles, list items.
  const PIECES = [
    '政',
    '府',
    '报告',
    '经济',
    '一',
    '二',
    '三',
    '四',
    '十',
    '、',
    '（',
    '）',
    '(',
    ')',
    '。',
    '！',
    '？',
    '!',
    '?',
    '“',
    '”',
    '《',
    '》',
    '，',
    ',',
    '：',
    ':',
    '；',
    ';',
    '\n',
    '\r',
    '\r\n',
    ' ',
    '\u3000',
    '\t',
    '\ufeff',
    '\u00a0',
    '各位代表',
    '五年来',
    '一年来',
    '以下四个方面',
    '一是',
    '二是',
    '——',
    '转自:',
    '工作回顾',
    '工作安排',
    'a',
    '1',
    '\u200b',
    '"',
    "'",
    '\n(一)',
    '\n（二）',
    '\n一、',
    '\n三、',
    '\n各位代表!',
  ];
  const LINES = [
    '政府工作报告',
    '转自:某报',
    '——2026年1月',
    '一、2025年工作回顾',
    '二、2026年工作安排',
    '三、“十五五”规划',
    '(一)稳增长',
    '（二）促改革',
    '(二)促改革。正文在此。',
    '（三）惠民生',
    '(四)',
    '(十)重点',
    '经济运行稳中向好。增长5%。',
    '各位代表!五年来成绩显著。',
    '各位代表：',
    '五年来,我们坚持创新。成绩显著。',
    '一年来,我们坚持创新。',
    '重点抓好以下三个方面工作。',
    '一是加强。内容。',
    '二是推进。内容。',
    '三是落实。内容。',
    '短标题',
    '',
    '   ',
    '\u3000\u3000',
    '今年全市工作。',
    '《纲要》！提出。',
    '“立园满园”扎实开展 。承载能力增强。',
  ];

  function check(text: string): string[] {
    let model: ReportModel;
    try {
      model = parseReport(text);
    } catch (error) {
      return [`threw: ${(error as Error).message}`];
    }
    const problems = losslessProblems(text, model);
    return problems.length === 0 ? [] : [JSON.stringify(text), ...problems];
  }

  // 3000 parses each: about a second on an idle machine; the default 5 s timeout failed once on a
  // busy one (a harness limit, not a speed requirement).
  it('3000 random character soups', { timeout: 30_000 }, () => {
    const rand = prng(20260128);
    const failures: string[][] = [];
    for (let k = 0; k < 3000 && failures.length < 3; k++) {
      let text = '';
      const n = Math.floor(rand() * 60);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(rand() * PIECES.length)];
      const problems = check(text);
      if (problems.length > 0) failures.push(problems);
    }
    expect(failures).toEqual([]);
  });

  it('3000 random line-structured texts (LF, CRLF or CR; optional BOM and padding)', { timeout: 30_000 }, () => {
    const rand = prng(45);
    const failures: string[][] = [];
    for (let k = 0; k < 3000 && failures.length < 3; k++) {
      const eol = ['\n', '\r\n', '\r'][Math.floor(rand() * 3)] as string;
      const lines: string[] = [];
      const n = Math.floor(rand() * 16);
      for (let i = 0; i < n; i++) {
        const line = LINES[Math.floor(rand() * LINES.length)] as string;
        lines.push(rand() < 0.2 ? `\u3000${line} ` : line);
      }
      const text = (rand() < 0.2 ? '\ufeff' : '') + lines.join(eol);
      const problems = check(text);
      if (problems.length > 0) failures.push(problems);
    }
    expect(failures).toEqual([]);
  });
});

describe('the lossless check itself catches broken models', () => {
  // Guards against a tautological helper: each mutation of a correct model must be reported.
  const text = seedText();
  const fresh = () => parseReport(text);
  const firstParagraph = (m: ReportModel) => m.parts[0]?.sections[0]?.paragraphs[0] as Paragraph;

  it('accepts the unmodified model', () => {
    expect(losslessProblems(text, fresh())).toEqual([]);
  });

  it.each<[string, (m: ReportModel) => void, RegExp]>([
    [
      'a paragraph text that is not its slice',
      (m) => {
        firstParagraph(m).text += '。';
      },
      /text .* !== slice/,
    ],
    [
      'a wrong line number',
      (m) => {
        firstParagraph(m).source.line += 1;
      },
      /line 3, but offset/,
    ],
    [
      'a paragraph span that swallows the line break',
      (m) => {
        const p = firstParagraph(m);
        p.source.end += 1;
        p.text = text.slice(p.source.start, p.source.end);
      },
      /spans a line break|does not match node span/,
    ],
    [
      'a separator hiding text',
      (m) => {
        const i = m.segments.findIndex((s) => s.kind === 'separator' && s.start > 100);
        const seg = m.segments[i] as Segment;
        const prev = m.segments[i - 1] as Segment;
        prev.end -= 1;
        seg.start -= 1;
      },
      /separator hides text/,
    ],
    [
      'a gap in the segments',
      (m) => {
        m.segments.splice(3, 1);
      },
      /not contiguous/,
    ],
    [
      'a missing final segment',
      (m) => {
        m.segments.pop();
      },
      /segments end at/,
    ],
    [
      'a sentence outside its paragraph',
      (m) => {
        const s = firstParagraph(m).sentences[0];
        if (s) {
          s.source.start -= 1;
          s.text = text.slice(s.source.start, s.source.end);
        }
      },
      /outside paragraph|padding at its edges|spans a line break/,
    ],
    [
      'a dropped sentence',
      (m) => {
        firstParagraph(m).sentences.splice(1, 1);
      },
      /not whitespace|do not rebuild|stats/,
    ],
    [
      'a lead that is not the first sentence',
      (m) => {
        const p = m.parts[0]?.sections[0]?.paragraphs[1];
        if (p?.lead) p.lead.source.start += 1;
      },
      /lead|slice/,
    ],
    [
      'stats that disagree',
      (m) => {
        m.stats.sentences += 1;
      },
      /stats/,
    ],
  ])('reports %s', (_name, mutate, pattern) => {
    const m = fresh();
    mutate(m);
    const problems = losslessProblems(text, m);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(pattern);
  });
});
