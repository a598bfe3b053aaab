/**
 * The palette as CSS: each theme's colours as custom properties (light on :root, dark when the
 * system prefers it and the reader has not chosen light, or when the reader chose dark), and the
 * rules that give the numbered colour classes (series `fill-<i>`, heat levels `heat-<k>`) their
 * colours, so a colour added to ./palette.ts needs no CSS edit.
 */
import { DARK, HEAT_LEVELS, HEAT_STRONG_FROM, LIGHT, type Theme } from './palette.ts';

/** The custom properties of one theme, by name (without `--`). */
export function themeProperties(theme: Theme): [string, string][] {
  const { site, chart } = theme;
  return [
    ...Object.entries(site),
    ['chart-1', chart.primary],
    ['chart-2', chart.decline],
    ['chart-baseline', chart.baseline],
    ['chart-on-dot', chart.onDot],
    ...chart.series.map((c, i): [string, string] => [`s${i}`, c]),
    ...chart.heat.map((c, i): [string, string] => [`heat-${i + 1}`, c]),
    ['heat-text-low', chart.heatTextLow],
    ['heat-text-high', chart.heatTextHigh],
  ];
}

function block(selector: string, theme: Theme, indent = ''): string {
  const lines = themeProperties(theme).map(([name, value]) => `${indent}  --${name}: ${value};`);
  return [`${indent}${selector} {`, ...lines, `${indent}  color-scheme: ${theme.scheme};`, `${indent}}`].join('\n');
}

const levels = Array.from({ length: HEAT_LEVELS }, (_, i) => i + 1);
const strong = (k: number) => k >= HEAT_STRONG_FROM;

function rule(selectors: readonly string[], declarations: string): string {
  return `${selectors.join(',\n')} {\n  ${declarations}\n}`;
}

/** The classes that take a numbered palette colour: chart marks and the keyword table's cells. */
function colourClasses(): string[] {
  return [
    ...LIGHT.chart.series.map((_, i) => rule([`.chart-svg .fill-${i}`], `fill: var(--s${i});`)),
    ...levels.map((k) => rule([`.chart-svg .heat-${k}`], `fill: var(--heat-${k});`)),
    rule(
      levels.filter((k) => !strong(k)).map((k) => `.chart-svg .heat-text-${k}`),
      'fill: var(--heat-text-low);',
    ),
    rule(
      levels.filter(strong).map((k) => `.chart-svg .heat-text-${k}`),
      'fill: var(--heat-text-high);',
    ),
    ...levels.map((k) =>
      rule(
        [`.keyword-table td.heat-${k}`],
        `background: var(--heat-${k}); color: var(--heat-text-${strong(k) ? 'high' : 'low'});`,
      ),
    ),
  ];
}

/** The whole stylesheet. */
export function paletteCss(): string {
  return `${[
    '/* Generated from src/charts/palette.ts by src/charts/palette-css.ts: edit the palette there. */',
    block(':root', LIGHT),
    `@media (prefers-color-scheme: dark) {\n${block(':root:not([data-theme="light"])', DARK, '  ')}\n}`,
    block(':root[data-theme="dark"]', DARK),
    ...colourClasses(),
  ].join('\n')}\n`;
}
