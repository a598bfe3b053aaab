import { FONT, WIDTH } from './dimensions.ts';
import type { Shape } from './scene.ts';

export interface LegendEntry {
  /** The series' colour index: the swatch takes `fill-<index>`, as its segments do. */
  index: number;
  label: string;
}

/**
 * A legend of swatches and labels in the order given, wrapping at the chart's width. Returns the
 * shapes and the y of its last line, so the chart can start below it.
 */
export function legend(entries: readonly LegendEntry[]): { shapes: Shape[]; lastLineY: number } {
  const shapes: Shape[] = [];
  let x = 0;
  let y = 4;
  for (const { index, label } of entries) {
    const w = 18 + label.length * FONT + 12;
    if (x + w > WIDTH) {
      x = 0;
      y += 20;
    }
    shapes.push({ type: 'rect', x, y, width: 14, height: 14, className: `swatch fill-${index}` });
    shapes.push({ type: 'text', x: x + 18, y: y + 12, text: label, className: 'legend' });
    x += w;
  }
  return { shapes, lastLineY: y };
}
