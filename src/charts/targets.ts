/**
 * The year's main targets: one bar per target, last year's figure as a thin grey bar below where
 * the text gives it. Indicators in one unit share a scale; each other unit has its own (a
 * percentage and a head count cannot share an axis).
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { WIDTH } from './dimensions.ts';
import { qualifierSymbol } from './format.ts';
import { rowLabel } from './row-label.ts';
import { emptyScene, type Mark, type Scene, type Shape } from './scene.ts';

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

/** One linear scale per unit, from 0 to the largest target or baseline in that unit. */
function scalesByUnit(data: readonly TargetDatum[], length: number): Map<string, (v: number) => number> {
  const scales = new Map<string, (v: number) => number>();
  for (const unit of new Set(data.map((d) => d.unit))) {
    const values = data.filter((d) => d.unit === unit).flatMap((d) => [d.value, d.baseline?.value ?? 0]);
    scales.set(
      unit,
      scaleLinear()
        .domain([0, Math.max(max(values) ?? 0, 1e-9)])
        .range([0, length]),
    );
  }
  return scales;
}

export function targetsChart(data: readonly TargetDatum[], options: { label: string }): Scene {
  if (data.length === 0) return emptyScene(options.label);
  const labelWidth = 116;
  const x0 = labelWidth + 6;
  const x1 = WIDTH - 78;
  const scales = scalesByUnit(data, x1 - x0);
  const marks: Mark[] = [];
  const decorations: Shape[] = [];
  let y = 8;
  for (const d of data) {
    const scale = scales.get(d.unit) as (v: number) => number;
    decorations.push(rowLabel(d.indicator, 9, labelWidth, y + 12));
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
