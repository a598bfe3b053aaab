/**
 * Metric extraction: scored against the hand annotation of the seed (tests/fixtures/metrics/),
 * checked for exact spans, and tried on held-out text written in the national report's style
 * with full-width punctuation, which the extractor was not tuned on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreMetrics, type GoldMetric } from '../../src/metrics/evaluate.ts';
import { extractMetrics } from '../../src/metrics/extract.ts';
import type { Metric } from '../../src/metrics/types.ts';
import { parseReport } from '../../src/model/parse.ts';
import { seedText } from './helpers.ts';

const seed = seedText();
const seedMetrics = extractMetrics(parseReport(seed), { year: 2026 });
const gold = JSON.parse(readFileSync('tests/fixtures/metrics/chengdu-2026.annotated.json', 'utf8')) as GoldMetric[];

const metricsOf = (text: string, year = 2026) => extractMetrics(parseReport(text), { year });
const brief = (m: Metric) => [m.displayValue, m.value, m.unit, m.relation, m.qualifier, m.period, m.kind];

describe('the seed against its hand annotation', () => {
  const score = scoreMetrics(seedMetrics, gold);
  const certain = scoreMetrics(
    seedMetrics,
    gold.filter((g) => !g.uncertain),
  );

  it('has precision and recall of at least 0.95 on sentence + value + unit', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(certain.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('gets relation, qualifier, period and kind right at least 90% of the time', () => {
    for (const field of ['relation', 'qualifier', 'period', 'kind'] as const)
      expect(score.accuracy[field], field).toBeGreaterThanOrEqual(0.9);
  });

  it('misses only annotations marked uncertain (structure counts such as 十个方面)', () => {
    expect(score.missed.filter((g) => !g.uncertain)).toEqual([]);
  });
});

describe('every metric of the seed', () => {
  it('has text, start and end that match the file, and a value span holding its displayValue', () => {
    for (const m of seedMetrics) {
      expect(seed.slice(m.start, m.end), m.id).toBe(m.text);
      expect(seed.slice(m.valueStart, m.valueEnd), m.id).toBe(m.displayValue);
      expect(m.valueStart >= m.start && m.valueEnd <= m.end, m.id).toBe(true);
    }
  });

  it('has a unique id made from its sentence id', () => {
    expect(new Set(seedMetrics.map((m) => m.id)).size).toBe(seedMetrics.length);
    for (const m of seedMetrics) expect(m.id).toMatch(new RegExp(`^${m.sentenceId}-m\\d+$`));
  });

  it('has a subject for every metric', () => {
    expect(seedMetrics.filter((m) => m.subject.trim().length < 2).map((m) => m.id)).toEqual([]);
  });
});

describe('what the seed says, read right', () => {
  const byText = (text: string) => seedMetrics.filter((m) => m.text.includes(text));
  it.each([
    ['规模以上工业增加值增长7%', ['7%', 7, '%', 'growth', null, '2025', 'achievement']],
    ['超4100亿元', ['4100亿元', 410000000000, '元', 'level', '超', '2025', 'achievement']],
    ['第2位', ['第2位', 2, '位', 'rank', null, '2025', 'achievement']],
    ['下降60%', ['60%', 60, '%', 'decline', null, '2025', 'achievement']],
    ['增至394万户', ['394万户', 3940000, '户', 'increase_to', null, '2025', 'achievement']],
    ['1.76:1', ['1.76:1', 1.76, ':1', 'ratio', null, '2025', 'achievement']],
    ['增长1.4倍', ['1.4倍', 1.4, '倍', 'multiple', null, '2021-2025', 'achievement']],
    ['30%的年度票房', ['30%', 30, '%', 'share', null, '2025', 'achievement']],
    ['地区生产总值增长5.5%左右', ['5.5%', 5.5, '%', 'growth', '左右', '2026', 'target']],
    ['24万人以上', ['24万人', 240000, '人', 'count', '以上', '2026', 'target']],
    ['3.2万亿元', ['3.2万亿元', 3200000000000, '元', 'level', null, '2030', 'target']],
  ])('%s', (text, expected) => {
    expect(byText(text).map(brief)).toContainEqual(expected);
  });

  it('gives each listed subject its own number (分别 and 各)', () => {
    const shares = seedMetrics.filter(
      (m) => m.sentenceId === 'plan-p2-s1' && ['2.8%', '5%', '6%'].includes(m.displayValue),
    );
    expect(shares.map((m) => [m.subject, m.displayValue, m.relation])).toEqual([
      ['第一产业增加值', '2.8%', 'growth'],
      ['第二产业增加值', '5%', 'growth'],
      ['第三产业增加值', '6%', 'growth'],
    ]);
    const villages = seedMetrics.filter((m) => m.text.includes('各50个'));
    expect(villages.map((m) => m.subject)).toEqual(['年度先行村', '重点村']);
  });

  it('names the peer group of each ranking', () => {
    expect(seedMetrics.filter((m) => m.relation === 'rank').map((m) => m.peerGroup)).not.toContain(null);
    expect(byText('居全国超大城市第2位')[0]?.peerGroup).toBe('全国超大城市');
  });
});

describe('not metrics: names and labels with digits', () => {
  it.each([
    '成功举办第12届世界运动会。',
    '国内首条第8.6代AMOLED生产线首款产品正式点亮。',
    '轨道交通10号线三期开通运营。',
    '电影《哪吒2》创造中国影史奇迹。',
    '有效应对“7·3”“8·10”等自然灾害。',
    '形成500千伏“立体双环”架构。',
    '深入贯彻党的二十届四中全会精神。',
    '“十四五”规划顺利收官,2025年圆满完成。',
    '12345热线持续优化。',
    'PM2.5年均浓度持续下降。',
    '构建“1+4+N”接听体系和“9+9+10”现代化产业体系。',
    '为全市60岁以上户籍老年人购买保险。',
    '重点抓好以下十个方面工作。',
    '深入贯彻中央八项规定精神。',
  ])('%s', (sentence) => {
    expect(metricsOf(`2025年工作回顾\n${sentence}\n`).map((m) => m.displayValue)).toEqual([]);
  });
});

describe('held-out text in the national style, full-width punctuation', () => {
  const report = [
    '一、2025年工作回顾',
    '过去一年，国内生产总值达到134.9万亿元，增长5%。城镇新增就业1267万人，城镇调查失业率平均为5.2%。粮食产量1.43万亿斤，比上年增加222亿斤。居民消费价格下降0.2%。研发经费投入强度提高到2.68%，排名全球第10位。',
    '二、2026年政府工作任务',
    '今年发展主要预期目标是：国内生产总值增长4.5%至5%；城镇新增就业1200万人以上；居民消费价格涨幅2%左右；单位国内生产总值能耗降低3%左右。',
    '',
  ].join('\n');
  const metrics = metricsOf(report);

  it('reads every number with value, unit, relation, qualifier, period and kind', () => {
    expect(metrics.map(brief)).toEqual([
      ['134.9万亿元', 134900000000000, '元', 'level', null, '2025', 'achievement'],
      ['5%', 5, '%', 'growth', null, '2025', 'achievement'],
      ['1267万人', 12670000, '人', 'count', null, '2025', 'achievement'],
      ['5.2%', 5.2, '%', 'level', null, '2025', 'achievement'],
      ['1.43万亿斤', 1430000000000, '斤', 'level', null, '2025', 'achievement'],
      ['222亿斤', 22200000000, '斤', 'growth', null, '2025', 'achievement'],
      ['0.2%', 0.2, '%', 'decline', null, '2025', 'achievement'],
      ['2.68%', 2.68, '%', 'increase_to', null, '2025', 'achievement'],
      ['第10位', 10, '位', 'rank', null, '2025', 'achievement'],
      ['4.5%', 4.5, '%', 'growth', null, '2026', 'target'],
      ['5%', 5, '%', 'growth', null, '2026', 'target'],
      ['1200万人', 12000000, '人', 'count', '以上', '2026', 'target'],
      ['2%', 2, '%', 'growth', '左右', '2026', 'target'],
      ['3%', 3, '%', 'decline', '左右', '2026', 'target'],
    ]);
  });

  it('finds the subjects', () => {
    expect(metrics.map((m) => m.subject)).toEqual([
      '国内生产总值',
      '国内生产总值',
      '城镇新增就业',
      '城镇调查失业率',
      '粮食产量',
      '粮食产量',
      '居民消费价格',
      '研发经费投入强度',
      '研发经费投入强度',
      '国内生产总值',
      '国内生产总值',
      '城镇新增就业',
      '居民消费价格',
      '单位国内生产总值能耗',
    ]);
  });
});

describe('held-out text in another city’s style', () => {
  const metrics = metricsOf(
    '2025年工作回顾\n全市生产总值突破5万亿元、增长5%左右。一般公共预算收入8500亿元,增长3.5%。外贸进出口总额4.27万亿元,其中出口1.7万亿元。全年新设外资企业6000家以上,实到外资240亿美元。\n',
  );
  it('reads values, units, relations and qualifiers', () => {
    expect(metrics.map((m) => [m.displayValue, m.value, m.unit, m.relation, m.qualifier, m.subject])).toEqual([
      ['5万亿元', 5000000000000, '元', 'level', '突破', '全市生产总值'],
      ['5%', 5, '%', 'growth', '左右', '全市生产总值'],
      ['8500亿元', 850000000000, '元', 'level', null, '一般公共预算收入'],
      ['3.5%', 3.5, '%', 'growth', null, '一般公共预算收入'],
      ['4.27万亿元', 4270000000000, '元', 'level', null, '外贸进出口总额'],
      ['1.7万亿元', 1700000000000, '元', 'level', null, '出口'],
      ['6000家', 6000, '家', 'count', '以上', '全年新设外资企业'],
      ['240亿美元', 24000000000, '美元', 'level', null, '实到外资'],
    ]);
  });
});
