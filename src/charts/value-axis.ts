import { formatCn } from './format.ts';
import type { Shape } from './scene.ts';

/**
 * Vertical gridlines with their values on top, for a horizontal value scale: the line at zero is
 * the axis. Draw these first, so labels and bars sit over them.
 */
export function valueAxis(
  x: { (value: number): number; ticks(count: number): number[] },
  options: { ticks: number; top: number; bottom: number },
): Shape[] {
  return x.ticks(options.ticks).flatMap((t): Shape[] => [
    {
      type: 'line',
      x1: x(t),
      y1: options.top - 4,
      x2: x(t),
      y2: options.bottom - 4,
      className: t === 0 ? 'axis' : 'grid',
    },
    { type: 'text', x: x(t), y: options.top - 8, text: formatCn(t), anchor: 'middle', className: 'tick' },
  ]);
}
