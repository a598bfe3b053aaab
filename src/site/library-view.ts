/**
 * The library home: every report, grouped by the level of its government, then by place, newest
 * year first, each with its date, speaker and headline target; and the choices of the filters
 * (src/client/library-filter.ts), which read and write `?level=&place=&year=`.
 */
import { LEVEL_LABEL, LEVEL_SHORT_LABEL, LEVELS, type Level } from '../model/level.ts';
import type { Target } from '../metrics/targets.ts';
import type { SiteReport } from './reports.ts';
import { reportPath } from './urls.ts';

export interface LibraryEntry {
  slug: string;
  href: string;
  title: string;
  year: number;
  delivered: string;
  /** `北京市市长 殷勇`, or the name alone when the office is not known. */
  speaker: string;
  /** The year's growth target as written (`地区生产总值增长5%左右`), when the report sets one. */
  headline: string | null;
  level: Level;
  place: string;
}

export interface LibraryPlace {
  place: string;
  entries: LibraryEntry[];
}

export interface LibraryGroup {
  level: Level;
  label: string;
  places: LibraryPlace[];
}

const GROWTH = /生产总值|GDP|经济增长|经济增速/i;

/** The year's economic growth target: the first target on GDP or growth with a figure. */
export function headlineTarget(targets: readonly Target[]): Target | null {
  return targets.find((t) => GROWTH.test(t.indicator) && (t.value !== null || t.low !== null)) ?? null;
}

export function libraryEntry(base: string, report: SiteReport): LibraryEntry {
  const { meta } = report;
  return {
    slug: report.slug,
    href: reportPath(base, report.slug),
    title: meta.title,
    year: meta.year,
    delivered: meta.delivered,
    speaker: [meta.speakerRole, meta.speaker].filter(Boolean).join(' '),
    headline: headlineTarget(report.targets.year)?.text ?? null,
    level: meta.level,
    place: meta.city,
  };
}

const byNewest = (a: LibraryEntry, b: LibraryEntry) =>
  b.year - a.year || b.delivered.localeCompare(a.delivered) || a.slug.localeCompare(b.slug);

/** Levels in order (national, province, city); places by their newest report, then by name. */
export function libraryGroups(entries: readonly LibraryEntry[]): LibraryGroup[] {
  return LEVELS.flatMap((level): LibraryGroup[] => {
    const own = entries.filter((e) => e.level === level).sort(byNewest);
    if (own.length === 0) return [];
    const places = [...new Set(own.map((e) => e.place))].map((place) => ({
      place,
      entries: own.filter((e) => e.place === place),
    }));
    return [{ level, label: LEVEL_LABEL[level], places }];
  });
}

export interface LibraryView {
  groups: LibraryGroup[];
  count: number;
  /** The filters' choices, in display order. */
  levels: { value: Level; label: string }[];
  places: string[];
  years: number[];
}

export function libraryView(base: string, reports: readonly SiteReport[]): LibraryView {
  const entries = reports.map((report) => libraryEntry(base, report));
  const groups = libraryGroups(entries);
  return {
    groups,
    count: entries.length,
    levels: groups.map((g) => ({ value: g.level, label: LEVEL_SHORT_LABEL[g.level] })),
    places: groups.flatMap((g) => g.places.map((p) => p.place)),
    years: [...new Set(entries.map((e) => e.year))].sort((a, b) => b - a),
  };
}
