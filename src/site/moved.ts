/**
 * Old URLs kept working (src/model/moved.ts): every moved id's new URL, and the old reading pages
 * that no longer exist, each sent to the page that now holds what it held.
 */
import { currentId } from '../model/moved.ts';
import { pageIdOf } from '../model/ids.ts';
import { readingPages } from './pages.ts';
import type { SiteReport } from './reports.ts';
import { reportFrame } from './report-frame.ts';
import { dataPath, pagePath } from './urls.ts';

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

/** The page at an old page's URL: where its text went, for the reader and for src/client/moved.ts. */
export function movedView(base: string, report: SiteReport, pageId: string) {
  const moved = movedPages(report).find((p) => p.id === pageId);
  if (!moved) throw new Error(`${report.slug}: no moved page “${pageId}”`);
  const target = readingPages(report.model).find((p) => p.id === moved.target);
  const href = pagePath(base, report.slug, moved.target);
  return {
    frame: reportFrame(base, report, {
      kind: 'moved',
      key: pageId,
      name: '本页已移动',
      description: `本页的内容现在在“${target?.label ?? moved.target}”。`,
      trail: [{ label: '本页已移动' }],
    }),
    target: { href, label: target?.label ?? moved.target },
    movedJson: dataPath(base, report.slug, 'moved.json'),
  };
}
