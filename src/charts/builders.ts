/**
 * Pure chart builders: `(data, options) → Scene`. Geometry from d3-scale, ticks from d3-array,
 * numbers from ./format.ts; no DOM. Every builder draws one primary mark per data row (in the
 * order the table lists them) and returns an empty scene with a message for no data.
 */
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear, scaleLog, scaleQuantize } from 'd3-scale';
import { emptyScene, fitLabel, type Mark, type Scene, type Shape } from './scene.ts';
import { formatCn, formatSigned, qualifierSymbol } from './format.ts';

/** The viewBox width: at 320 px wide a 12-unit label is still about 10 px. */
export const WIDTH = 400;
const FONT = 12;

// ————— 2026 main targets —————

export interface TargetDatum {
  id: string;
  indicator: string;
  value: number;
  unit: string;
  displayValue: string;
  qualifier: string | null;
  href: string;
  period: string;
  baseline: { value: number; displayValue: string; period: string; href: string } | null;
}

/** The target as read: `≈5.5%`, `≥24万人`. */
export function targetValueLabel(t: Pick<TargetDatum, 'displayValue' | 'qualifier'>): string {
  return `${qualifierSymbol(t.qualifier)}${t.displayValue}`;
}

export function targetsChart(data: readonly TargetDatum[], options: { label: string }): Scene {
  if (data.length === 0) return emptyScene(options.label);
  const labelWidth = 116;
  const x0 = labelWidth + 6;
  const x1 = WIDTH - 78;
  // Indicators in one unit share a scale; each other unit has its own (a percentage and a head
  // count cannot share an axis).
  const scales = new Map<string, (v: number) => number>();
  for (const unit of new Set(data.map((d) => d.unit))) {
    const values = data.filter((d) => d.unit === unit).flatMap((d) => [d.value, d.baseline?.value ?? 0]);
    scales.set(
      unit,
      scaleLinear()
        .domain([0, Math.max(max(values) ?? 0, 1e-9)])
        .range([0, x1 - x0]),
    );
  }
  const marks: Mark[] = [];
  const decorations: Shape[] = [];
  let y = 8;
  for (const d of data) {
    const scale = scales.get(d.unit) as (v: number) => number;
    const label = fitLabel(d.indicator, 9);
    decorations.push({
      type: 'text',
      x: labelWidth,
      y: y + 12,
      text: label.text,
      title: label.title,
      anchor: 'end',
      className: 'label',
    });
    const value = targetValueLabel(d);
    const w = Math.max(2, scale(d.value));
    marks.push({
      id: d.id,
      href: d.href,
      subject: d.indicator,
      value: d.qualifier ? `${value}（${d.displayValue}${d.qualifier}）` : value,
      period: `${d.period}年目标`,
      role: 'primary',
      shapes: [
        { type: 'rect', x: x0, y, width: w, height: 16, className: 'bar fill-target' },
        { type: 'text', x: x0 + w + 4, y: y + 12.5, text: value, className: 'value' },
      ],
    });
    y += 20;
    if (d.baseline) {
      const b = d.baseline;
      const bw = Math.max(2, scale(b.value));
      marks.push({
        id: `${d.id}-baseline`,
        href: b.href,
        subject: d.indicator,
        value: b.displayValue,
        period: `${b.period}年实绩`,
        role: 'secondary',
        shapes: [
          { type: 'rect', x: x0, y, width: bw, height: 9, className: 'bar fill-baseline' },
          {
            type: 'text',
            x: x0 + bw + 4,
            y: y + 8.5,
            text: `${b.period}年 ${b.displayValue}`,
            className: 'value small',
          },
        ],
      });
      y += 13;
    }
    y += 8;
  }
  decorations.push({ type: 'line', x1: x0, y1: 2, x2: x0, y2: y - 4, className: 'axis' });
  return { width: WIDTH, height: y, label: options.label, marks, decorations, empty: null };
}

// ————— growth and decline —————

export interface ChangeDatum {
  id: string;
  subject: string;
  /** Signed: a decline is negative. */
  value: number;
  unit: string;
  displayValue: string;
  /** The group heading (`2025年`), in the order groups are given. */
  period: string;
  href: string;
}

/** Groups in the order of `groups`; within a group, largest first. */
export function sortChanges(data: readonly ChangeDatum[], groups: readonly string[]): ChangeDatum[] {
  return groups.flatMap((g) => data.filter((d) => d.period === g).sort((a, b) => b.value - a.value));
}

