/** The library home's data (src/site/library-view.ts) and the level of each government (src/model/level.ts). */
import { describe, expect, it } from 'vitest';
import { inferLevel } from '../../src/model/level.ts';
import { type LibraryEntry, libraryGroups } from '../../src/site/library-view.ts';
import { getReport } from '../../src/site/reports.ts';
import { libraryEntry } from '../../src/site/library-view.ts';

describe('inferLevel', () => {
  it.each([
    [{ city: '全国', occasion: '第十四届全国人民代表大会第二次会议' }, 'national'],
    [{ city: '某地', speakerRole: '国务院总理' }, 'national'],
    [{ city: '北京', occasion: '北京市第十六届人民代表大会第四次会议' }, 'province'],
    [{ city: '重庆市', speakerRole: '重庆市市长' }, 'province'],
    [{ city: '广东', occasion: '广东省第十四届人民代表大会第五次会议' }, 'province'],
    [{ city: '广西', speakerRole: '广西壮族自治区主席' }, 'province'],
    [{ city: '武汉', occasion: '武汉市第十五届人民代表大会第六次会议' }, 'city'],
    [{ city: '成都', speakerRole: '成都市代理市长' }, 'city'],
  ] as const)('%o is %s', (clues, level) => expect(inferLevel(clues)).toBe(level));
});

describe('libraryGroups', () => {
  const entry = (slug: string, level: LibraryEntry['level'], place: string, year: number): LibraryEntry => ({
    slug,
    href: `/${slug}/`,
    title: slug,
    year,
    delivered: `${year}-01-20`,
    speaker: '',
    headline: null,
    level,
    place,
  });

  it('orders levels national → province → city, places by their newest report, years newest first', () => {
    const groups = libraryGroups([
      entry('wuhan-2025', 'city', '武汉', 2025),
      entry('chengdu-2026', 'city', '成都', 2026),
      entry('wuhan-2026', 'city', '武汉', 2026),
      entry('national-2024', 'national', '全国', 2024),
      entry('sichuan-2025', 'province', '四川', 2025),
    ]);
    expect(groups.map((g) => [g.label, g.places.map((p) => [p.place, p.entries.map((e) => e.slug)])])).toEqual([
      ['全国', [['全国', ['national-2024']]]],
      ['省、自治区、直辖市', [['四川', ['sichuan-2025']]]],
      [
        '城市',
        [
          ['成都', ['chengdu-2026']],
          ['武汉', ['wuhan-2026', 'wuhan-2025']],
        ],
      ],
    ]);
  });

  it('names the seed’s growth target and its speaker with office', () => {
    const seed = libraryEntry('/', getReport('chengdu-2026'));
    expect(seed).toMatchObject({ level: 'city', place: '成都', speaker: '成都市代理市长 陈书平' });
    expect(seed.headline).toMatch(/^地区生产总值增长\d/);
  });
});
