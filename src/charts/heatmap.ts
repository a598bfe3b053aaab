/**
 * Keyword × page heatmap: a column per term (labels written top to bottom), a row per page that
 * holds any of them, one cell per term × page with a count, its shade one of the palette's heat
 * levels and the count printed in it.
 */
import { max } from 'd3-array';
import { scaleBand, scaleQuantize } from 'd3-scale';
import { WIDTH } from './dimensions.ts';
import { HEAT_LEVELS } from './palette.ts';
import { rowLabel } from './row-label.ts';
import { emptyScene, fitLabel, type Mark, type Scene, type Shape } from './scene.ts';

export interface HeatmapData {
  terms: readonly string[];
  pages: readonly { id: string; label: string; href: string }[];
  /** counts[term][page]. */
  counts: readonly (readonly number[])[];
}

export interface HeatCell {
  term: string;
  termIndex: number;
  pageIndex: number;
  count: number;
}

/** The cells drawn (and listed): every term × page with a count, pages first then terms. */
export function heatCells(data: HeatmapData): HeatCell[] {
  const cells: HeatCell[] = [];
  data.pages.forEach((_, p) =>
    data.terms.forEach((term, t) => {
      const count = data.counts[t]?.[p] ?? 0;
      if (count > 0) cells.push({ term, termIndex: t, pageIndex: p, count });
    }),
  );
  return cells;
}

const ROW = 19;

export function heatmapChart(
  data: HeatmapData,
  options: { label: string; cellHref?: (term: string, pageHref: string) => string },
): Scene {
  const cells = heatCells(data);
  if (cells.length === 0) return emptyScene(options.label);
  const pageRows = [...new Set(cells.map((c) => c.pageIndex))];
  const labelWidth = 132;
  // Column labels run top to bottom: as tall as the longest term (at most 4.5 characters shown).
  const header = Math.min(4.5, max(data.terms, (t) => [...t].length) ?? 2) * 13 + 10;
  const x = scaleBand<number>()
    .domain(data.terms.map((_, i) => i))
    .range([labelWidth + 6, WIDTH])
    .paddingInner(0.06);
  const level = scaleQuantize<number>()
    .domain([0, max(cells, (c) => c.count) ?? 1])
    .range(Array.from({ length: HEAT_LEVELS }, (_, i) => i + 1));
  const page = (index: number) => data.pages[index] as HeatmapData['pages'][number];
  const decorations: Shape[] = [
    ...data.terms.map((term, i): Shape => {
      const label = fitLabel(term, 4.5);
      const cx = (x(i) as number) + x.bandwidth() / 2;
      return {
        type: 'text',
        x: cx,
        y: 2,
        text: label.text,
        title: label.title,
        vertical: true,
        className: 'label term',
      };
    }),
    ...pageRows.map((p, r) => rowLabel(page(p).label, 11, labelWidth, header + r * ROW + 13)),
  ];
  const marks: Mark[] = cells.map((c) => {
    const { id, label, href } = page(c.pageIndex);
    const y = header + pageRows.indexOf(c.pageIndex) * ROW;
    const cx = x(c.termIndex) as number;
    const k = level(c.count);
    return {
      id: `${id}-${c.termIndex}`,
      href: options.cellHref ? options.cellHref(c.term, href) : href,
      subject: `“${c.term}” · ${label}`,
      value: `${c.count} 次`,
      period: '全文',
      role: 'primary',
      shapes: [
        { type: 'rect', x: cx, y, width: x.bandwidth(), height: ROW - 2, className: `cell heat-${k}` },
        {
          type: 'text',
          x: cx + x.bandwidth() / 2,
          y: y + 12.5,
          text: String(c.count),
          anchor: 'middle',
          className: `cell-label heat-text-${k}`,
        },
      ],
    };
  });
  return {
    width: WIDTH,
    height: header + pageRows.length * ROW + 4,
    label: options.label,
    marks,
    decorations,
    empty: null,
  };
}
