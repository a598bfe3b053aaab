/** The page at an old reading page's URL (src/site/moved.ts), as components/MovedPage.astro places it. */
import { movedPages } from './moved.ts';
import { readingPages } from './pages.ts';
import { reportFrame } from './report-frame.ts';
import type { SiteReport } from './reports.ts';
import { dataPath, pagePath } from './urls.ts';

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
