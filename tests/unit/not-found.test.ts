/** src/client/not-found.ts: which page an old link's `#id` is on now (run without a document). */
import { describe, expect, it } from 'vitest';
import { type ReportPagesData, candidateLinks, hashId } from '../../src/client/not-found.ts';

const reports: ReportPagesData[] = [
  {
    slug: 'chengdu-2026',
    title: '成都',
    overview: '/b/chengdu-2026/',
    pages: [
      { id: 'review', label: '回顾' },
      { id: 'review-s4', label: '(四)改革' },
    ],
  },
  { slug: 'xian-2025', title: '西安', overview: '/b/xian-2025/', pages: [{ id: 'review-s4', label: '(四)民生' }] },
];

describe('candidateLinks', () => {
  it('offers the page a sentence, paragraph or metric id is on, in the report the path names', () => {
    for (const id of ['review-s4-p3-s2', 'review-s4-p3', 'review-s4-p3-s2-m1', 'review-s4'])
      expect(candidateLinks(reports, '/b/chengdu-2026/old/', id)).toEqual([
        { href: `/b/chengdu-2026/review-s4/#${id}`, text: '成都 · (四)改革' },
      ]);
  });

  it('offers every report that has the page when the path names none', () => {
    expect(candidateLinks(reports, '/b/gone/', 'review-s4-p1').map((l) => l.href)).toEqual([
      '/b/chengdu-2026/review-s4/#review-s4-p1',
      '/b/xian-2025/review-s4/#review-s4-p1',
    ]);
  });

  it('sends a front line’s id to the overview', () => {
    for (const id of ['source-note', 'title', 'byline2'])
      expect(candidateLinks(reports, '/b/xian-2025/x/', id)).toEqual([
        { href: `/b/xian-2025/#${id}`, text: '西安 · 概览' },
      ]);
  });

  it('offers nothing for an id on no page or not of the scheme’s shape', () => {
    expect(candidateLinks(reports, '/b/chengdu-2026/', 'plan-s9-p1')).toEqual([]);
    expect(candidateLinks(reports, '/b/chengdu-2026/', 'bylines')).toEqual([]);
    for (const id of ['', 'Review-s4', 'review-s4-', '<img>', 'review s4'])
      expect(candidateLinks(reports, '/b/chengdu-2026/', id)).toEqual([]);
  });
});

describe('hashId', () => {
  it('decodes the hash, and gives nothing for a malformed escape', () => {
    expect(hashId('#review-s4-p3')).toBe('review-s4-p3');
    expect(hashId('#%E4%B8%AD')).toBe('中');
    expect(hashId('#%E4%B8')).toBe('');
    expect(hashId('')).toBe('');
  });
});
