import { describe, expect, it } from 'vitest';
import { changesChart, type ChangeDatum } from '../../src/charts/changes.ts';
import { stackedChart, type StackDatum } from '../../src/charts/distribution.ts';
import { heatCells, heatmapChart, type HeatmapData } from '../../src/charts/heatmap.ts';
import { ranksChart, type RankDatum } from '../../src/charts/rankings.ts';
import { targetsChart, type TargetDatum } from '../../src/charts/targets.ts';
import { formatCn, formatSigned, qualifierSymbol } from '../../src/charts/format.ts';
import { EMPTY_MESSAGE, fitLabel, renderSvg, type Mark, type Scene, type Shape } from '../../src/charts/scene.ts';
import { chartCsv } from '../../src/charts/dashboard.ts';
import { escapeXml } from '../../src/text/xml.ts';

const primary = (scene: Scene) => scene.marks.filter((m) => m.role === 'primary');
const first = <T extends Shape['type']>(mark: Mark, type: T) =>
  mark.shapes.find((s) => s.type === type) as Extract<Shape, { type: T }>;
const texts = (mark: Mark) => mark.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));

const targets: TargetDatum[] = [
  {
    id: 't1',
    indicator: '地区生产总值',
    value: 5.5,
    unit: '%',
    displayValue: '5.5%',
    qualifier: '左右',
    href: '/a/#m1',
    period: '2026',
    baseline: null,
  },
  {
    id: 't2',
    indicator: '城镇新增就业',
    value: 240000,
    unit: '人',
    displayValue: '24万人',
    qualifier: '以上',
    href: '/a/#m2',
    period: '2026',
    baseline: { value: 311000, displayValue: '31.1万人', period: '2025', href: '/b/#m9' },
  },
  {
    id: 't3',
    indicator: '单位地区生产总值能耗',
    value: 2,
    unit: '%',
    displayValue: '2%',
    qualifier: '以内',
    href: '/a/#m3',
    period: '2026',
    baseline: null,
  },
  {
    id: 't4',
    indicator: '第三产业增加值',
    value: 6,
    unit: '%',
    displayValue: '6%',
    qualifier: null,
    href: '/a/#m4',
    period: '2026',
    baseline: null,
  },
];

describe('targets chart', () => {
  const scene = targetsChart(targets, { label: 'x' });
  it('draws one primary mark per target, plus one per baseline', () => {
    expect(primary(scene)).toHaveLength(targets.length);
    expect(scene.marks.filter((m) => m.role === 'secondary')).toHaveLength(1);
    expect(primary(scene).map((m) => m.href)).toEqual(targets.map((t) => t.href));
  });
  it('shows each qualifier as its symbol: ≈ 左右, ≥ 以上, ≤ 以内', () => {
    expect(texts(primary(scene)[0] as Mark)).toContain('≈5.5%');
    expect(texts(primary(scene)[1] as Mark)).toContain('≥24万人');
    expect(texts(primary(scene)[2] as Mark)).toContain('≤2%');
    expect(texts(primary(scene)[3] as Mark)).toContain('6%');
  });
  it('scales within a unit: 6% is longer than 5.5%, the baseline beside its target', () => {
    const width = (i: number) => first(primary(scene)[i] as Mark, 'rect').width;
    expect(width(3)).toBeGreaterThan(width(0));
    expect(width(0)).toBeGreaterThan(width(2));
    const baseline = scene.marks.find((m) => m.role === 'secondary') as Mark;
    expect(first(baseline, 'rect').width).toBeGreaterThan(first(primary(scene)[1] as Mark, 'rect').width);
    expect(texts(baseline).join('')).toContain('31.1万人');
  });
});

const changes: ChangeDatum[] = [
  { id: 'a', subject: '规模以上工业增加值', value: 7, unit: '%', displayValue: '7%', period: '2025年', href: '/x/#a' },
  { id: 'b', subject: '重点领域涉企检查', value: -60, unit: '%', displayValue: '60%', period: '2025年', href: '/x/#b' },
  { id: 'c', subject: '人工智能产业规模', value: 39, unit: '%', displayValue: '39%', period: '2025年', href: '/x/#c' },
  {
    id: 'd',
    subject: 'PM2.5年均浓度',
    value: -19.5,
    unit: '%',
    displayValue: '19.5%',
    period: '2021—2025年',
    href: '/x/#d',
  },
];

