/**
 * A chart as a typed scene: the geometry the builders compute (pure, no DOM), serialised to SVG
 * by `renderSvg` (the only place a chart's text becomes markup; src/text/xml.ts escapes it). The
 * page and the `.svg` download render the same scene.
 */
import { escapeXml } from '../text/xml.ts';

export type Shape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; className: string }
  | { type: 'circle'; cx: number; cy: number; r: number; className: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; className: string }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      className: string;
      anchor?: 'start' | 'middle' | 'end';
      /** The full text when `text` is shortened. */
      title?: string;
      /** Chinese column labels written top to bottom. */
      vertical?: boolean;
    };

/** One datum drawn: a link around its shapes, with what the tooltip and screen readers say. */
export interface Mark {
  /** Unique in the chart. */
  id: string;
  href: string;
  subject: string;
  value: string;
  period: string;
  /** `primary` marks are one per data row; `secondary` ones (the 2025 baseline) add to a row. */
  role: 'primary' | 'secondary';
  shapes: Shape[];
}

export interface Scene {
  width: number;
  height: number;
  /** The svg's aria-label. */
  label: string;
  marks: Mark[];
  /** Axes, gridlines, labels: drawn under the marks, not links. */
  decorations: Shape[];
  /** Set when there is nothing to draw: the page shows it instead of an SVG. */
  empty: string | null;
}

export const EMPTY_MESSAGE = '无数据';

export function emptyScene(label: string): Scene {
  return { width: 0, height: 0, label, marks: [], decorations: [], empty: EMPTY_MESSAGE };
}

const n = (v: number) => String(Math.round(v * 10) / 10);

function shapeSvg(shape: Shape): string {
  switch (shape.type) {
    case 'rect':
      return `<rect class="${escapeXml(shape.className)}" x="${n(shape.x)}" y="${n(shape.y)}" width="${n(Math.max(0, shape.width))}" height="${n(Math.max(0, shape.height))}"/>`;
    case 'circle':
      return `<circle class="${escapeXml(shape.className)}" cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}"/>`;
    case 'line':
      return `<line class="${escapeXml(shape.className)}" x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}"/>`;
    case 'text': {
      const anchor = shape.anchor && shape.anchor !== 'start' ? ` text-anchor="${shape.anchor}"` : '';
      const vertical = shape.vertical ? ' writing-mode="vertical-rl"' : '';
      const title = shape.title ? `<title>${escapeXml(shape.title)}</title>` : '';
      return `<text class="${escapeXml(shape.className)}" x="${n(shape.x)}" y="${n(shape.y)}"${anchor}${vertical}>${title}${escapeXml(shape.text)}</text>`;
    }
  }
}

export interface RenderOptions {
  /** The chart's id: prefixes ids inside the SVG. */
  chartId: string;
  /** Turns a mark's href into the one written (absolute for the downloaded file). */
  href?: (href: string) => string;
  /** A standalone file: the xmlns, a <title> and the colours inlined (no page CSS to inherit). */
  standalone?: { title: string; css: string };
}

/** The scene as an `<svg>` string (empty string for an empty scene). */
export function renderSvg(scene: Scene, options: RenderOptions): string {
  if (scene.empty !== null) return '';
  const href = options.href ?? ((h: string) => h);
  const marks = scene.marks.map((mark) => {
    const label = `${mark.subject}：${mark.value}（${mark.period}）`;
    return (
      `<a href="${escapeXml(href(mark.href))}" class="mark mark-${mark.role}" data-mark="${mark.role}" data-subject="${escapeXml(mark.subject)}" ` +
      `data-value="${escapeXml(mark.value)}" data-period="${escapeXml(mark.period)}" aria-label="${escapeXml(label)}">` +
      `<title>${escapeXml(label)}</title>${mark.shapes.map(shapeSvg).join('')}</a>`
    );
  });
  const xmlns = options.standalone ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  // The CSS is ours (no `<` in it), never text from the report.
  const head = options.standalone
    ? `<title>${escapeXml(options.standalone.title)}</title><style>${options.standalone.css}</style>`
    : '';
  return (
    `<svg${xmlns} viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" width="100%" role="group" aria-roledescription="图表" aria-label="${escapeXml(scene.label)}" ` +
    `class="chart-svg" data-chart-svg="${escapeXml(options.chartId)}">${head}` +
    `<g class="decorations" aria-hidden="true">${scene.decorations.map(shapeSvg).join('')}</g>` +
    `<g class="marks">${marks.join('')}</g></svg>`
  );
}

/**
 * A label that fits `max` characters-widths (a CJK character counts 1, others 0.55): the text,
 * or its start with `…`. Returns the full text as `title` when shortened.
 */
export function fitLabel(text: string, max: number): { text: string; title?: string } {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u2E80-\uFFFF]/.test(c) ? 1 : 0.55), 0);
  if (width(text) <= max) return { text };
  let out = '';
  for (const c of text) {
    if (width(out + c) > max - 1) break;
    out += c;
  }
  return { text: `${out}…`, title: text };
}
