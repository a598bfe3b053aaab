/**
 * Last year's promises on the four corpus pairs (src/metrics/outcomes.ts). The expectations were
 * made by reading each N+1 report's review of year N: the figure it gives and whether it meets
 * the target as the target is meant (a floor, or a ceiling for unemployment and prices).
 */
import { describe, expect, it } from 'vitest';
import { corpusCases } from '../../src/model/corpus.ts';
import { extractMetrics } from '../../src/metrics/extract.ts';
import { type OutcomeSource, outcomeKey, targetOutcomes, verdictOf } from '../../src/metrics/outcomes.ts';
import { extractTargets } from '../../src/metrics/targets.ts';
import { parseReport } from '../../src/model/parse.ts';

function source(slug: string): OutcomeSource {
  const c = corpusCases().find((x) => x.slug === slug);
  if (!c) throw new Error(`no corpus report ${slug}`);
  const model = parseReport(c.text);
  const metrics = extractMetrics(model, { year: c.year });
  const [place = slug] = slug.split('-');
  return {
    slug,
    place,
    level: 'any',
    year: c.year,
    metrics,
    targets: extractTargets(model, metrics, { year: c.year }).year,
  };
}

/** target as written → [verdict, the figure the next report gives] */
const EXPECTED: Record<string, Record<string, [string, string | null]>> = {
  'national-2023 national-2024': {
    '国内生产总值增长5%左右': ['met', '5.2%'],
    城镇新增就业1200万人左右: ['met', '1244万人'],
    '城镇调查失业率5.5%左右': ['met', '5.2%'],
    '居民消费价格涨幅3%左右': ['met', '0.2%'],
    居民收入增长与经济增长基本同步: ['unclear', '6.1%'],
    进出口促稳提质: ['not-reported', null],
    '粮食产量保持在1.3万亿斤以上': ['met', '1.39万亿斤'],
  },
  'shanghai-2025 shanghai-2026': {
    '全市生产总值增长5%左右': ['met', '5.4%'],
    '地方一般公共预算收入增长2%': ['missed', '1.5%'],
    '全社会研发经费支出相当于全市生产总值的比例达到4.5%左右': ['met', '4.5%'],
    '城镇调查失业率5%以内': ['met', '4.2%'],
    '居民消费价格涨幅2%左右': ['met', '0.1%'],
  },
  'wuhan-2025 wuhan-2026': {
    '地区生产总值增长6％左右': ['missed', '5.6%'],
    城镇新增就业25万人以上: ['met', '29.9万人'],
    '居民消费价格涨幅2％左右': ['not-reported', null],
  },
  'sichuan-2025 sichuan-2026': {
    '地区生产总值增长5.5%以上': ['met', '5.5%'],
    城镇新增就业85万人: ['met', '107万人'],
    '城镇调查失业率5.5%左右': ['not-reported', null],
    '地方一般公共预算收入增长2%': ['met', '3.9%'],
    粮食产量725亿斤以上: ['met', '732.5亿斤'],
  },
};

describe('targetOutcomes on the corpus pairs', () => {
  it.each(Object.entries(EXPECTED))('%s', (pair, expected) => {
    const [earlier = '', later = ''] = pair.split(' ');
    const sources = [source(earlier), source(later)];
    const outcomes = targetOutcomes(sources);
    const found = Object.fromEntries(
      (sources[0]?.targets ?? [])
        .filter((t) => t.text in expected)
        .map((t) => {
          const o = outcomes.get(outcomeKey(earlier, t.id));
          return [t.text, [o?.verdict, o?.text?.replace('％', '%') ?? null]];
        }),
    );
    expect(found).toEqual(expected);
    // The later report has no next one in the pair: its targets have no outcome.
    for (const t of sources[1]?.targets ?? []) expect(outcomes.has(outcomeKey(later, t.id))).toBe(false);
  });
});

describe('verdictOf', () => {
  const floor = (qualifier: '左右' | '以上' | null) => ({ indicator: '地区生产总值', qualifier });
  it.each([
    [floor('左右'), 5, 5.2, 'met'],
    [floor('左右'), 5, 4.95, 'met'],
    [floor('左右'), 5, 4.8, 'unclear'],
    [floor('左右'), 6, 5.6, 'missed'],
    [floor('以上'), 5.5, 5.5, 'met'],
    [floor('以上'), 5.5, 5.4, 'missed'],
    [{ indicator: '城镇调查失业率', qualifier: '左右' }, 5.5, 5.2, 'met'],
    [{ indicator: '居民消费价格涨幅', qualifier: '左右' }, 3, 3.5, 'missed'],
    [{ indicator: '城镇调查失业率', qualifier: '以内' }, 5, 5.1, 'missed'],
  ] as const)('%o: goal %d, actual %d → %s', (target, goal, actual, verdict) =>
    expect(verdictOf(target, goal, actual)).toBe(verdict),
  );
});
