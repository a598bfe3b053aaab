import { describe, expect, it } from 'vitest';
import {
  charMapFromPairs,
  charPairs,
  parseSearchIndex,
  SEARCH_INDEX_VERSION,
  serializeSearchIndex,
  type SearchIndex,
} from '../../src/search/format.ts';

const index: SearchIndex = {
  version: SEARCH_INDEX_VERSION,
  slug: 'x',
  title: '报告',
  pages: [{ id: '', label: '概览' }],
  units: [[0, 'review-p1-s1', 0, '軌道交通建設。']],
  terms: [['轨道交通', 1, 'guidaojiaotong', 'gdjt']],
  synonyms: { gdp: ['地区生产总值'] },
  t2s: charPairs([
    ['軌', '轨'],
    ['設', '设'],
  ]),
};

describe('the search index format', () => {
  it('writes character pairs that read back as the same map', () => {
    expect(index.t2s).toBe('軌轨設设');
    expect([...charMapFromPairs(index.t2s)]).toEqual([
      ['軌', '轨'],
      ['設', '设'],
    ]);
  });

  it('reads back what it writes', () => {
    expect(parseSearchIndex(JSON.parse(serializeSearchIndex(index)))).toEqual(index);
  });

  it.each([
    ['another version', { ...index, version: SEARCH_INDEX_VERSION + 1 }],
    ['no units', { ...index, units: undefined }],
    ['not an object', null],
  ])('refuses %s', (_, json) => expect(() => parseSearchIndex(json)).toThrow(/search index/));
});
