import { fitLabel, type Shape } from './scene.ts';

/**
 * A row's label, right-aligned against the bars at `x`, shortened to `max` character widths with
 * the full text kept as its title.
 */
export function rowLabel(text: string, max: number, x: number, y: number): Shape {
  const label = fitLabel(text, max);
  return { type: 'text', x, y, text: label.text, title: label.title, anchor: 'end', className: 'label' };
}
