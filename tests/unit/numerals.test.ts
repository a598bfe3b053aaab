import { describe, expect, it } from 'vitest';
import { parseChineseInteger, readChineseNumeral, sectionMarker, toChineseInteger } from '../../src/text/numerals.ts';

describe('Chinese ordinals', () => {
  it.each([
    ['一', 1],
    ['四', 4],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['两', 2],
    ['7', 7],
  ])('reads %s as %i', (text, value) => expect(parseChineseInteger(text)).toBe(value));

  it.each(['', '十十', '零十', '百', 'a', '一二三四', '〇', '零三', '一百'])('rejects %j', (text) =>
    expect(parseChineseInteger(text)).toBeNull(),
  );

  it('round-trips 1–99', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseInteger(toChineseInteger(n))).toBe(n);
  });

  it('writes canonical full-width markers', () => expect(sectionMarker(4)).toBe('（四）'));
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十八', 28],
    ['一百零五', 105],
    ['两千', 2000],
    ['三百', 300],
  ])('%s → %d', (text, value) => expect(readChineseNumeral(text)).toBe(value));

  it.each(['十四五', '二三', '', '万'])('%j is not one number', (text) => expect(readChineseNumeral(text)).toBeNull());
});
