/**
 * "Nothing lost, end to end", checked on the built files of a site (no browser): for every report
 * under `<outDir>/data/<slug>/report.json`,
 *   - each reading page (the parts and sections of report.json, in that order) holds, in document
 *     order, exactly the `<p id>` elements of its paragraphs, each with the paragraph's text
 *     character for character as its text content; so across the pages, in reading order, every
 *     paragraph appears once and in order;
 *   - the overview holds the front lines (source note, title, bylines) under their ids;
 *   - every `url` / `sentenceUrl` anywhere in report.json and metrics.json names a built page and an
 *     element of it; when the id is a node's (front line, heading, paragraph, sentence) the element's
 *     text content is the node's text; when it is a metric's, the element is a `<data>` holding
 *     the metric's displayValue.
 * Returns the problems found (empty when all is well) and what was checked, for the test to print.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { PublishedParagraph, PublishedReport } from '../../src/site/publish.ts';
import type { PublishedMetric } from '../../src/metrics/publish.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface SiteTextCheck {
  problems: string[];
  reports: number;
  pages: number;
  paragraphs: number;
  urls: number;
  /** urls whose element's text was compared (the rest: the element exists). */
  urlTexts: number;
}

interface PageDom {
  /** Elements with an id, in document order. */
  elements: { id: string; tag: string; text: string }[];
  byId: Map<string, { tag: string; text: string }>;
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (node.nodeName === '#comment') return '';
  const children = 'tagName' in node && node.tagName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
  return children.map(textContent).join('');
}

function readPage(path: string): PageDom {
  const elements: PageDom['elements'] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const id = (node as Element).attrs.find((a) => a.name === 'id' && !a.prefix)?.value;
      if (id) elements.push({ id, tag: node.tagName, text: textContent(node) });
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(readFileSync(path, 'utf8')));
  const byId = new Map<string, { tag: string; text: string }>();
  for (const element of elements) if (!byId.has(element.id)) byId.set(element.id, element);
  return { elements, byId };
}

/** Every `url`-like string value anywhere in a JSON value, with the key it was under. */
function urlsIn(value: unknown, out: { key: string; url: string }[] = []): { key: string; url: string }[] {
  if (Array.isArray(value)) value.forEach((v) => urlsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && /^(url|sentenceUrl)$/.test(key)) out.push({ key, url: v });
      else urlsIn(v, out);
    }
  }
  return out;
}

