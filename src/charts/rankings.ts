/**
 * Rankings: one column per peer group (the group holding most rankings first), one dot per
 * ranking, rank 1 on top of a log scale, the rank printed in the dot.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLog } from 'd3-scale';
import { FONT, WIDTH } from './dimensions.ts';
import { emptyScene, fitLabel, type Mark, type Scene, type Shape } from './scene.ts';

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

const AXIS = 30;
const HEADER = 40;
const HEIGHT = 300;
/** Dots closer than this (a diameter and a gap) in one column sit side by side. */
const CLUSTER_GAP = 19;

/** Gridlines and `第N` labels at round ranks, and at the worst rank when it has room. */
function rankGrid(y: (rank: number) => number, worst: number): Shape[] {
  const ticks = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000].filter((t) => t <= worst);
  if (!ticks.includes(worst) && y(worst) - y(ticks[ticks.length - 1] as number) > 14) ticks.push(worst);
  return ticks.flatMap((t): Shape[] => [
    { type: 'line', x1: AXIS - 2, y1: y(t), x2: WIDTH, y2: y(t), className: 'grid' },
    { type: 'text', x: AXIS - 5, y: y(t) + 4, text: `第${t}`, anchor: 'end', className: 'tick' },
  ]);
}

/** A column's heading on up to two lines, the second shortened (full name as title). */
function groupHeading(group: string, cx: number, bandwidth: number): Shape[] {
  const perLine = Math.max(2, Math.floor(bandwidth / FONT));
  const first = [...group].slice(0, perLine).join('');
  const rest = fitLabel([...group].slice(perLine).join(''), perLine);
  const title = rest.text ? group : undefined;
  const shapes: Shape[] = [{ type: 'text', x: cx, y: 14, text: first, anchor: 'middle', className: 'label', title }];
  if (rest.text)
    shapes.push({ type: 'text', x: cx, y: 29, text: rest.text, anchor: 'middle', className: 'label', title: group });
  return shapes;
}

/**
 * Horizontal offsets that set dots side by side where they would overlap (ties, or 40 and 47 on
 * the log scale), centred on the column.
 */
function sideBySide(
  data: readonly RankDatum[],
  groups: readonly string[],
  y: (rank: number) => number,
  bandwidth: number,
): Map<RankDatum, number> {
  const offset = new Map<RankDatum, number>();
  for (const g of groups) {
    const inGroup = data.filter((d) => d.peerGroup === g).sort((a, b) => a.rank - b.rank);
    let cluster: RankDatum[] = [];
    const flush = () => {
      const spread = Math.min(20, bandwidth / Math.max(1, cluster.length));
      cluster.forEach((d, i) => offset.set(d, (i - (cluster.length - 1) / 2) * spread));
      cluster = [];
    };
    for (const d of inGroup) {
      const last = cluster[cluster.length - 1];
      if (last && y(d.rank) - y(last.rank) >= CLUSTER_GAP) flush();
      cluster.push(d);
    }
    flush();
  }
  return offset;
}

export function ranksChart(data: readonly RankDatum[], options: { label: string }): Scene {
  if (data.length === 0) return emptyScene(options.label);
  const groups = peerGroups(data);
  const band = scaleBand<string>().domain(groups).range([AXIS, WIDTH]).paddingInner(0.08);
  const centre = (g: string) => (band(g) as number) + band.bandwidth() / 2;
  const worst = Math.max(2, max(data, (d) => d.rank) ?? 2);
  // A log scale: the top ranks (1–5), where most entries are, get the room.
  const y = scaleLog()
    .domain([1, worst])
    .range([HEADER + 14, HEIGHT - 12]);
  const decorations = [...rankGrid(y, worst), ...groups.flatMap((g) => groupHeading(g, centre(g), band.bandwidth()))];
  const offset = sideBySide(data, groups, y, band.bandwidth());
  const marks: Mark[] = data.map((d) => {
    const cx = centre(d.peerGroup) + (offset.get(d) ?? 0);
    const cy = y(d.rank);
    return {
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
    };
  });
  return { width: WIDTH, height: HEIGHT, label: options.label, marks, decorations, empty: null };
}
