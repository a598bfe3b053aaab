import { describe, expect, it } from 'vitest';
import { parseChineseInteger, sectionMarker, toChineseInteger } from '../../src/text/numerals.ts';

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

  it.each(['', '十十', '零十', '百', 'a', '一二三四'])('rejects %j', (text) =>
    expect(parseChineseInteger(text)).toBeNull(),
  );

  it('round-trips 1–99', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseInteger(toChineseInteger(n))).toBe(n);
  });

  it('writes canonical full-width markers', () => expect(sectionMarker(4)).toBe('（四）'));
});
