import { h } from 'hastscript';
import type { Metric } from '../metrics/types.ts';
import type { Paragraph } from '../model/types.ts';
import { type Annotate, rangeIn } from './tree.ts';
import { wrapRanges } from './wrap.ts';

/**
 * Each metric's value as written (`4100亿元`) in a `<data>` holding its number, its anchor and a
 * title naming what it measures. Two metrics that share one number (`先行村、重点村各50个`)
 * nest, in the order given, so each keeps its own anchor.
 */
export function metricValues(paragraph: Paragraph, metrics: readonly Metric[]): Annotate {
  const own = metrics.filter((metric) => metric.paragraphId === paragraph.id);
  return (tree) =>
    wrapRanges(
      tree,
      own.map((metric) => ({
        range: rangeIn(paragraph.source.start, metric.valueStart, metric.valueEnd),
        element: h('data', {
          id: metric.id,
          className: ['metric'],
          value: String(metric.value),
          title: `${metric.subject} · ${metric.displayValue}`,
        }),
      })),
    );
}
