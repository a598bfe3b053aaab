/**
 * Metrics per reading page, by relation: one stacked bar per page (in order of first appearance),
 * one segment per relation with a count, in palette order, under a legend in the same order.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { WIDTH } from './dimensions.ts';
import { legend } from './legend.ts';
import { rowLabel } from './row-label.ts';
import { emptyScene, type Mark, type Scene, type Shape } from './scene.ts';

export interface StackDatum {
  pageId: string;
  pageLabel: string;
  /** Index into the series colours (the relation's place in RELATIONS). */
  series: number;
  seriesLabel: string;
  count: number;
  href: string;
}

const ROW = 22;

export function stackedChart(data: readonly StackDatum[], options: { label: string }): Scene {
  const rows = data.filter((d) => d.count > 0);
  if (rows.length === 0) return emptyScene(options.label);
  const pages = [...new Set(rows.map((d) => d.pageId))];
  const series = [...new Map(rows.map((d) => [d.series, d.seriesLabel])).entries()].sort((a, b) => a[0] - b[0]);
  const key = legend(series.map(([index, label]) => ({ index, label })));
  const decorations: Shape[] = [...key.shapes];
  const top = key.lastLineY + 28;
  const labelWidth = 132;
  const x0 = labelWidth + 6;
  const totals = pages.map((p) => rows.filter((d) => d.pageId === p).reduce((s, d) => s + d.count, 0));
  const x = scaleLinear()
    .domain([0, max(totals) ?? 1])
    .range([0, WIDTH - x0 - 28]);
  const marks: Mark[] = [];
  pages.forEach((pageId, i) => {
    const y = top + i * ROW;
    const inRow = rows.filter((d) => d.pageId === pageId).sort((a, b) => a.series - b.series);
    decorations.push(rowLabel((inRow[0] as StackDatum).pageLabel, 11, labelWidth, y + 12));
    let at = x0;
    for (const d of inRow) {
      const w = x(d.count);
      marks.push({
        id: `${d.pageId}-${d.series}`,
        href: d.href,
        subject: d.pageLabel,
        value: `${d.seriesLabel} ${d.count} 项`,
        period: '全文',
        role: 'primary',
        shapes: [{ type: 'rect', x: at, y, width: w, height: 16, className: `bar segment fill-${d.series}` }],
      });
      at += w;
    }
    decorations.push({ type: 'text', x: at + 4, y: y + 12.5, text: String(totals[i]), className: 'value' });
  });
  return { width: WIDTH, height: top + pages.length * ROW + 4, label: options.label, marks, decorations, empty: null };
}
