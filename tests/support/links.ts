/**
 * A link checker for a built static site (Astro's `build.format: 'directory'` output): every
 * internal href/src/… in every HTML page must name a file in the output folder, and every
 * `#fragment` an element id in the target page.
 *
 *   const result = checkLinks('dist', { site: 'https://example.org', base: '/reports/' });
 *   result.broken   // [] when all is well
 *
 * A page `a/b/index.html` is served at `<base>a/b/`; `404.html` is served for any unknown path, so
 * a relative URL there is broken by definition (it would resolve against whatever path was asked
 * for). Absolute URLs on the site's own origin are internal (the canonical URL, og:url); those on
 * another origin are returned in `external`, not checked. `mailto:`, `tel:`, `data:`, `javascript:`
 * and `blob:` URLs are skipped.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, parseFile, type ParsedPage, type Reference } from './html.ts';

export interface CheckOptions {
  /** The site's origin as built (`SITE`), e.g. `https://example.org`. */
  site: string;
  /** The base path as built (`BASE`), e.g. `/` or `/reports/`. */
  base: string;
}

export interface Problem {
  /** The page holding the reference, relative to the output folder. */
  page: string;
  reference: Reference;
  reason: string;
}

export interface CheckResult {
  pages: number;
  /** How many references were checked (internal ones). */
  checked: number;
  broken: Problem[];
  /** References to another origin (not checked; the budgets test forbids them). */
  external: Problem[];
}

const SKIPPED_SCHEMES = /^(?:mailto|tel|data|javascript|blob):/i;
const NOT_FOUND_PAGE = '404.html';

function normaliseBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** The path a built HTML file is served at: `a/b/index.html` → `<base>a/b/`. */
export function servedPath(file: string, base: string): string {
  const b = normaliseBase(base);
  if (file === 'index.html') return b;
  if (file.endsWith('/index.html')) return `${b}${file.slice(0, -'index.html'.length)}`;
  return `${b}${file}`;
}

export function checkLinks(outDir: string, options: CheckOptions): CheckResult {
  const base = normaliseBase(options.base);
  const origin = new URL(options.site).origin;
  const files = listFiles(outDir);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const parsed = new Map<string, ParsedPage>(htmlFiles.map((f) => [f, parseFile(join(outDir, f))]));
  const result: CheckResult = { pages: htmlFiles.length, checked: 0, broken: [], external: [] };

  for (const [page, { references, ids }] of parsed) {
    const pageUrl = new URL(servedPath(page, base), origin);
    for (const reference of references) {
      const problem = (reason: string) => ({ page, reference, reason });
      const raw = reference.url;
      if (SKIPPED_SCHEMES.test(raw)) continue;
      let target: URL;
      try {
        target = new URL(raw, pageUrl);
      } catch {
        result.broken.push(problem('not a valid URL'));
        continue;
      }
      if (target.origin !== origin) {
        result.external.push(problem(`another origin: ${target.origin}`));
        continue;
      }
      result.checked += 1;
      const isFragmentOnly = raw.startsWith('#');
      if (page === NOT_FOUND_PAGE && !isFragmentOnly && !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(raw)) {
        result.broken.push(problem('a relative URL on the 404 page, which is served at any path'));
        continue;
      }
      let path: string;
      try {
        path = decodeURIComponent(target.pathname);
      } catch {
        result.broken.push(problem('a malformed %-escape in the path'));
        continue;
      }
      let file: string;
      if (isFragmentOnly) {
        file = page;
      } else {
        if (!path.startsWith(base)) {
          result.broken.push(problem(`outside the base path ${base}`));
          continue;
        }
        const rest = path.slice(base.length);
        file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
        const full = join(outDir, file);
        if (!existsSync(full)) {
          result.broken.push(problem(`no file ${file}`));
          continue;
        }
        if (statSync(full).isDirectory()) {
          result.broken.push(problem(`${rest} is a folder: the URL needs a trailing slash`));
          continue;
        }
      }
      const fragment = target.hash.slice(1);
      if (fragment === '' || !file.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        result.broken.push(problem('a malformed %-escape in the fragment'));
        continue;
      }
      const targetIds = file === page ? ids : parsed.get(file)?.ids;
      if (!targetIds?.has(id) && id !== 'top') result.broken.push(problem(`no element with id “${id}” in ${file}`));
    }
  }
  return result;
}

/** One line per problem, for assertion messages. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => `${p.page}: <${p.reference.element} ${p.reference.attribute}="${p.reference.url}">: ${p.reason}`)
    .join('\n');
}
