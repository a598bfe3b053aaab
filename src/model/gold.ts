/**
 * The structure gold of tests/fixtures/corpus/ (schema in its README): what people reading a
 * report marked, and the same view of a parsed model, so the two can be compared field by field.
 * Line numbers are 1-based, as the gold files count them.
 */
import { foldWidth } from '../text/fold.ts';
import type { ReportModel } from './types.ts';

export interface GoldStructure {
  front: { line: number; kind: string }[];
  parts: {
    line: number;
    heading: string;
    role: string;
    sections: { line: number; marker: string; glued: boolean }[];
    closingLines: number[];
  }[];
  closing: number[];
  appendices: {
    line: number;
    label: string | null;
    heading: string;
    kind: string;
    groups: { line: number; heading: string }[];
    entries: { line: number; term: string }[];
  }[];
  trailing: number[];
}

const lineOf = (node: { source: { line: number } }) => node.source.line + 1;

/** The model seen as the gold sees a report. */
export function structureOf(model: ReportModel): GoldStructure {
  return {
    front: [
      ...model.front.lines.map((l) => ({ line: lineOf(l), kind: l.kind as string })),
      ...model.front.opening.map((p) => ({ line: lineOf(p), kind: 'opening' })),
    ],
    parts: model.parts
      .filter((part) => part.heading !== null)
      .map((part) => ({
        line: lineOf(part.heading as { source: { line: number } }),
        heading: part.heading?.text ?? '',
        role: part.kind,
        sections: part.sections.flatMap((s) =>
          s.heading
            ? [
                {
                  line: lineOf(s.heading),
                  marker: s.marker,
                  glued: s.paragraphs[0]?.source.line === s.heading.source.line,
                },
              ]
            : [],
        ),
        closingLines: part.closing.map(lineOf),
      })),
    closing: model.closing.map(lineOf),
    appendices: model.appendices.map((a) => ({
      line: lineOf(a.label ?? a.heading ?? a.entries[0] ?? { source: { line: -1 } }),
      label: a.label?.text ?? null,
      heading: a.heading?.text ?? '',
      kind: a.kind,
      groups: a.groups.map((g) => ({ line: lineOf(g.heading), heading: g.heading.text })),
      entries: a.entries.map((e) => ({ line: lineOf(e), term: e.term ?? '' })),
    })),
    trailing: model.trailing.map(lineOf),
  };
}

/** Every way the model differs from the gold, one line each; empty when they agree. */
export function compareStructure(gold: GoldStructure, actual: GoldStructure): string[] {
  const out: string[] = [];
  const same = (what: string, g: unknown, a: unknown) => {
    if (JSON.stringify(g) !== JSON.stringify(a))
      out.push(`${what}: gold ${JSON.stringify(g)}, parsed ${JSON.stringify(a)}`);
  };
  same(
    'front',
    gold.front.map((f) => `${f.line}:${f.kind}`),
    actual.front.map((f) => `${f.line}:${f.kind}`),
  );
  same(
    'parts',
    gold.parts.map((p) => `${p.line}:${p.role}:${p.heading}`),
    actual.parts.map((p) => `${p.line}:${p.role}:${p.heading}`),
  );
  for (const g of gold.parts) {
    const a = actual.parts.find((p) => p.line === g.line);
    if (!a) continue;
    same(
      `part ${g.line} sections`,
      g.sections.map((s) => `${s.line}:${foldWidth(s.marker)}${s.glued ? '+' : ''}`),
      a.sections.map((s) => `${s.line}:${foldWidth(s.marker)}${s.glued ? '+' : ''}`),
    );
    same(`part ${g.line} closing lines`, g.closingLines, a.closingLines);
  }
  same('closing', gold.closing, actual.closing);
  same(
    'appendices',
    gold.appendices.map((x) => `${x.line}:${x.kind}:${x.label ?? ''}:${x.heading}`),
    actual.appendices.map((x) => `${x.line}:${x.kind}:${x.label ?? ''}:${x.heading}`),
  );
  for (const g of gold.appendices) {
    const a = actual.appendices.find((x) => x.line === g.line);
    if (!a) continue;
    same(
      `appendix ${g.line} groups`,
      g.groups.map((x) => x.line),
      a.groups.map((x) => x.line),
    );
    // Glossary terms are compared as written; list items by line (their "term" is a reader's summary).
    const entry = (e: { line: number; term: string }) => (g.kind === 'glossary' ? `${e.line}:${e.term}` : `${e.line}`);
    same(`appendix ${g.line} entries`, g.entries.map(entry), a.entries.map(entry));
  }
  same('trailing', gold.trailing, actual.trailing);
  return out;
}