export function changesChart(
  data: readonly ChangeDatum[],
  options: { label: string; groups: readonly string[] },
): Scene {
  const rows = sortChanges(data, options.groups);
  if (rows.length === 0) return emptyScene(options.label);
  const labelWidth = 112;
  const x0 = labelWidth + 8;
  const x1 = WIDTH - 64;
  const lo = Math.min(0, min(rows, (d) => d.value) ?? 0);
  const hi = Math.max(0, max(rows, (d) => d.value) ?? 0);
  const x = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(4)
    .range([x0, x1]);
  const zero = x(0);
  const top = 22;
  const decorations: Shape[] = [];
  const marks: Mark[] = [];
  let y = top;
  for (const group of options.groups) {
    const inGroup = rows.filter((d) => d.period === group);
    if (inGroup.length === 0) continue;
    decorations.push({ type: 'text', x: 0, y: y + 13, text: group, className: 'group' });
    y += 20;
    for (const d of inGroup) {
      const label = fitLabel(d.subject, 9);
      decorations.push({
        type: 'text',
        x: labelWidth,
        y: y + 12,
        text: label.text,
        title: label.title,
        anchor: 'end',
        className: 'label',
      });
      const end = x(d.value);
      const value = formatSigned(d.value, d.unit);
      marks.push({
        id: d.id,
        href: d.href,
        subject: d.subject,
        value: `${value}（${d.displayValue}）`,
        period: d.period,
        role: 'primary',
        shapes: [
          {
            type: 'rect',
            x: Math.min(zero, end),
            y: y + 1,
            width: Math.max(2, Math.abs(end - zero)),
            height: 15,
            className: d.value < 0 ? 'bar fill-decline' : 'bar fill-growth',
          },
          // A decline's label sits right of zero, so it never runs into the row labels.
          { type: 'text', x: (d.value < 0 ? zero : end) + 4, y: y + 12.5, text: value, className: 'value' },
        ],
      });
      y += 22;
    }
    y += 4;
  }
  for (const t of x.ticks(4)) {
    decorations.push({
      type: 'line',
      x1: x(t),
      y1: top - 4,
      x2: x(t),
      y2: y - 4,
      className: t === 0 ? 'axis' : 'grid',
    });
    decorations.push({ type: 'text', x: x(t), y: top - 8, text: formatCn(t), anchor: 'middle', className: 'tick' });
  }
  // Grid and axis go under the labels: move them to the front of the list.
  decorations.unshift(...decorations.splice(decorations.length - 2 * x.ticks(4).length));
  return { width: WIDTH, height: y, label: options.label, marks, decorations, empty: null };
}

// ————— rankings —————

export interface RankDatum {
  id: string;
  subject: string;
  rank: number;
  peerGroup: string;
  period: string;
  href: string;
}

/** Peer groups by how many rankings they hold, then first appearance. */
export function peerGroups(data: readonly RankDatum[]): string[] {
  const order = [...new Set(data.map((d) => d.peerGroup))];
  const count = (g: string) => data.filter((d) => d.peerGroup === g).length;
  return order.sort((a, b) => count(b) - count(a) || order.indexOf(a) - order.indexOf(b));
}

export function ranksChart(data: readonly RankDatum[], options: { label: string }): Scene {
  if (data.length === 0) return emptyScene(options.label);
  const groups = peerGroups(data);
  const axis = 30;
  const header = 40;
  const height = 300;
  const band = scaleBand<string>().domain(groups).range([axis, WIDTH]).paddingInner(0.08);
  const worst = Math.max(2, max(data, (d) => d.rank) ?? 2);
  // A log scale: the top ranks (1–5), where most entries are, get the room.
  const y = scaleLog()
    .domain([1, worst])
    .range([header + 14, height - 12]);
  const decorations: Shape[] = [];
  const tickValues = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000].filter((t) => t <= worst);
  if (!tickValues.includes(worst) && y(worst) - y(tickValues[tickValues.length - 1] as number) > 14)
    tickValues.push(worst);
  for (const t of tickValues) {
    decorations.push({ type: 'line', x1: axis - 2, y1: y(t), x2: WIDTH, y2: y(t), className: 'grid' });
    decorations.push({ type: 'text', x: axis - 5, y: y(t) + 4, text: `第${t}`, anchor: 'end', className: 'tick' });
  }
  for (const g of groups) {
    const cx = (band(g) as number) + band.bandwidth() / 2;
    const perLine = Math.max(2, Math.floor(band.bandwidth() / FONT));
    const first = [...g].slice(0, perLine).join('');
    const rest = fitLabel([...g].slice(perLine).join(''), perLine);
    decorations.push({
      type: 'text',
      x: cx,
      y: 14,
      text: first,
      anchor: 'middle',
      className: 'label',
      title: rest.text ? g : undefined,
    });
    if (rest.text)
      decorations.push({ type: 'text', x: cx, y: 29, text: rest.text, anchor: 'middle', className: 'label', title: g });
  }
  // Dots closer than a diameter in one group (ties, or 40 and 47 on the log scale) sit side by side.
  const offset = new Map<RankDatum, number>();
  for (const g of groups) {
    const inGroup = data.filter((d) => d.peerGroup === g).sort((a, b) => a.rank - b.rank);
    let cluster: RankDatum[] = [];
    const flush = () => {
      const spread = Math.min(20, band.bandwidth() / Math.max(1, cluster.length));
      cluster.forEach((d, i) => offset.set(d, (i - (cluster.length - 1) / 2) * spread));
      cluster = [];
    };
    for (const d of inGroup) {
      const last = cluster[cluster.length - 1];
      if (last && y(d.rank) - y(last.rank) >= 19) flush();
      cluster.push(d);
    }
    flush();
  }
  const marks: Mark[] = [];
  for (const d of data) {
    const cx = (band(d.peerGroup) as number) + band.bandwidth() / 2 + (offset.get(d) ?? 0);
    const cy = y(d.rank);
    marks.push({
      id: d.id,
      href: d.href,
      subject: d.subject,
      value: `${d.peerGroup}第${d.rank}位`,
      period: d.period,
      role: 'primary',
      shapes: [
        { type: 'circle', cx, cy, r: 9, className: 'dot' },
        { type: 'text', x: cx, y: cy + 4, text: String(d.rank), anchor: 'middle', className: 'dot-label' },
      ],
    });
  }
  return { width: WIDTH, height, label: options.label, marks, decorations, empty: null };
}

