/**
 * Every colour of the site, per theme: the one source. The page's custom properties are generated
 * from it (./palette-css.ts, bundled as a stylesheet by ./palette-vite.ts), and a downloaded chart
 * embeds its light values (./standalone.ts), so the page and the file cannot drift apart.
 *
 * Chart colours are Okabe–Ito based (colour-blind safe); every mark also carries a label, a
 * legend entry, a tooltip and a table row, so colour is never the only cue.
 */

/** The page colours every stylesheet uses, as `--<name>`. */
export interface SiteColours {
  fg: string;
  muted: string;
  bg: string;
  panel: string;
  rule: string;
  line: string;
  accent: string;
  link: string;
  target: string;
  mark: string;
  /** Behind an open drawer. */
  shade: string;
  /** Under a popup (the search dropdown). */
  shadow: string;
}

export interface ChartColours {
  /** Targets, growth bars, rank dots. */
  primary: string;
  /** Decline bars. */
  decline: string;
  /** Last year's figure beside a target. */
  baseline: string;
  /** The rank printed in a dot. */
  onDot: string;
  /** Series colours by index (`fill-<i>`): the metric relations, in RELATIONS order. */
  series: readonly string[];
  /** Heat levels 1…HEAT_LEVELS, light to strong. */
  heat: readonly string[];
  /** A count printed on heat levels below HEAT_STRONG_FROM. */
  heatTextLow: string;
  /** A count printed on heat levels from HEAT_STRONG_FROM. */
  heatTextHigh: string;
}

export interface Theme {
  scheme: 'light' | 'dark';
  site: SiteColours;
  chart: ChartColours;
}

export const LIGHT: Theme = {
  scheme: 'light',
  site: {
    fg: '#1c1c1e',
    muted: '#55585e',
    bg: '#fdfcfa',
    panel: '#f3f1ec',
    rule: '#e2ded5',
    line: '#858179',
    accent: '#a3271f',
    link: '#0b57a4',
    target: '#fff1b8',
    mark: '#ffdf70',
    shade: 'rgb(0 0 0 / 0.45)',
    shadow: 'rgb(0 0 0 / 0.2)',
  },
  chart: {
    primary: '#0072b2', // blue
    decline: '#c85200', // vermillion
    baseline: '#8a857c',
    onDot: '#fff',
    series: ['#0072b2', '#d55e00', '#009e73', '#e69f00', '#cc79a7', '#56b4e9', '#f0e442', '#1c1c1e', '#999'],
    heat: ['#e3eef7', '#bcd7ec', '#8dbbdf', '#2a72ad', '#0b4f80'],
    heatTextLow: '#1c1c1e',
    heatTextHigh: '#fff',
  },
};

const lightSeries = LIGHT.chart.series;

export const DARK: Theme = {
  scheme: 'dark',
  site: {
    fg: '#e9e7e2',
    muted: '#b2b0aa',
    bg: '#17181a',
    panel: '#232427',
    rule: '#34363a',
    line: '#85837d',
    accent: '#ff8a7a',
    link: '#8cc4ff',
    target: '#4a3d05',
    mark: '#6e5400',
    shade: 'rgb(0 0 0 / 0.6)',
    shadow: 'rgb(0 0 0 / 0.2)',
  },
  chart: {
    primary: '#56b4e9',
    decline: '#e69f00',
    baseline: '#9a968e',
    onDot: '#17181a',
    // The light series, lighter blue first and the two greys turned for a dark ground.
    series: ['#56b4e9', ...lightSeries.slice(1, 7), '#e9e7e2', '#8a8a8a'],
    heat: ['#1f3443', '#234d6a', '#2d6a93', '#5a9fd0', '#a9d4f5'],
    heatTextLow: '#e9e7e2',
    heatTextHigh: '#17181a',
  },
};

/** How many shades the heat ramps have. */
export const HEAT_LEVELS = LIGHT.chart.heat.length;

/** The first heat level dark (light, in the dark theme) enough to need the contrasting text. */
export const HEAT_STRONG_FROM = 4;

/** The ground of a downloaded chart: plain white, with no page behind it. */
export const PAPER = '#fff';
