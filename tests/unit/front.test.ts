/** Front matter lines (classifyFrontLine): every form the genre prints before the body. */
import { describe, expect, it } from 'vitest';
import { classifyFrontLine, type FrontState } from '../../src/model/front.ts';
import { foldWidth } from '../../src/text/fold.ts';

const FIRST: FrontState = { isFirstLine: true, titleSeen: false, inPreamble: false };
const NEXT: FrontState = { isFirstLine: false, titleSeen: false, inPreamble: false };
const AFTER_TITLE: FrontState = { isFirstLine: false, titleSeen: true, inPreamble: false };
const kind = (line: string, state: FrontState = NEXT) => classifyFrontLine(foldWidth(line), { ...state });

describe('classifyFrontLine', () => {
  it('a source note only on the first line, half- or full-width colon', () => {
    expect(kind('转自:成都日报锦观', FIRST)).toBe('source-note');
    expect(kind('来源：新华社', FIRST)).toBe('source-note');
    expect(kind('转自:成都日报锦观', NEXT)).toBeNull();
  });

  it.each(['政府工作报告', '2026年政府工作报告', '北京市政府工作报告'])('the title %s, once', (line) => {
    expect(kind(line)).toBe('title');
    expect(kind(line, AFTER_TITLE)).toBeNull();
  });

  it.each([
    '——2026年1月28日在成都市第十八届人民代表大会第四次会议上',
    '2026年1月25日在北京市第十六届人民代表大会第四次会议上',
    '（2026年1月25日在北京市第十六届人民代表大会第四次会议上）',
    '2026年1月25日',
    '在北京市第十六届人民代表大会第四次会议上',
  ])('a byline: %s', (line) => expect(kind(line, AFTER_TITLE)).toBe('byline'));

  it.each([
    '北京市市长 殷勇',
    '国务院总理　李强',
    '代市长 熊征宇',
    '市长 盛阅春',
    '四川省人民政府省长 施小琳',
    '广东省省长 孟凡利',
  ])('a speaker: %s', (line) => expect(kind(line, AFTER_TITLE)).toBe('speaker'));

  it.each(['各位代表：', '各位代表:'])('the salutation %s', (line) =>
    expect(kind(line, AFTER_TITLE)).toBe('salutation'),
  );

  it.each(['<!-- 殷勇同志作政府工作报告。 -->', '（来源：北京日报）'])('an editor’s note: %s', (line) =>
    expect(kind(line, AFTER_TITLE)).toBe('note'),
  );

  it('a document printed before the title is a preamble until the title', () => {
    expect(kind('第十四届全国人民代表大会第二次会议关于政府工作报告的决议')).toBe('preamble');
    expect(
      kind('第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告。', {
        ...NEXT,
        inPreamble: true,
      }),
    ).toBe('preamble');
    expect(kind('政府工作报告', { ...NEXT, inPreamble: true })).toBe('title');
  });

  it.each([
    '现在，我代表国务院，向大会报告政府工作，请予审议。',
    '一、2025年工作回顾',
    '（一）坚持扛牢使命。',
    '各位代表！蓝图已经绘就，实干创造未来。',
  ])('body text is none of them: %s', (line) => expect(kind(line, AFTER_TITLE)).toBeNull());
});