// ————— metrics per reading page, by relation —————

export interface StackDatum {
  pageId: string;
  pageLabel: string;
  /** Index into the colour palette (the relation's place in RELATIONS). */
  series: number;
  seriesLabel: string;
  count: number;
  href: string;
}

/** Rows (pages) in order of first appearance; within a row, series in palette order. */
export function stackedChart(data: readonly StackDatum[], options: { label: string }): Scene {
  const rows = data.filter((d) => d.count > 0);
  if (rows.length === 0) return emptyScene(options.label);
  const pages = [...new Set(rows.map((d) => d.pageId))];
  const series = [...new Map(rows.map((d) => [d.series, d.seriesLabel])).entries()].sort((a, b) => a[0] - b[0]);
  const decorations: Shape[] = [];
  // Legend: swatch + label, wrapping; the same order as the segments.
  let lx = 0;
  let ly = 4;
  for (const [index, label] of series) {
    const w = 18 + label.length * FONT + 12;
    if (lx + w > WIDTH) {
      lx = 0;
      ly += 20;
    }
    decorations.push({ type: 'rect', x: lx, y: ly, width: 14, height: 14, className: `swatch fill-${index}` });
    decorations.push({ type: 'text', x: lx + 18, y: ly + 12, text: label, className: 'legend' });
    lx += w;
  }
  const top = ly + 28;
  const labelWidth = 132;
  const x0 = labelWidth + 6;
  const totals = pages.map((p) => rows.filter((d) => d.pageId === p).reduce((s, d) => s + d.count, 0));
  const x = scaleLinear()
    .domain([0, max(totals) ?? 1])
    .range([0, WIDTH - x0 - 28]);
  const marks: Mark[] = [];
  pages.forEach((pageId, i) => {
    const y = top + i * 22;
    const inRow = rows.filter((d) => d.pageId === pageId).sort((a, b) => a.series - b.series);
    const label = fitLabel((inRow[0] as StackDatum).pageLabel, 11);
    decorations.push({
      type: 'text',
      x: labelWidth,
      y: y + 12,
      text: label.text,
      title: label.title,
      anchor: 'end',
      className: 'label',
    });
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
  return { width: WIDTH, height: top + pages.length * 22 + 4, label: options.label, marks, decorations, empty: null };
}

// ————— keyword × page heatmap —————

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

export const HEAT_LEVELS = 5;

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
  const rowH = 19;
  const level = scaleQuantize<number>()
    .domain([0, max(cells, (c) => c.count) ?? 1])
    .range(Array.from({ length: HEAT_LEVELS }, (_, i) => i + 1));
  const decorations: Shape[] = [];
  data.terms.forEach((term, i) => {
    const cx = (x(i) as number) + x.bandwidth() / 2;
    const label = fitLabel(term, 4.5);
    decorations.push({
      type: 'text',
      x: cx,
      y: 2,
      text: label.text,
      title: label.title,
      vertical: true,
      className: 'label term',
    });
  });
  pageRows.forEach((p, r) => {
    const page = data.pages[p] as HeatmapData['pages'][number];
    const label = fitLabel(page.label, 11);
    decorations.push({
      type: 'text',
      x: labelWidth,
      y: header + r * rowH + 13,
      text: label.text,
      title: label.title,
      anchor: 'end',
      className: 'label',
    });
  });
  const marks: Mark[] = cells.map((c) => {
    const page = data.pages[c.pageIndex] as HeatmapData['pages'][number];
    const y = header + pageRows.indexOf(c.pageIndex) * rowH;
    const cx = x(c.termIndex) as number;
    const k = level(c.count);
    return {
      id: `${page.id}-${c.termIndex}`,
      href: options.cellHref ? options.cellHref(c.term, page.href) : page.href,
      subject: `“${c.term}” · ${page.label}`,
      value: `${c.count} 次`,
      period: '全文',
      role: 'primary',
      shapes: [
        { type: 'rect', x: cx, y, width: x.bandwidth(), height: rowH - 2, className: `cell heat-${k}` },
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
    height: header + pageRows.length * rowH + 4,
    label: options.label,
    marks,
    decorations,
    empty: null,
  };
}
