/**
 * `/targets/`: for each year, the main targets of every government that reported for it, an
 * indicator a row and a government a column, as the reports write them; and a chart of the growth
 * targets. Reports are in the library's order (level, place, newest first).
 */
import { targetsChart, type TargetDatum } from '../charts/targets.ts';
import type { Scene } from '../charts/scene.ts';
import {
  INDICATOR_ORDER,
  type LibraryTarget,
  type TargetSource,
  indicatorKey,
  libraryTargets,
} from '../metrics/library-targets.ts';
import { type LibraryEntry, libraryEntry, libraryGroups } from './library-view.ts';
import type { SiteReport } from './reports.ts';

export interface TargetsYear {
  year: number;
  governments: LibraryEntry[];
  rows: { key: string; cells: LibraryTarget[][] }[];
  /** The growth targets, one bar a government. */
  growth: Scene;
}

/** A bar for a growth target: its figure, a range drawn to its upper end and labelled as written. */
function growthDatum(entry: LibraryEntry, target: LibraryTarget): TargetDatum | null {
  const value = target.value ?? target.high;
  if (value === null || target.unit !== '%') return null;
  const range = target.low !== null && target.high !== null ? `${target.low}%—${target.high}%` : null;
  return {
    id: `${entry.slug}-growth`,
    indicator: entry.place,
    value,
    unit: '%',
    displayValue: range ?? `${value}%`,
    qualifier: target.qualifier,
    href: target.url,
    period: String(target.year),
    baseline: null,
  };
}

/** What the targets data reads of each report, in the library's order (level, place, newest first). */
export function targetSources(base: string, reports: readonly SiteReport[]): TargetSource[] {
  const bySlug = new Map(reports.map((r) => [r.slug, r]));
  return libraryGroups(reports.map((r) => libraryEntry(base, r)))
    .flatMap((g) => g.places.flatMap((p) => p.entries))
    .flatMap((entry) => {
      const report = bySlug.get(entry.slug);
      if (!report) return [];
      const { slug, metrics, targets } = report;
      return [{ slug, place: entry.place, level: entry.level, year: entry.year, metrics, targets }];
    });
}

export function targetsView(base: string, reports: readonly SiteReport[]): TargetsYear[] {
  const entries = libraryGroups(reports.map((r) => libraryEntry(base, r))).flatMap((g) =>
    g.places.flatMap((p) => p.entries),
  );
  const targets = libraryTargets(base, targetSources(base, reports));
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const governments = entries.filter((e) => e.year === year);
    const own = targets.filter((t) => t.year === year);
    const keys = INDICATOR_ORDER.filter((key) => own.some((t) => indicatorKey(t.indicator) === key));
    const rows = keys.map((key) => ({
      key,
      cells: governments.map((g) => own.filter((t) => t.report === g.slug && indicatorKey(t.indicator) === key)),
    }));
    const growth = governments.flatMap((g) => {
      const first = rows[0]?.key === '经济增长（生产总值）' ? rows[0].cells[governments.indexOf(g)]?.[0] : undefined;
      const datum = first ? growthDatum(g, first) : null;
      return datum ? [datum] : [];
    });
    return {
      year,
      governments,
      rows,
      growth: targetsChart(growth, { label: `${year}年各地经济增长目标条形图，共 ${growth.length} 项` }),
    };
  });
}
