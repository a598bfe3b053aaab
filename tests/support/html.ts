/**
 * Reading a built site: its files, and each HTML page's ids and URL references, with a real HTML
 * parser (parse5, the parser browsers' algorithm is specified by), never regular expressions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Every file under `dir`, as a `/`-separated path relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** One URL-valued attribute in a page. */
export interface Reference {
  /** Lower-case tag name: `a`, `link`, `script`, `meta`, … */
  element: string;
  /** The attribute holding the URL (`href`, `src`, `srcset`, `action`, `content` of an og:url…). */
  attribute: string;
  /** The URL as written (one candidate of a srcset). */
  url: string;
  /** `rel` of a <link>/<a>, `property`/`name` of a <meta>, else ''. */
  role: string;
}

export interface ParsedPage {
  /** Every `id` (and `name` of an <a>) in the document. */
  ids: Set<string>;
  references: Reference[];
  /** Text of inline <script> (without src) and <style> elements, and of style attributes. */
  inlineScripts: string[];
  inlineStyles: string[];
  /** The document's <title> text. */
  title: string;
  /** <meta> contents by `property` or `name` (the first of each). */
  meta: Map<string, string>;
  /** `href` of each <link>, by `rel` (the first of each). */
  links: Map<string, string>;
}

/** Attributes that hold a URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  base: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  embed: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
  object: ['data'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** <meta> whose content is a URL. */
const URL_METAS = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:audio',
  'og:video',
  'twitter:image',
]);

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;
}

function textOf(element: Element): string {
  return element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
}

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

export function parsePage(html: string): ParsedPage {
  const page: ParsedPage = {
    ids: new Set(),
    references: [],
    inlineScripts: [],
    inlineStyles: [],
    title: '',
    meta: new Map(),
    links: new Map(),
  };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node;
      const tag = element.tagName.toLowerCase();
      const id = attr(element, 'id');
      if (id !== undefined && id !== '') page.ids.add(id);
      const name = attr(element, 'name');
      if (tag === 'a' && name) page.ids.add(name);
      const role =
        tag === 'meta' ? (attr(element, 'property') ?? attr(element, 'name') ?? '') : (attr(element, 'rel') ?? '');
      for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
        const value = attr(element, attribute);
        if (value === undefined) continue;
        const urls = attribute === 'srcset' ? srcsetUrls(value) : [value.trim()];
        for (const url of urls) page.references.push({ element: tag, attribute, url, role });
      }
      if (tag === 'meta' && URL_METAS.has(role)) {
        const content = attr(element, 'content');
        if (content !== undefined)
          page.references.push({ element: tag, attribute: 'content', url: content.trim(), role });
      }
      if (tag === 'script' && attr(element, 'src') === undefined) page.inlineScripts.push(textOf(element));
      if (tag === 'style') page.inlineStyles.push(textOf(element));
      const style = attr(element, 'style');
      if (style) page.inlineStyles.push(style);
      if (tag === 'title' && page.title === '') page.title = textOf(element);
      if (tag === 'meta' && role && !page.meta.has(role)) page.meta.set(role, attr(element, 'content') ?? '');
      if (tag === 'link' && role && !page.links.has(role)) page.links.set(role, attr(element, 'href') ?? '');
      if (tag === 'template' && 'content' in element) visit((element as DefaultTreeAdapterTypes.Template).content);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return page;
}

export function parseFile(path: string): ParsedPage {
  return parsePage(readFileSync(path, 'utf8'));
}
