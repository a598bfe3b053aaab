/** Targets side by side (src/metrics/library-targets.ts, src/site/targets-view.ts) over the corpus and the seed. */
import { describe, expect, it } from 'vitest';
import { indicatorKey, libraryTargets, targetsCsv } from '../../src/metrics/library-targets.ts';
import { getReport } from '../../src/site/reports.ts';
import { targetSources, targetsView } from '../../src/site/targets-view.ts';
import { parseCsv } from '../support/csv.ts';

describe('indicatorKey', () => {
  it.each([
    ['地区生产总值', '经济增长（生产总值）'],
    ['全市生产总值', '经济增长（生产总值）'],
    ['国内生产总值', '经济增长（生产总值）'],
    ['全社会研发经费支出相当于全市生产总值的比例', '研发投入'],
    ['单位生产总值能耗', '单位生产总值能耗'],
    ['居民收入增长与经济增长保持同步', '居民收入'],
    ['城镇新增就业', '城镇新增就业'],
    ['城镇调查失业率', '城镇调查失业率'],
    ['居民消费价格涨幅', '居民消费价格'],
    ['国际收支基本平衡', '其他目标'],
  ])('%s → %s', (indicator, key) => expect(indicatorKey(indicator)).toBe(key));
});

describe('libraryTargets', () => {
  const seed = getReport('chengdu-2026');
  const targets = libraryTargets('/', targetSources('/', [seed]));

  it('gives each of the seed’s year targets with the contract’s fields, linked to its place', () => {
    expect(targets.length).toBe(seed.targets.year.length);
    expect(Object.keys(targets[0] ?? {})).toEqual([
      'report',
      'year',
      'indicator',
      'text',
      'value',
      'low',
      'high',
      'unit',
      'qualifier',
      'relation',
      'stretch',
      'url',
      'outcome',
    ]);
    for (const t of targets) expect(t.url).toMatch(/^\/chengdu-2026\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });

  it('writes the same rows to CSV, URLs absolute', () => {
    const rows = parseCsv(targetsCsv(targets, 'https://example.org/'));
    expect(rows.length).toBe(targets.length + 1);
    expect(rows[1]?.[11]).toMatch(/^https:\/\/example\.org\/chengdu-2026\//);
  });
});

describe('targetsView', () => {
  it('lines up the seed’s growth target in the first row and charts it', () => {
    const [year] = targetsView('/', [getReport('chengdu-2026')]);
    expect(year?.year).toBe(2026);
    expect(year?.rows[0]?.key).toBe('经济增长（生产总值）');
    expect(year?.rows[0]?.cells[0]?.map((t) => t.text)).toEqual(['地区生产总值增长5.5%左右']);
    expect(year?.growth.marks.map((m) => m.subject)).toEqual(['成都']);
  });
});