export function checkSiteText(outDir: string, base = '/'): SiteTextCheck {
  const check: SiteTextCheck = { problems: [], reports: 0, pages: 0, paragraphs: 0, urls: 0, urlTexts: 0 };
  const problem = (message: string) => check.problems.push(message);
  const cache = new Map<string, PageDom | null>();
  const page = (pathname: string): PageDom | null => {
    if (!cache.has(pathname)) {
      const relative = pathname.startsWith(base) ? pathname.slice(base.length) : null;
      const file = relative === null ? null : join(outDir, relative, 'index.html');
      cache.set(pathname, file && existsSync(file) ? readPage(file) : null);
    }
    return cache.get(pathname) ?? null;
  };
  const pathOf = (url: string) => new URL(url, 'http://site.invalid').pathname;

  const slugs = readdirSync(join(outDir, 'data'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const slug of slugs) {
    check.reports++;
    const report = JSON.parse(readFileSync(join(outDir, 'data', slug, 'report.json'), 'utf8')) as PublishedReport;
    const metricsFile = join(outDir, 'data', slug, 'metrics.json');
    const metrics = existsSync(metricsFile)
      ? (JSON.parse(readFileSync(metricsFile, 'utf8')) as { metrics: PublishedMetric[] }).metrics
      : [];

    // The reading pages in reading order, each with the paragraphs it must hold.
    const pages = readingPagesOf(report);
    const paragraphIds = new Set(pages.flatMap((p) => p.paragraphs.map((q) => q.id)));
    for (const { url, paragraphs } of pages) {
      const path = pathOf(url);
      const dom = page(path);
      check.pages++;
      if (!dom) {
        problem(`${slug}: reading page ${path} not built`);
        continue;
      }
      const shown = dom.elements.filter((e) => e.tag === 'p' && paragraphIds.has(e.id)).map((e) => [e.id, e.text]);
      const expected = paragraphs.map((p) => [p.id, p.text]);
      if (JSON.stringify(shown) !== JSON.stringify(expected)) {
        const at = expected.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(shown[i]));
        problem(
          `${slug} ${path}: paragraphs differ from report.json at #${at === -1 ? expected.length : at}: expected ${JSON.stringify(expected[at] ?? null)}, page has ${JSON.stringify(shown[at === -1 ? expected.length : at] ?? null)} (${shown.length} vs ${expected.length} paragraphs)`,
        );
      }
      check.paragraphs += paragraphs.length;
    }

    // The texts a url's element must hold, by id.
    const texts = new Map<string, { text: string; tag?: string }>();
    for (const [id, text] of publishedTexts(report)) texts.set(id, { text });
    for (const metric of metrics) texts.set(metric.id, { text: metric.displayValue, tag: 'data' });

    // The front lines on the overview.
    const overview = page(pathOf(report.url));
    if (!overview) problem(`${slug}: overview ${report.url} not built`);
    for (const line of report.front.lines) {
      const element = overview?.byId.get(line.id);
      if (element?.text !== line.text)
        problem(
          `${slug}: overview #${line.id} holds ${JSON.stringify(element?.text ?? null)}, not ${JSON.stringify(line.text)}`,
        );
    }

    for (const { key, url } of [...urlsIn(report), ...urlsIn(metrics)]) {
      check.urls++;
      const [path, id] = [pathOf(url), new URL(url, 'http://site.invalid').hash.slice(1)];
      const dom = page(path);
      if (!dom) {
        problem(`${slug}: ${key} ${url}: page not built`);
        continue;
      }
      if (!id) continue;
      const element = dom.byId.get(decodeURIComponent(id));
      if (!element) {
        problem(`${slug}: ${key} ${url}: no element #${id}`);
        continue;
      }
      const want = texts.get(id);
      if (!want) continue;
      check.urlTexts++;
      if (element.text !== want.text)
        problem(`${slug}: ${url} holds ${JSON.stringify(element.text)}, not ${JSON.stringify(want.text)}`);
      if (want.tag && element.tag !== want.tag) problem(`${slug}: ${url} is a <${element.tag}>, not a <${want.tag}>`);
    }
  }
  return check;
}

/** The reading pages of a published report in reading order, each with the paragraphs it must hold. */
export function readingPagesOf(report: PublishedReport): { url: string; paragraphs: PublishedParagraph[] }[] {
  const page = (url: string) => url.split('#')[0] as string;
  return [
    ...(report.front.opening.length > 0
      ? [{ url: page(report.front.opening[0]?.url ?? ''), paragraphs: report.front.opening }]
      : []),
    ...report.parts.flatMap((part) => [
      { url: part.url, paragraphs: [...part.intro, ...part.closing] },
      ...part.sections.map((section) => ({ url: section.url, paragraphs: section.paragraphs })),
    ]),
    ...(report.closing.length > 0 ? [{ url: page(report.closing[0]?.url ?? ''), paragraphs: report.closing }] : []),
    ...report.appendices.map((a) => ({
      url: a.url,
      paragraphs: [...a.intro, ...a.entries].sort((x, y) => x.source.start - y.source.start),
    })),
  ];
}

/** Every id of a published report that names a text, with that text: front lines, headings, paragraphs, sentences. */
export function publishedTexts(report: PublishedReport): Map<string, string> {
  const texts = new Map<string, string>();
  const paragraph = (p: PublishedParagraph) => {
    texts.set(p.id, p.text);
    for (const s of p.sentences) texts.set(s.id, s.text);
  };
  for (const line of [...report.front.lines, ...report.trailing]) texts.set(line.id, line.text);
  report.front.opening.forEach(paragraph);
  for (const part of report.parts) {
    if (part.heading) texts.set(part.id, part.heading.text);
    for (const section of part.sections) if (section.heading) texts.set(section.id, section.heading.text);
    [...part.intro, ...part.sections.flatMap((s) => s.paragraphs), ...part.closing].forEach(paragraph);
  }
  report.closing.forEach(paragraph);
  for (const a of report.appendices) {
    if (a.label) texts.set(`${a.id}-label`, a.label.text);
    if (a.heading) texts.set(a.id, a.heading.text);
    for (const g of a.groups) texts.set(g.id, g.heading.text);
    [...a.intro, ...a.entries].forEach(paragraph);
  }
  return texts;
}
