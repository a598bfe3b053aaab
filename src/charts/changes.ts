/**
 * Growth and decline rates: one bar per change from a zero line (declines to the left), grouped
 * by period in the order given, largest first within a group.
 */
import { max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { WIDTH } from './dimensions.ts';
import { formatSigned } from './format.ts';
import { rowLabel } from './row-label.ts';
import { emptyScene, type Mark, type Scene, type Shape } from './scene.ts';
import { valueAxis } from './value-axis.ts';

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
  const labels: Shape[] = [];
  const marks: Mark[] = [];
  let y = top;
  for (const group of options.groups) {
    const inGroup = rows.filter((d) => d.period === group);
    if (inGroup.length === 0) continue;
    labels.push({ type: 'text', x: 0, y: y + 13, text: group, className: 'group' });
    y += 20;
    for (const d of inGroup) {
      labels.push(rowLabel(d.subject, 9, labelWidth, y + 12));
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
  // Grid and axis first: the labels go over them.
  const decorations = [...valueAxis(x, { ticks: 4, top, bottom: y }), ...labels];
  return { width: WIDTH, height: y, label: options.label, marks, decorations, empty: null };
}
