/**
 * Sentence splitting (splitSentences) and paragraph leads (findLead, through parseReport).
 */
import { describe, expect, it } from 'vitest';
import { LEAD_MAX_LENGTH, parseReport } from '../../src/model/parse.ts';
import { paragraphList } from '../../src/model/walk.ts';
import { splitSentences } from '../../src/model/sentences.ts';
import { seedText } from './helpers.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['full-width 。！？', '增长5%。真的吗？是的！', ['增长5%。', '真的吗？', '是的！']],
    ['half-width ! and ?', '各位代表!真的吗?是的。', ['各位代表!', '真的吗?', '是的。']],
    ['a decimal point is not a terminator', '增长5.5%左右。物价涨幅2%。', ['增长5.5%左右。', '物价涨幅2%。']],
    [
      'semicolon clauses stay in one sentence',
      '增长5%;物价稳定；就业充分。下一句。',
      ['增长5%;物价稳定；就业充分。', '下一句。'],
    ],
    ['commas and colons do not split', '目标是:增长5%,就业稳定，物价平稳。', ['目标是:增长5%,就业稳定，物价平稳。']],
    [
      'closing quote stays with its sentence',
      '“立园满园”扎实开展。他说:“要干！”大家干了。',
      ['“立园满园”扎实开展。', '他说:“要干！”', '大家干了。'],
    ],
    [
      'closing brackets and quotes of every kind',
      '见附件。）下文。」再下文?』完。',
      ['见附件。）', '下文。」', '再下文?』', '完。'],
    ],
    [
      'ASCII quotes close too; an ASCII full stop does not split',
      'He said "go!" Then left. Done?',
      ['He said "go!"', 'Then left. Done?'],
    ],
    ['runs of terminators stay together', '真的吗?!是的。。确实！！！', ['真的吗?!', '是的。。', '确实！！！']],
    [
      'a terminator inside a book title does not split',
      '学习《关于推进改革的决定！》精神。全面落实。',
      ['学习《关于推进改革的决定！》精神。', '全面落实。'],
    ],
    ['text after the last terminator is a sentence', '第一句。没有句号的尾巴', ['第一句。', '没有句号的尾巴']],
    ['padding between sentences belongs to none', '\u3000第一句。 \u3000第二句！\t', ['第一句。', '第二句！']],
    ['no terminator at all', '短标题', ['短标题']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns nothing for padding only', () => {
    expect(splitSentences(' \u3000\t')).toEqual([]);
  });

  it('an unclosed book title swallows the rest of the paragraph into one sentence', () => {
    expect(split('《未闭合的书名。其后文字。')).toEqual(['《未闭合的书名。其后文字。']);
  });

  it('every sentence of the seed ends at a terminator run (plus closing marks), except a paragraph tail', () => {
    const model = parseReport(seedText());
    for (const p of paragraphList(model)) {
      p.sentences.forEach((s, i) => {
        const inner = s.text.replace(/[。！？!?]+[”’」』）)》〉】〕"']*$/, '');
        // No terminator may remain inside the sentence (the seed has none inside 《》).
        expect([s.id, /[。！？!?]/.test(inner)]).toEqual([s.id, false]);
        if (i < p.sentences.length - 1) expect([s.id, inner.length < s.text.length]).toEqual([s.id, true]);
      });
    }
  });
});

describe('leads', () => {
  const leadOf = (paragraph: string) => {
    const model = parseReport(`一、2025年工作回顾\n${paragraph}\n`);
    const p = paragraphList(model)[0];
    return p?.lead
      ? { text: p.lead.text, slice: `一、2025年工作回顾\n${paragraph}\n`.slice(p.lead.source.start, p.lead.source.end) }
      : null;
  };

  it.each([
    ['“立园满园”扎实开展。承载能力巩固增强。', '“立园满园”扎实开展'],
    ['一是在推动科产深度融合上取得更大进展。强化科技创新引领。', '一是在推动科产深度融合上取得更大进展'],
    ['五年来,我们坚持创新发展,科产融合更加深入。西部科学城建设提速。', '五年来,我们坚持创新发展,科产融合更加深入'],
    ['五年来，我们坚持创新发展，科产融合更加深入。西部科学城建设提速。', '五年来，我们坚持创新发展，科产融合更加深入'],
    ['\u3000\u3000重大改革积厚成势。141个试点深入推进。', '重大改革积厚成势'],
  ])('%s → %s', (paragraph, lead) => {
    expect(leadOf(paragraph)).toEqual({ text: lead, slice: lead });
  });

  it('drops padding before the full stop (`扎实开展 。`)', () => {
    expect(leadOf('“立园满园”扎实开展 。承载能力巩固增强。')).toEqual({
      text: '“立园满园”扎实开展',
      slice: '“立园满园”扎实开展',
    });
    expect(leadOf('扎实开展\u3000。承载能力巩固增强。')?.text).toBe('扎实开展');
  });

  it.each([
    ['a one-sentence paragraph', '“立园满园”扎实开展。'],
    ['an address with !', '各位代表!过去五年成绩显著。'],
    ['an address with full-width ！', '各位代表！过去五年成绩显著。'],
    ['an address with ：', '各位代表：过去五年成绩显著。'],
    ['a list introduction with :', '主要预期目标是:增长5%。物价稳定。'],
    ['a list introduction with full-width ：', '主要预期目标是：增长5%。物价稳定。'],
    ['a first sentence ending in ！', '成绩来之不易！我们倍加珍惜。'],
    ['a first sentence ending in ？', '成绩从何而来？来自奋斗。'],
    ['a first sentence ending in a closing quote', '他说“要干。”大家干了。'],
    ['a first sentence without a terminator', '没有句号'],
    ['a first sentence longer than the lead limit', `${'长'.repeat(LEAD_MAX_LENGTH + 1)}。第二句。`],
  ])('none for %s', (_name, paragraph) => {
    expect(leadOf(paragraph)).toBeNull();
  });

  it('accepts a first sentence of exactly the limit', () => {
    expect(leadOf(`${'长'.repeat(LEAD_MAX_LENGTH)}。第二句。`)?.text).toHaveLength(LEAD_MAX_LENGTH);
  });
});
