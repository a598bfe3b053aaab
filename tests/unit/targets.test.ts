import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/metrics/extract.ts';
import { parseReport } from '../../src/model/parse.ts';
import { extractTargets } from '../../src/metrics/targets.ts';
import { seedText } from './helpers.ts';

const targetsOf = (text: string, year = 2026) => {
  const model = parseReport(text);
  const metrics = extractMetrics(model, { year });
  return { metrics, targets: extractTargets(model, metrics, { year }) };
};

describe('the seed’s targets', () => {
  const { metrics, targets } = targetsOf(seedText());

  it('lists the 2026 main expected targets in order, with and without numbers', () => {
    expect(targets.year.map((t) => [t.indicator, t.displayValue, t.qualifier, t.period])).toEqual([
      ['地区生产总值', '5.5%', '左右', '2026'],
      ['第一产业增加值', '2.8%', null, '2026'],
      ['第二产业增加值', '5%', null, '2026'],
      ['第三产业增加值', '6%', null, '2026'],
      ['进出口总额保持规模稳定', null, null, '2026'],
      ['城镇新增就业', '24万人', '以上', '2026'],
      ['城镇调查失业率', '5.5%', '左右', '2026'],
      ['居民消费价格', '2%', '左右', '2026'],
      ['地方一般公共预算收入', '2%', null, '2026'],
      ['居民收入增长和经济增长基本同步', null, null, '2026'],
      ['按照国省要求完成节能减排降碳任务', null, null, '2026'],
    ]);
  });

  it('links a target to last year’s figure for the same indicator', () => {
    const jobs = targets.year.find((t) => t.indicator === '城镇新增就业');
    expect(jobs?.baseline).toMatchObject({ displayValue: '31.1万人', period: '2025', value: 311000 });
    const baselineMetric = metrics.find((m) => m.id === jobs?.baseline?.metricId);
    expect(baselineMetric?.text).toBe('城镇新增就业31.1万人');
    // No 2025 growth rate of GDP is in the excerpt: no baseline rather than a wrong one.
    expect(targets.year.find((t) => t.indicator === '地区生产总值')?.baseline).toBeNull();
  });

  it('every numeric target is one of the metrics, with ids unique per sentence', () => {
    const all = [...targets.year, ...targets.longTerm];
    for (const t of all.filter((t) => t.metricId !== null))
      expect(metrics.some((m) => m.id === t.metricId && m.kind === 'target')).toBe(true);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });

  it('lists the 2030 goals, the qualitative one included', () => {
    expect(targets.longTerm.map((t) => [t.period, t.indicator, t.displayValue])).toEqual([
      ['2030', '基本建成践行新发展理念的公园城市示范区', null],
      ['2030', '地区生产总值', '3.2万亿元'],
    ]);
  });

  it('reads the plan’s indicator counts', () => {
    expect(targets.planIndicators).toEqual({
      sentenceId: 'plan5-p3-s1',
      categories: 6,
      indicators: 28,
      binding: 8,
      expected: 20,
    });
  });
});

describe('targets elsewhere', () => {
  it('a report without a 主要预期目标 sentence has no year targets', () => {
    expect(targetsOf('2025年工作回顾\n粮食产量237.1万吨。\n').targets).toEqual({
      year: [],
      longTerm: [],
      planIndicators: null,
    });
  });

  it('full-width punctuation: a range (4.5%至5%) is one target with its two ends', () => {
    const { targets } = targetsOf(
      '二、2026年政府工作任务\n今年发展主要预期目标是：国内生产总值增长4.5%至5%；城镇新增就业1200万人以上。\n',
    );
    expect(targets.year.map((t) => [t.indicator, t.displayValue, t.value, t.low, t.high, t.unit, t.qualifier])).toEqual(
      [
        ['国内生产总值', '4.5%至5%', null, 4.5, 5, '%', null],
        ['城镇新增就业', '1200万人', 1200, null, null, '万人', '以上'],
      ],
    );
  });

  it('分别: each listed indicator with its own figure and qualifier', () => {
    const { targets } = targetsOf(
      '二、2026年工作安排\n主要预期目标是：第一产业增加值、第二产业增加值分别增长3%以上、6%左右。\n',
    );
    expect(targets.year.map((t) => [t.indicator, t.value, t.unit, t.qualifier, t.relation])).toEqual([
      ['第一产业增加值', 3, '%', '以上', 'growth'],
      ['第二产业增加值', 6, '%', '左右', 'growth'],
    ]);
  });

  it('stretch goals: 力争 in the clause, or 在实际工作中努力争取更好结果 after it', () => {
    const { targets } = targetsOf(
      '二、2026年工作安排\n主要预期目标是：地区生产总值增长5%左右，在实际工作中努力争取更好结果；力争城乡居民收入增长6%；生态环境持续改善。\n',
    );
    expect(targets.year.map((t) => [t.indicator, t.stretch, t.relation])).toEqual([
      ['地区生产总值', true, 'growth'],
      ['城乡居民收入', true, 'growth'],
      ['生态环境持续改善', false, 'qualitative'],
    ]);
  });

  it.each(['主要预期目标为：', '主要预期目标安排为：', '主要预期目标是'])('the phrasing %s', (phrase) => {
    const { targets } = targetsOf(
      `二、2026年工作安排\n今年${phrase}地区生产总值增长5%左右，进出口促稳提质，国际收支基本平衡。\n`,
    );
    expect(targets.year.map((t) => [t.indicator, t.relation])).toEqual([
      ['地区生产总值', 'growth'],
      ['进出口促稳提质', 'qualitative'],
      ['国际收支基本平衡', 'qualitative'],
    ]);
  });
});
