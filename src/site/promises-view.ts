/**
 * Last year's promises on a report's overview: the targets this report set and what the next
 * year's report says of them, or the targets last year's report set and what this one says.
 */
import type { LibraryTarget } from '../metrics/library-targets.ts';
import { libraryTargets } from '../metrics/library-targets.ts';
import { VERDICT_LABEL } from './labels.ts';
import { getReports } from './reports.ts';
import { targetSources } from './targets-view.ts';
import { reportPath } from './urls.ts';

export interface PromiseRow {
  target: LibraryTarget;
  /** The figure the later report gives, linked, or null when it says nothing of it. */
  outcome: { text: string; href: string } | null;
  verdict: string;
  verdictClass: string;
}

export interface Promises {
  /** The report that set the targets and the one that reports on them. */
  setBy: { title: string; href: string; year: number };
  reportedBy: { title: string; href: string; year: number };
  rows: PromiseRow[];
}

const rowOf = (target: LibraryTarget): PromiseRow => ({
  target,
  outcome: target.outcome?.text && target.outcome.url ? { text: target.outcome.text, href: target.outcome.url } : null,
  verdict: VERDICT_LABEL[target.outcome?.verdict ?? 'not-reported'],
  verdictClass: `verdict-${target.outcome?.verdict ?? 'not-reported'}`,
});

/** The pairs a report is part of: [its own targets judged by the next report, last year's judged by it]. */
const cache = new Map<string, LibraryTarget[]>();

export function promisesOf(base: string, slug: string): Promises[] {
  const reports = getReports();
  // Every overview asks: the library's targets are read once per build.
  const targets = cache.get(base) ?? libraryTargets(base, targetSources(base, reports));
  cache.set(base, targets);
  const about = (s: string) => {
    const report = reports.find((r) => r.slug === s);
    return report ? { title: report.meta.title, href: reportPath(base, s), year: report.meta.year } : null;
  };
  const pairs: Promises[] = [];
  const own = targets.filter((t) => t.report === slug && t.outcome);
  const next = own[0]?.outcome?.report;
  const self = about(slug);
  if (self && next) {
    const later = about(next);
    if (later) pairs.push({ setBy: self, reportedBy: later, rows: own.map(rowOf) });
  }
  const judged = targets.filter((t) => t.outcome?.report === slug);
  const previous = judged[0]?.report;
  if (self && previous) {
    const earlier = about(previous);
    if (earlier) pairs.push({ setBy: earlier, reportedBy: self, rows: judged.map(rowOf) });
  }
  return pairs;
}
