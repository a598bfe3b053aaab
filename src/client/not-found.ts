/**
 * The 404 page: when the unknown URL carries a node id (`#review-s4-p3-s2`), offer the page that
 * holds that id now. Ids are positional and stable (see /about/), and an id names its page
 * (src/model/ids.ts: `review-s4-p3-s2` is on `review-s4`; front lines are on the overview).
 * The reports' pages come from the JSON the page embeds (src/site/not-found.ts).
 */
import { isFrontId, pageIdOf } from '../model/ids.ts';

export interface ReportPagesData {
  slug: string;
  title: string;
  /** The overview's path, base included, ending in `/`. */
  overview: string;
  pages: { id: string; label: string }[];
}

export interface CandidateLink {
  href: string;
  text: string;
}

/** Only ids of the scheme's alphabet are looked up; anything else offers nothing. */
const ID_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The pages that may hold `id`. Reports whose slug the path names come first; without one, every
 * report is a candidate.
 */
export function candidateLinks(reports: readonly ReportPagesData[], pathname: string, id: string): CandidateLink[] {
  if (!ID_SHAPE.test(id)) return [];
  const named = reports.filter((r) => pathname.split('/').includes(r.slug));
  const pageId = pageIdOf(id);
  return (named.length > 0 ? named : reports).flatMap((r) => {
    const page = r.pages.find((p) => p.id === pageId);
    if (page) return [{ href: `${r.overview}${pageId}/#${id}`, text: `${r.title} · ${page.label}` }];
    if (isFrontId(id)) return [{ href: `${r.overview}#${id}`, text: `${r.title} · 概览` }];
    return [];
  });
}

/** The id in a location hash, or '' when there is none or it is malformed. */
export function hashId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

function offerCandidates(): void {
  const box = document.querySelector<HTMLElement>('[data-old-link]');
  const data = document.getElementById('report-pages')?.textContent;
  if (!box || !data) return;
  const id = hashId(location.hash);
  const links = candidateLinks(JSON.parse(data) as ReportPagesData[], location.pathname, id);
  const code = box.querySelector('[data-old-id]');
  const list = box.querySelector('[data-candidates]');
  if (links.length === 0 || !code || !list) return;
  code.textContent = `#${id}`;
  for (const link of links) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  box.hidden = false;
  document.querySelector<HTMLElement>('[data-id-tip]')?.setAttribute('hidden', '');
}

// Unit tests import the pure functions above without a document.
if (typeof document !== 'undefined') offerCandidates();
