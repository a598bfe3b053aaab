/**
 * The charts of a report's dashboard (`/<slug>/charts/`), each with its scene (src/charts), the
 * table of the same rows (the page's "以表格显示" and the CSV download) and its file names. Build
 * time only; every page and endpoint asks here.
 */
import { RELATIONS, type Metric } from '../metrics/types.ts';
import { changesChart, sortChanges, type ChangeDatum } from './changes.ts';
import { stackedChart, type StackDatum } from './distribution.ts';
import { heatCells, heatmapChart, type HeatmapData } from './heatmap.ts';
import { ranksChart, type RankDatum } from './rankings.ts';
import { targetsChart, targetValueLabel, type TargetDatum } from './targets.ts';
import { formatSigned } from './format.ts';
import type { Scene } from './scene.ts';
import { publishMetrics, publishTargets, sentencePage } from '../metrics/publish.ts';
import { RELATION_LABEL, periodLabel } from '../site/labels.ts';
import { readingPages } from '../site/pages.ts';
import { getReport } from '../site/reports.ts';
import { getKeywords } from '../keywords/report.ts';
import { dataPath, pagePath } from '../site/urls.ts';
import { csvDocument } from '../text/csv.ts';

export const CHART_IDS = ['targets', 'growth', 'rankings', 'distribution', 'keywords'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartColumn {
  key: string;
  label: string;
}
export type ChartRow = Record<string, string | number | null> & { href: string };

export interface Chart {
  id: ChartId;
  title: string;
  /** One sentence: what the chart shows and how to read it. */
  description: string;
  scene: Scene;
  columns: ChartColumn[];
  /** One per primary mark, in the same order. */
  rows: ChartRow[];
  csvHref: string;
  svgHref: string;
}

/** How many terms the heatmap shows. */
export const HEATMAP_TERMS = 15;

const cache = new Map<string, Chart[]>();

export function reportCharts(base: string, slug: string): Chart[] {
  const key = `${base}|${slug}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const report = getReport(slug);
  const year = report.meta.year;
  const metrics = publishMetrics(base, slug, report.metrics);
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const pages = readingPages(report.model);
  const files = (id: ChartId) => ({
    csvHref: dataPath(base, slug, `charts/${id}.csv`),
    svgHref: dataPath(base, slug, `charts/${id}.svg`),
  });
  const charts: Chart[] = [];

  // 2026 main targets, with last year's figure where the text gives it.
  const targets: TargetDatum[] = publishTargets(base, slug, report.targets).year.flatMap((t) => {
    if (t.value === null || t.unit === null || t.displayValue === null) return [];
    const baseline = t.baseline ? { ...t.baseline, href: byId.get(t.baseline.metricId)?.url ?? t.url } : null;
    return [
      {
        id: t.id,
        indicator: t.indicator,
        value: t.value,
        unit: t.unit,
        displayValue: t.displayValue,
        qualifier: t.qualifier,
        href: t.url,
        period: t.period,
        baseline,
      },
    ];
  });
  charts.push({
    id: 'targets',
    title: `${year}年主要预期目标`,
    description: `今年各项有数值的预期目标（≈ 为“左右”，≥ 为“以上”，≤ 为“以内”），有上年可比数字的在下方以灰条并列；百分比共用一个比例尺，其他单位各自成比例尺。`,
    scene: targetsChart(targets, { label: `${year}年主要预期目标条形图，共 ${targets.length} 项` }),
    columns: [
      { key: 'indicator', label: '指标' },
      { key: 'target', label: '目标' },
      { key: 'written', label: '原文写法' },
      { key: 'value', label: '数值' },
      { key: 'unit', label: '单位' },
      { key: 'baseline', label: `${year - 1}年` },
    ],
    rows: targets.map((t) => ({
      indicator: t.indicator,
      target: targetValueLabel(t),
      written: `${t.displayValue}${t.qualifier ?? ''}`,
      value: t.value,
      unit: t.unit,
      baseline: t.baseline?.displayValue ?? null,
      href: t.href,
    })),
    ...files('targets'),
  });

  // Growth and decline rates of the year review and the five-year review.
  const yearPeriod = String(year - 1);
  const fivePeriod = `${year - 5}-${year - 1}`;
  const groupLabel = new Map([
    [yearPeriod, periodLabel(yearPeriod)],
    [fivePeriod, periodLabel(fivePeriod)],
  ]);
  const changeMetrics = new Map<string, Metric & { url: string }>();
  const changes: ChangeDatum[] = metrics
    .filter(
      (m) =>
        (m.relation === 'growth' || m.relation === 'decline') &&
        (m.unit === '%' || m.unit === '个百分点') &&
        groupLabel.has(m.period),
    )
    .map((m) => {
      changeMetrics.set(m.id, m);
      return {
        id: m.id,
        subject: m.subject,
        value: m.relation === 'decline' ? -m.value : m.value,
        unit: m.unit,
        displayValue: m.displayValue,
        period: groupLabel.get(m.period) as string,
        href: m.url,
      };
    });
  const groups = [...groupLabel.values()];
  charts.push({
    id: 'growth',
    title: '增长与下降',
    description: `${periodLabel(yearPeriod)}和${periodLabel(fivePeriod)}回顾中的增速与降幅（百分比或百分点），按时期分组、从大到小排列，下降记为负值。`,
    scene: changesChart(changes, { label: `增速与降幅条形图，共 ${changes.length} 项`, groups }),
    columns: [
      { key: 'period', label: '时期' },
      { key: 'subject', label: '指标' },
      { key: 'change', label: '变化' },
      { key: 'value', label: '数值' },
      { key: 'unit', label: '单位' },
      { key: 'relation', label: '关系' },
    ],
    rows: sortChanges(changes, groups).map((d) => ({
      period: d.period,
      subject: d.subject,
      change: formatSigned(d.value, d.unit),
      value: d.value,
      unit: d.unit,
      relation: RELATION_LABEL[(changeMetrics.get(d.id) as Metric).relation],
      href: d.href,
    })),
    ...files('growth'),
  });

  // Rankings by peer group.
  const ranks: RankDatum[] = metrics
    .filter((m) => m.relation === 'rank')
    .map((m) => ({
      id: m.id,
      subject: m.subject,
      rank: m.value,
      peerGroup: m.peerGroup ?? '未注明',
      period: periodLabel(m.period),
      href: m.url,
    }));
  charts.push({
    id: 'rankings',
    title: '排名',
    description:
      '报告提到的每项排名，按比较范围（副省级城市、全国、全球……）分列，第1位在最上（纵轴为对数刻度），圆点中的数字是名次。',
    scene: ranksChart(ranks, { label: `排名点图，共 ${ranks.length} 项` }),
    columns: [
      { key: 'peerGroup', label: '范围' },
      { key: 'rank', label: '名次' },
      { key: 'subject', label: '指标' },
      { key: 'period', label: '时期' },
    ],
    rows: ranks.map((d) => ({
      peerGroup: d.peerGroup,
      rank: d.rank,
      subject: d.subject,
      period: d.period,
      href: d.href,
    })),
    ...files('rankings'),
  });

  // Where the numbers sit: metrics per reading page, by relation.
  const stack: StackDatum[] = pages.flatMap((page) =>
    RELATIONS.map((relation, series) => ({
      pageId: page.id,
      pageLabel: page.label,
      series,
      seriesLabel: RELATION_LABEL[relation],
      count: metrics.filter((m) => m.relation === relation && sentencePage(m.sentenceId) === page.id).length,
      href: `${pagePath(base, slug, 'metrics')}?section=${encodeURIComponent(page.id)}&relation=${relation}`,
    })).filter((d) => d.count > 0),
  );
  charts.push({
    id: 'distribution',
    title: '数字分布在哪里',
    description:
      '每个阅读页（部分或节）中的数字指标条数，按关系（增长、水平、数量、排名……）分段堆叠；点一段可在指标一览中查看这些指标。',
    scene: stackedChart(stack, {
      label: `各页数字指标条数堆叠条形图，共 ${new Set(stack.map((d) => d.pageId)).size} 页`,
    }),
    columns: [
      { key: 'page', label: '页' },
      { key: 'relation', label: '关系' },
      { key: 'count', label: '条数' },
    ],
    rows: stack.map((d) => ({ page: d.pageLabel, relation: d.seriesLabel, count: d.count, href: d.href })),
    ...files('distribution'),
  });

  // Themes: top terms × reading pages.
  const keywords = getKeywords(slug);
  const terms = keywords.terms.slice(0, HEATMAP_TERMS);
  const heat: HeatmapData = {
    terms: terms.map((t) => t.term),
    pages: keywords.pages.map((p) => ({ id: p.id, label: p.label, href: pagePath(base, slug, p.id) })),
    counts: terms.map((t) => t.byPage),
  };
  const cellHref = (term: string, pageHref: string) => `${pageHref}?hl=${encodeURIComponent(term)}`;
  const cells = heatCells(heat);
  charts.push({
    id: 'keywords',
    title: '主题词分布',
    description: `全文最有代表性的 ${terms.length} 个词在各阅读页出现的次数，颜色越深次数越多，格中数字为次数；点一格打开该页并高亮该词。`,
    scene: heatmapChart(heat, { label: `主题词与页面热力图，${terms.length} 个词`, cellHref }),
    columns: [
      { key: 'page', label: '页' },
      { key: 'term', label: '词' },
      { key: 'count', label: '次数' },
    ],
    rows: cells.map((c) => {
      const page = heat.pages[c.pageIndex] as HeatmapData['pages'][number];
      return { page: page.label, term: c.term, count: c.count, href: cellHref(c.term, page.href) };
    }),
    ...files('keywords'),
  });
  cache.set(key, charts);
  return charts;
}

export function reportChart(base: string, slug: string, id: ChartId): Chart {
  return reportCharts(base, slug).find((c) => c.id === id) as Chart;
}

/** The chart's rows as CSV (src/text/csv.ts), the link as an absolute `url` column. */
export function chartCsv(chart: Pick<Chart, 'columns' | 'rows'>, origin: string): string {
  return csvDocument(
    [...chart.columns.map((c) => c.key), 'url'],
    chart.rows.map((row) => [...chart.columns.map((c) => row[c.key] ?? null), new URL(row.href, origin).href]),
  );
}