describe('growth chart', () => {
  const scene = changesChart(changes, { label: 'x', groups: ['2025年', '2021—2025年'] });
  it('draws one mark per change, sorted within its period, largest first', () => {
    expect(primary(scene).map((m) => m.id)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('makes the largest growth the longest bar to the right, declines to the left of zero', () => {
    const rect = (id: string) => first(scene.marks.find((m) => m.id === id) as Mark, 'rect');
    expect(rect('c').width).toBeGreaterThan(rect('a').width);
    expect(rect('b').width).toBeGreaterThan(rect('c').width);
    expect(rect('b').x + rect('b').width).toBeCloseTo(rect('c').x, 5);
    expect(texts(scene.marks.find((m) => m.id === 'b') as Mark)).toContain('−60%');
    expect(texts(scene.marks.find((m) => m.id === 'c') as Mark)).toContain('+39%');
  });
});

const ranks: RankDatum[] = [
  { id: 'r1', subject: '资产总额', rank: 3, peerGroup: '副省级城市', period: '2025年', href: '/x/#r1' },
  { id: 'r2', subject: '综保区绩效', rank: 1, peerGroup: '全国', period: '2025年', href: '/x/#r2' },
  { id: 'r3', subject: '全球创新指数', rank: 47, peerGroup: '全球', period: '2021—2025年', href: '/x/#r3' },
  { id: 'r4', subject: '民营经营主体', rank: 3, peerGroup: '副省级城市', period: '2025年', href: '/x/#r4' },
  { id: 'r5', subject: '国际交往中心城市指数', rank: 40, peerGroup: '全球', period: '2021—2025年', href: '/x/#r5' },
];

describe('rankings chart', () => {
  const scene = ranksChart(ranks, { label: 'x' });
  const dot = (id: string) => first(scene.marks.find((m) => m.id === id) as Mark, 'circle');
  it('draws one dot per ranking', () => expect(primary(scene)).toHaveLength(ranks.length));
  it('puts rank 1 on top and worse ranks lower', () => {
    const ys = scene.marks.map((m) => first(m, 'circle').cy);
    expect(dot('r2').cy).toBe(Math.min(...ys));
    expect(dot('r3').cy).toBe(Math.max(...ys));
    expect(dot('r1').cy).toBeLessThan(dot('r5').cy);
  });
  it('sets ties and near neighbours side by side, in their group’s column', () => {
    expect(dot('r1').cy).toBe(dot('r4').cy);
    expect(Math.abs(dot('r1').cx - dot('r4').cx)).toBeGreaterThan(10);
    expect(Math.abs(dot('r3').cx - dot('r5').cx)).toBeGreaterThan(10);
    expect(texts(scene.marks.find((m) => m.id === 'r3') as Mark)).toEqual(['47']);
  });
});

describe('stacked chart', () => {
  const data: StackDatum[] = [
    {
      pageId: 'p1',
      pageLabel: '第一页',
      series: 0,
      seriesLabel: '增长',
      count: 3,
      href: '/m/?section=p1&relation=growth',
    },
    {
      pageId: 'p1',
      pageLabel: '第一页',
      series: 3,
      seriesLabel: '数量',
      count: 5,
      href: '/m/?section=p1&relation=count',
    },
    {
      pageId: 'p2',
      pageLabel: '第二页',
      series: 3,
      seriesLabel: '数量',
      count: 2,
      href: '/m/?section=p2&relation=count',
    },
    { pageId: 'p3', pageLabel: '第三页', series: 1, seriesLabel: '下降', count: 0, href: '/m/' },
  ];
  const scene = stackedChart(data, { label: 'x' });
  it('draws one segment per page × relation with a count', () => expect(primary(scene)).toHaveLength(3));
  it('stacks segments end to end, widths proportional to counts', () => {
    const [a, b, c] = scene.marks.map((m) => first(m, 'rect'));
    expect((a as { x: number; width: number }).x + (a as { width: number }).width).toBeCloseTo(
      (b as { x: number }).x,
      5,
    );
    expect((b as { width: number }).width / (c as { width: number }).width).toBeCloseTo(5 / 2, 5);
    expect(scene.marks[0]?.shapes[0]?.type === 'rect' && scene.marks[0].shapes[0].className).toContain('fill-0');
  });
});

describe('heatmap', () => {
  const data: HeatmapData = {
    terms: ['成渝', '人工智能产业'],
    pages: [
      { id: 'p1', label: '一', href: '/p1/' },
      { id: 'p2', label: '二', href: '/p2/' },
    ],
    counts: [
      [2, 0],
      [1, 9],
    ],
  };
  const scene = heatmapChart(data, { label: 'x', cellHref: (t, h) => `${h}?hl=${t}` });
  it('draws one cell per term × page with a count, linking to the page', () => {
    expect(primary(scene)).toHaveLength(heatCells(data).length);
    expect(primary(scene)).toHaveLength(3);
    expect(scene.marks.map((m) => m.href)).toContain('/p2/?hl=人工智能产业');
  });
  it('darkens with the count and prints it', () => {
    const cell = (id: string) => scene.marks.find((m) => m.id === id) as Mark;
    expect(first(cell('p2-1'), 'rect').className).toContain('heat-5');
    expect(first(cell('p1-1'), 'rect').className).toContain('heat-1');
    expect(texts(cell('p2-1'))).toEqual(['9']);
  });
  it('shortens a long term and keeps the full text in a <title>', () => {
    const label = scene.decorations.find((s) => s.type === 'text' && s.title === '人工智能产业');
    expect(label).toBeDefined();
  });
});

describe('empty data', () => {
  it.each([
    ['targets', () => targetsChart([], { label: 'x' })],
    ['growth', () => changesChart([], { label: 'x', groups: ['2025年'] })],
    ['rankings', () => ranksChart([], { label: 'x' })],
    ['stacked', () => stackedChart([], { label: 'x' })],
    ['heatmap', () => heatmapChart({ terms: [], pages: [], counts: [] }, { label: 'x' })],
  ])('%s: an empty scene with a message, rendered as no SVG', (_, build) => {
    const scene = build();
    expect(scene.marks).toEqual([]);
    expect(scene.empty).toBe(EMPTY_MESSAGE);
    expect(EMPTY_MESSAGE).toBe('无数据');
    expect(renderSvg(scene, { chartId: 'x' })).toBe('');
  });
});

describe('SVG output', () => {
  it('escapes text and attributes', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    const scene = targetsChart(
      [{ ...(targets[0] as TargetDatum), indicator: '<script>alert("x")</script>', href: '/a/?q="><b>' }],
      { label: 'a & b' },
    );
    const svg = renderSvg(scene, { chartId: 'targets' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"><b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('aria-label="a &amp; b"');
  });
  it('wraps each mark in a link with its tooltip data, the svg a labelled group (its links stay reachable)', () => {
    const svg = renderSvg(targetsChart(targets, { label: '目标' }), { chartId: 'targets' });
    expect(svg.match(/<a href=/g)).toHaveLength(5);
    expect(svg.match(/data-mark="primary"/g)).toHaveLength(4);
    expect(svg).toMatch(
      /^<svg viewBox="0 0 400 [\d.]+" width="100%" role="group" aria-roledescription="图表" aria-label="目标"/,
    );
  });
  it('fits labels, with the full text kept', () => {
    expect(fitLabel('地区生产总值', 9)).toEqual({ text: '地区生产总值' });
    expect(fitLabel('地方一般公共预算收入增长', 9)).toEqual({
      text: '地方一般公共预算…',
      title: '地方一般公共预算收入增长',
    });
  });
});

describe('formatting', () => {
  it('uses 万 and 亿', () => {
    expect(formatCn(410000000000, '元')).toBe('4100亿元');
    expect(formatCn(240000, '人')).toBe('24万人');
    expect(formatCn(5.5)).toBe('5.5');
    expect(formatCn(-60)).toBe('−60');
    expect(formatSigned(0.7, '个百分点')).toBe('+0.7个百分点');
  });
  it('maps qualifiers to symbols', () => {
    expect([qualifierSymbol('左右'), qualifierSymbol('以上'), qualifierSymbol('以内'), qualifierSymbol(null)]).toEqual([
      '≈',
      '≥',
      '≤',
      '',
    ]);
  });
});

describe('chart CSV', () => {
  it('has a BOM, a header, one row per data row, RFC 4180 quoting and absolute urls', () => {
    const csv = chartCsv(
      {
        columns: [
          { key: 'subject', label: '指标' },
          { key: 'value', label: '数值' },
        ],
        rows: [
          { subject: 'a,"b"', value: 1, href: '/x/#m1' },
          { subject: '乙', value: null, href: '/y/' },
        ],
      },
      'https://example.org/',
    );
    expect(csv.startsWith('\ufeffsubject,value,url\r\n')).toBe(true);
    expect(csv).toContain('"a,""b""",1,https://example.org/x/#m1\r\n');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  });
});
