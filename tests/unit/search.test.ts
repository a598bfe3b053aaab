/**
 * The search engine over the seed. Expected results are derived by brute force from the text
 * (which units contain the words), so these tests check the engine rather than restate it.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadReport, reportsDir } from '../../src/model/load.ts';
import { SEARCH_INDEX_VERSION } from '../../src/search/format.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { normalizeText, splitQuery } from '../../src/search/normalize.ts';
import { reportSearchIndex } from '../../src/search/report.ts';
import { prng } from './helpers.ts';

const report = loadReport(reportsDir(), 'chengdu-2026');
const index = reportSearchIndex(report);
const engine = createSearchEngine(index);
const units = index.units.map(([, id, , text]) => ({ id, text, norm: normalizeText(text) }));
const containing = (...words: string[]) =>
  units
    .filter((u) => words.every((w) => u.norm.includes(normalizeText(w))))
    .map((u) => u.id)
    .sort();
const found = (query: string) =>
  engine
    .search(query)
    .results.map((r) => r.id)
    .sort();

describe('the index', () => {
  it('is versioned and holds every sentence and heading once', () => {
    expect(index.version).toBe(SEARCH_INDEX_VERSION);
    const sentences = report.model.parts
      .flatMap((p) => [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)])
      .flatMap((p) => p.sentences);
    const ids = index.units.map(([, id]) => id);
    for (const s of sentences) expect(ids).toContain(s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the custom dictionary’s words whole in the vocabulary', () => {
    const terms = new Set(index.terms.map(([t]) => t));
    for (const word of ['智慧蓉城', '微网实格', '成渝地区双城经济圈', '进解优促'])
      expect(terms.has(word), word).toBe(true);
  });
});

describe('substring queries find every unit that contains them', () => {
  it.each([
    '能级',
    '1.2万亿',
    '第1位',
    '园',
    '智能',
    '无人机',
    '成渝地区双城经济圈',
    '“立园满园”',
    '4100亿元',
    '增长7%',
  ])('%s', (query) => {
    const expected = containing(query);
    expect(expected.length).toBeGreaterThan(0);
    expect(found(query)).toEqual(expected);
  });

  it('300 random substrings of the text (1–6 characters) each find exactly the units holding them', () => {
    const random = prng(20260128);
    let checked = 0;
    while (checked < 300) {
      const unit = units[Math.floor(random() * units.length)]!;
      const length = 1 + Math.floor(random() * 6);
      const start = Math.floor(random() * Math.max(1, unit.text.length - length));
      const query = unit.text.slice(start, start + length);
      if (!/^[\u3400-\u9fff0-9.%]+$/.test(query) || index.synonyms[query.toLowerCase()]) continue;
      expect(found(query), query).toEqual(containing(query));
      checked++;
    }
  });

  it('full-width input finds the same as half-width', () => {
    expect(found('１.２万亿')).toEqual(containing('1.2万亿'));
  });
});

describe('traditional characters, pinyin and synonyms', () => {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  it.each(['轨道交通', '营商环境', '经济发展', '数字文创', '乡村振兴', '养老服务'])('traditional %s', (word) => {
    const traditional = toTraditional(word);
    expect(traditional).not.toBe(word);
    expect(found(traditional)).toEqual(containing(word));
  });

  it('軌道交通 (the issue’s example)', () => expect(found('軌道交通')).toEqual(containing('轨道交通')));

  it.each([
    ['guidaojiaotong', '轨道交通'],
    ['gdjt', '轨道交通'],
    ['rengongzhineng', '人工智能'],
    ['rgzn', '人工智能'],
    ['zhihuirongcheng', '智慧蓉城'],
  ])('pinyin %s → %s', (query, word) => {
    expect(found(query)).toEqual(expect.arrayContaining(containing(word)));
    expect(containing(word).length).toBeGreaterThan(0);
  });

  it.each([
    ['GDP', '地区生产总值'],
    ['gdp', '地区生产总值'],
    ['ＧＤＰ', '地区生产总值'],
    ['AI', '人工智能'],
    ['CPI', '居民消费价格'],
  ])('synonym %s → %s', (query, word) => {
    expect(found(query)).toEqual(containing(word));
  });
});

describe('typos, several words, phrases and absent words', () => {
  it.each([
    ['智慧容城', '智慧蓉城'],
    ['微网实隔', '微网实格'],
    ['公圆城市', '公园城市'],
    ['低空经纪', '低空经济'],
  ])('%s is read as %s', (typo, word) => {
    const response = engine.search(typo);
    expect(response.words[0]?.corrected).toBe(word);
    expect(response.results.map((r) => r.id).sort()).toEqual(containing(word));
  });

  it.each([
    ['人工智能 产业', ['人工智能', '产业']],
    ['成渝 合作 项目', ['成渝', '合作', '项目']],
    ['轨道交通　里程', ['轨道交通', '里程']],
  ])('%s finds only units with every word', (query, words) => {
    expect(found(query)).toEqual(containing(...words));
  });

  it('a quoted phrase is exact and is not expanded', () => {
    expect(found('"人工智能产业"')).toEqual(containing('人工智能产业'));
    expect(found('“GDP”')).toEqual([]);
  });

  it('a word typed without spaces that is not in the text is split into known words', () => {
    const response = engine.search('轨道交通运营里程');
    expect(response.results.map((r) => r.id).sort()).toEqual(containing('轨道交通运营里程'));
    const split = engine.search('数字文创地标天府长岛');
    expect(split.results.map((r) => r.id).sort()).toEqual(containing('数字文创', '地标', '天府', '长岛'));
  });

  it.each(['量子计算机', '火星基地', 'qwertyzxcv', '无人车'])('%s: no result', (query) => {
    expect(engine.search(query).results).toEqual([]);
  });

  it('an absent word gets suggestions from the vocabulary where one is close', () => {
    const response = engine.search('量子通讯');
    expect(response.results).toEqual([]);
    const terms = new Set(index.terms.map(([t]) => t));
    expect(response.suggestions.length).toBeGreaterThan(0);
    for (const s of response.suggestions) expect(terms.has(s)).toBe(true);
  });

  it('an empty or blank query has no results and no error', () => {
    for (const q of ['', '   ', '""']) expect(engine.search(q)).toMatchObject({ results: [], suggestions: [] });
  });
});

describe('ranking, grouping and highlights', () => {
  it('puts a heading first when its words are in it', () => {
    expect(engine.search('抓改革、促开放').results[0]?.kind).toBe('heading');
  });

  it('highlights every occurrence, in the text as written', () => {
    for (const r of engine.search('智能').results) {
      expect(r.highlights.length).toBeGreaterThan(0);
      for (const [a, b] of r.highlights) expect(r.text.slice(a, b)).toBe('智能');
    }
    const traditional = engine.search('軌道交通').results[0]!;
    expect(traditional.text.slice(...traditional.highlights[0]!)).toBe('轨道交通');
  });

  it('groups results by page with counts that add up', () => {
    const response = engine.search('发展');
    expect(response.groups.reduce((n, g) => n + g.count, 0)).toBe(response.results.length);
    for (const g of response.groups) expect(g.label.length).toBeGreaterThan(0);
  });
});

describe('splitQuery', () => {
  it('keeps quoted phrases whole', () => {
    expect(splitQuery('人工智能 "低空 经济" “数字文创”')).toEqual([
      { text: '人工智能', phrase: false },
      { text: '低空 经济', phrase: true },
      { text: '数字文创', phrase: true },
    ]);
  });
});
