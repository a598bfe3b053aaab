import { describe, expect, it } from 'vitest';
import { applyMultiplier, findNumbers, readArabic, readQuantity } from '../../src/metrics/numbers.ts';

describe('readQuantity: the report’s forms', () => {
  it.each([
    ['4100亿元', 410000000000, '元'],
    ['1.2万亿元', 1200000000000, '元'],
    ['21.5万亩', 215000, '亩'],
    ['2.6万项', 26000, '项'],
    ['31.1万人', 311000, '人'],
    ['3.2万亿元', 3200000000000, '元'],
    ['2600万千瓦', 26000000, '千瓦'],
    ['1100万人次', 11000000, '人次'],
    ['7.04万亩', 70400, '亩'],
    ['1,234.5亿元', 123450000000, '元'],
    ['5.5%', 5.5, '%'],
    ['5.5％', 5.5, '%'],
    ['０.７个百分点', 0.7, '个百分点'],
    ['1.4倍', 1.4, '倍'],
    ['1.76:1', 1.76, ':1'],
    ['1.76：1', 1.76, ':1'],
    ['第2位', 2, '位'],
    ['十个', 10, '个'],
    ['六个', 6, '个'],
    ['二十八项', 28, '项'],
    ['千亿', 100000000000, ''],
  ])('%s → %d %s', (text, value, unit) => {
    expect(readQuantity(text)).toMatchObject({ value, unit });
  });

  it('is not fooled by floating point: 1.2万亿 is exactly 1.2e12, 0.3亿 exactly 3e7', () => {
    expect(applyMultiplier(1.2, '万亿')).toBe(1_200_000_000_000);
    expect(applyMultiplier(0.3, '亿')).toBe(30_000_000);
    expect(applyMultiplier(4.52, '万')).toBe(45_200);
  });

  it('rejects text that is not one quantity', () => {
    expect(readQuantity('增长5%')).toBeNull();
    expect(readQuantity('5%、6%')).toBeNull();
    expect(readQuantity('')).toBeNull();
  });
});

describe('Arabic numbers', () => {
  it('reads thousands separators only in groups of three', () => {
    expect(readArabic('1,234,567')).toBe(1234567);
    expect(readArabic('12,34')).toBeNull();
  });
});

describe('findNumbers: positions in a sentence', () => {
  it('finds every number with its span, multiplier and unit', () => {
    const text = '地区生产总值增长5.5%左右,其中第一、第二、第三产业增加值分别增长2.8%、5%、6%';
    const found = findNumbers(text).filter((m) => m.form === 'arabic');
    expect(found.map((m) => [m.raw, text.slice(m.start, m.end)])).toEqual([
      ['5.5%', '5.5%'],
      ['2.8%', '2.8%'],
      ['5%', '5%'],
      ['6%', '6%'],
    ]);
  });

  it('keeps offsets of the original text when it is full width', () => {
    const text = '增长１２．５％，达到３６０３场';
    expect(findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit])).toEqual([
      ['１２．５％', 12.5, '%'],
      ['３６０３场', 3603, '场'],
    ]);
  });

  it('does not read digits glued to Latin letters (PM2.5, AMOLED8.6) as numbers', () => {
    expect(findNumbers('PM2.5年均浓度').filter((m) => m.form === 'arabic')).toEqual([]);
  });

  it('does not take 万千 (万 then 千瓦) as one multiplier', () => {
    expect(findNumbers('2600万千瓦')[0]).toMatchObject({ value: 26000000, multiplier: '万', unit: '千瓦' });
  });

  it('reads a ratio as one number', () => {
    expect(findNumbers('缩小至1.76:1,')).toMatchObject([{ form: 'ratio', value: 1.76, unit: ':1', raw: '1.76:1' }]);
  });
});
