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
