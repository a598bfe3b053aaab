/**
 * The one palette (src/charts/palette.ts): the page's stylesheet and the downloaded SVG take
 * their colours from it, both themes are complete, the text drawn on coloured marks is legible,
 * and no stylesheet or chart module names a colour of its own (print overrides aside).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteCss, themeProperties } from '../../src/charts/palette-css.ts';
import { DARK, HEAT_LEVELS, HEAT_STRONG_FROM, LIGHT, PAPER, type Theme } from '../../src/charts/palette.ts';
import { STANDALONE_CSS } from '../../src/charts/standalone.ts';
import { RELATIONS } from '../../src/metrics/types.ts';

/** WCAG relative luminance of `#rgb` or `#rrggbb`. */
function luminance(hex: string): number {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The declarations of the first block whose selector is exactly `selector`. */
function block(css: string, selector: string): Map<string, string> {
  const at = css.indexOf(`${selector} {`);
  expect(at, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return new Map(
    body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
  );
}

const themes: [string, Theme][] = [
  ['light', LIGHT],
  ['dark', DARK],
];

describe('the palette', () => {
  it.each(themes)('%s: a colour per relation and per heat level', (_, theme) => {
    expect(theme.chart.series.length).toBeGreaterThanOrEqual(RELATIONS.length);
    expect(theme.chart.series).toHaveLength(LIGHT.chart.series.length);
    expect(theme.chart.heat).toHaveLength(HEAT_LEVELS);
    expect(HEAT_STRONG_FROM).toBeGreaterThan(1);
    expect(HEAT_STRONG_FROM).toBeLessThanOrEqual(HEAT_LEVELS);
  });

  it.each(themes)('%s: every count printed on a heat cell, and a rank on its dot, has 4.5:1 contrast', (_, theme) => {
    const { chart, site } = theme;
    chart.heat.forEach((fill, i) => {
      const text = i + 1 >= HEAT_STRONG_FROM ? chart.heatTextHigh : chart.heatTextLow;
      expect(contrast(text, fill), `heat-${i + 1} ${fill} / ${text}`).toBeGreaterThanOrEqual(4.5);
    });
    expect(contrast(chart.onDot, chart.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(site.fg, site.bg)).toBeGreaterThanOrEqual(7);
    expect(contrast(site.muted, site.bg)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the page stylesheet generated from it', () => {
  const css = paletteCss();
  const light = block(css, ':root');
  const darkBySystem = block(css, '  :root:not([data-theme="light"])');
  const darkByChoice = block(css, ':root[data-theme="dark"]');

  it('declares every colour of each theme as a custom property, dark for the system and for the toggle alike', () => {
    for (const [name, value] of themeProperties(LIGHT)) expect(light.get(`--${name}`), name).toBe(value);
    for (const [name, value] of themeProperties(DARK)) expect(darkByChoice.get(`--${name}`), name).toBe(value);
    expect(darkBySystem).toEqual(darkByChoice);
    expect(light.get('color-scheme')).toBe('light');
    expect(darkByChoice.get('color-scheme')).toBe('dark');
    expect(css).toContain('@media (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {');
    // The names the other stylesheets use.
    for (const name of ['--fg', '--bg', '--accent', '--chart-1', '--chart-2', '--s0', '--s8', '--heat-5'])
      expect(light.has(name), name).toBe(true);
  });

  it('gives each numbered class its palette colour: series, heat cells and their counts, keyword table cells', () => {
    LIGHT.chart.series.forEach((_, i) => expect(css).toContain(`.chart-svg .fill-${i} {\n  fill: var(--s${i});`));
    for (let k = 1; k <= HEAT_LEVELS; k++) {
      const tone = k >= HEAT_STRONG_FROM ? 'high' : 'low';
      expect(css).toContain(`.chart-svg .heat-${k} {\n  fill: var(--heat-${k});`);
      expect(css).toMatch(new RegExp(`\\.chart-svg \\.heat-text-${k}[^{]*\\{\\n  fill: var\\(--heat-text-${tone}\\);`));
      expect(css).toContain(
        `.keyword-table td.heat-${k} {\n  background: var(--heat-${k}); color: var(--heat-text-${tone});`,
      );
    }
  });
});

describe('the downloaded SVG stylesheet', () => {
  it('embeds the light theme, on white paper', () => {
    const { site, chart } = LIGHT;
    expect(STANDALONE_CSS).toContain(`background:${PAPER}}`);
    expect(STANDALONE_CSS).toContain(`text{fill:${site.fg}}`);
    expect(STANDALONE_CSS).toContain(`.grid{stroke:${site.rule}}`);
    expect(STANDALONE_CSS).toContain(`.fill-target,.fill-growth,.dot{fill:${chart.primary}}`);
    expect(STANDALONE_CSS).toContain(`.fill-decline{fill:${chart.decline}}`);
    chart.series.forEach((c, i) => expect(STANDALONE_CSS).toContain(`.fill-${i}{fill:${c}}`));
    chart.heat.forEach((c, i) => expect(STANDALONE_CSS).toContain(`.heat-${i + 1}{fill:${c}}`));
    expect(STANDALONE_CSS).toContain(`.heat-text-${HEAT_LEVELS}{fill:${chart.heatTextHigh}}`);
    expect(STANDALONE_CSS).not.toContain(`.heat-text-${HEAT_STRONG_FROM - 1}`);
    expect(STANDALONE_CSS).not.toContain('<');
  });
});

describe('one source', () => {
  const hex = /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi;
  /** The text outside `@media print { … }` blocks: print has its own black-on-white colours. */
  const screenOnly = (css: string) => {
    let out = css;
    for (let at = out.indexOf('@media print'); at >= 0; at = out.indexOf('@media print')) {
      let depth = 0;
      let end = out.indexOf('{', at);
      do {
        if (out[end] === '{') depth++;
        else if (out[end] === '}') depth--;
        end++;
      } while (depth > 0 && end < out.length);
      out = out.slice(0, at) + out.slice(end);
    }
    return out;
  };

  it('the site and chart stylesheets name no screen colour: they use the palette’s custom properties', () => {
    for (const f of readdirSync('src/styles').map((name) => join('src/styles', name)))
      expect(screenOnly(readFileSync(f, 'utf8')).match(hex), f).toBeNull();
    // The check itself: a colour outside print is caught, one inside is not.
    expect(screenOnly('a{color:#fff}@media print{b{color:#000}}').match(hex)).toEqual(['#fff']);
  });

  it('no chart module, chart component or keyword page names a colour', () => {
    const files = [
      ...readdirSync('src/charts')
        .filter((f) => f !== 'palette.ts')
        .map((f) => join('src/charts', f)),
      'src/client/chart-tooltips.ts',
      'src/components/ChartFigure.astro',
      'src/pages/[slug]/charts.astro',
      'src/pages/[slug]/keywords/index.astro',
      'src/pages/[slug]/keywords/[term].astro',
    ];
    for (const f of files) expect(readFileSync(f, 'utf8').match(hex), f).toBeNull();
  });
});
