/**
 * Old URLs kept working (src/model/moved.ts): every moved id's new URL, and the old reading pages
 * that no longer exist, each sent to the page that now holds what it held.
 */
import { currentId } from '../model/moved.ts';
import { pageIdOf } from '../model/ids.ts';
import { readingPages } from './pages.ts';
import type { SiteReport } from './reports.ts';
import { pagePath } from './urls.ts';

/** Old id → its new URL (page and `#id`). */
export function movedUrls(base: string, report: SiteReport): Record<string, string> {
  return Object.fromEntries(
    Object.keys(report.moved).map((old) => {
      const now = currentId(old, report.moved);
      return [old, `${pagePath(base, report.slug, pageIdOf(now))}#${now}`];
    }),
  );
}

/** Pages an earlier build had and this one has not: old page id → the page that holds its first moved node. */
export function movedPages(report: SiteReport): { id: string; target: string }[] {
  const current = new Set(readingPages(report.model).map((p) => p.id));
  const out = new Map<string, string>();
  for (const [old, now] of Object.entries(report.moved)) {
    const page = pageIdOf(old);
    if (!current.has(page) && !out.has(page)) out.set(page, pageIdOf(now));
  }
  return [...out].map(([id, target]) => ({ id, target }));
}
