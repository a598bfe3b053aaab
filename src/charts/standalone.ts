/**
 * The stylesheet of a downloaded SVG file: the light theme's colours (./palette.ts) inlined, on
 * white paper, since no page CSS is there to inherit. The same classes as the page's charts.
 */
import { HEAT_LEVELS, HEAT_STRONG_FROM, LIGHT, PAPER } from './palette.ts';

const { site, chart } = LIGHT;
const strongHeat = Array.from({ length: HEAT_LEVELS }, (_, i) => i + 1).filter((k) => k >= HEAT_STRONG_FROM);

export const STANDALONE_CSS = [
  `svg{font-family:-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;font-size:12px;background:${PAPER}}`,
  `text{fill:${site.fg}}.tick,.small{fill:${site.muted};font-size:11px}.group{font-weight:700}`,
  `.axis{stroke:${site.fg}}.grid{stroke:${site.rule}}`,
  `.fill-target,.fill-growth,.dot{fill:${chart.primary}}.fill-decline{fill:${chart.decline}}.fill-baseline{fill:${chart.baseline}}`,
  `.dot{stroke:${PAPER};stroke-width:1.5}.dot-label{fill:${chart.onDot};font-size:11px;font-weight:700}`,
  `.segment,.swatch{stroke:${site.fg};stroke-width:.6}`,
  chart.series.map((c, i) => `.fill-${i}{fill:${c}}`).join(''),
  chart.heat.map((c, i) => `.heat-${i + 1}{fill:${c}}`).join(''),
  // Weaker levels keep the text colour above, which is the low heat text colour too.
  `.cell-label{font-size:10px}${strongHeat.map((k) => `.heat-text-${k}`).join(',')}{fill:${chart.heatTextHigh}}`,
].join('');
