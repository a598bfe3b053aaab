/**
 * Weight budgets for a built page, in gzip bytes (node:zlib, default level), and the site-wide
 * rules: no reference to another origin, no font files.
 *
 * A page's own weight: its HTML (inline <script>/<style> included, so counted once, there), the
 * external scripts it loads (<script src>) and the stylesheets it links (<link rel=stylesheet>).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles, parseFile, parsePage, type ParsedPage } from './html.ts';
import { servedPath } from './links.ts';

export interface Weight {
  html: number;
  js: number;
  css: number;
}

export interface PageWeight {
  page: string;
  /** Raw bytes, for information. */
  raw: Weight;
  /** Gzip bytes: what the budgets limit. */
  gzip: Weight;
  /** The external files counted, relative to the output folder. */
  files: string[];
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes).length;

/** The file a root-relative or relative URL in `page` names, or null for another origin / a data: URL. */
function localFile(page: string, url: string, base: string): string | null {
  if (/^(?:data|blob):/i.test(url)) return null;
  const origin = 'http://site.invalid';
  const target = new URL(url, new URL(servedPath(page, base), origin));
  if (target.origin !== origin) return null;
  const path = decodeURIComponent(target.pathname);
  if (!path.startsWith(base)) return null;
  const rest = path.slice(base.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

export function pageWeight(outDir: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(outDir, page));
  const parsed = parsePage(html.toString('utf8'));
  const scripts = parsed.references.filter((r) => r.element === 'script' && r.attribute === 'src');
  const styles = parsed.references.filter((r) => r.element === 'link' && r.role.split(/\s+/).includes('stylesheet'));
  const files = (refs: typeof scripts) => [
    ...new Set(refs.map((r) => localFile(page, r.url, base)).filter((f): f is string => f !== null)),
  ];
  const jsFiles = files(scripts);
  const cssFiles = files(styles);
  const sum = (list: string[], measure: (b: Buffer) => number) =>
    list.reduce((total, f) => total + measure(readFileSync(join(outDir, f))), 0);
  return {
    page,
    raw: { html: html.length, js: sum(jsFiles, (b) => b.length), css: sum(cssFiles, (b) => b.length) },
    gzip: { html: gzipSize(html), js: sum(jsFiles, gzipSize), css: sum(cssFiles, gzipSize) },
    files: [...jsFiles, ...cssFiles],
  };
}

/** One line per budget a page exceeds (gzip bytes). */
export function overBudget(weight: PageWeight, budget: Weight): string[] {
  return (['html', 'js', 'css'] as const)
    .filter((kind) => weight.gzip[kind] > budget[kind])
    .map((kind) => `${weight.page}: ${kind} ${weight.gzip[kind]} B gzip > budget ${budget[kind]} B`);
}

/** XML namespace names: identifiers that look like URLs but are never fetched. */
const NAMESPACE_URIS = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
]);

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'`<>)\\]+/gi;
/** `url(//host/…)` or `@import "//host/…"` in CSS: protocol-relative, so another origin. */
const PROTOCOL_RELATIVE_IN_CSS = /(?:url\(\s*["']?|@import\s+["'])\/\/[^\s"')]+/gi;

function urlsInText(text: string, css: boolean): string[] {
  const found = [...text.matchAll(URL_IN_TEXT)]
    .map((m) => m[0])
    .filter((u) => !NAMESPACE_URIS.has(u.replace(/[.,;]+$/, '')));
  if (css) found.push(...[...text.matchAll(PROTOCOL_RELATIVE_IN_CSS)].map((m) => m[0]));
  return found;
}

/**
 * Every reference to another origin in the built HTML, CSS and JS: absolute http(s) or
 * protocol-relative URLs in URL attributes, inline scripts and styles, and script and stylesheet
 * files. The only absolute URLs allowed are the page's own canonical URL and og:url under `self`
 * (SITE + BASE).
 */
export function foreignReferences(outDir: string, self: string): string[] {
  const problems: string[] = [];
  for (const file of listFiles(outDir)) {
    if (file.endsWith('.html')) {
      const page: ParsedPage = parseFile(join(outDir, file));
      for (const r of page.references) {
        if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(r.url)) continue;
        const selfUrl =
          (r.element === 'link' && r.role === 'canonical') || (r.element === 'meta' && r.role === 'og:url');
        if (selfUrl && r.url.startsWith(self)) continue;
        problems.push(`${file}: <${r.element} ${r.attribute}="${r.url}">`);
      }
      for (const text of page.inlineScripts)
        for (const url of urlsInText(text, false)) problems.push(`${file}: inline <script>: ${url}`);
      for (const text of page.inlineStyles)
        for (const url of urlsInText(text, true)) problems.push(`${file}: inline <style>: ${url}`);
    } else if (/\.(?:m?js|css)$/.test(file)) {
      for (const url of urlsInText(readFileSync(join(outDir, file), 'utf8'), file.endsWith('.css')))
        problems.push(`${file}: ${url}`);
    }
  }
  return problems;
}

export const FONT_FILE = /\.(?:woff2?|ttf|otf|eot|ttc)$/i;
