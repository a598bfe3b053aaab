/**
 * Where each node of a report lives on the site. Pure: `base` is the site's base path
 * (Astro's `import.meta.env.BASE_URL`), so every link honours a sub-path deployment.
 *
 *   /<slug>/                overview: title, source note, coverage, contents
 *   /<slug>/<part-id>/      a part: its heading, its paragraphs outside sections, its sections
 *   /<slug>/<section-id>/   a section: heading and paragraphs
 */

export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

export function reportPath(base: string, slug: string): string {
  return withBase(base, `${slug}/`);
}

/** Parts and sections each have a page named by their id. */
export function pagePath(base: string, slug: string, pageId: string): string {
  return withBase(base, `${slug}/${pageId}/`);
}

export function dataPath(base: string, slug: string, file: string): string {
  return withBase(base, `data/${slug}/${file}`);
}

/** The keyword explorer: `/<slug>/keywords/`. */
export function keywordsPath(base: string, slug: string): string {
  return withBase(base, `${slug}/keywords/`);
}

/** One term's page, `/<slug>/keywords/<term>/`, the term percent-encoded (the built folder has the raw term). */
export function keywordPath(base: string, slug: string, term: string): string {
  return withBase(base, `${slug}/keywords/${encodeURIComponent(term)}/`);
}

/** The search page for a query in one report: `/search/?q=<query>&r=<slug>`. */
export function searchPath(base: string, query: string, slug: string): string {
  return `${withBase(base, 'search/')}?q=${encodeURIComponent(query)}&r=${encodeURIComponent(slug)}`;
}
