/**
 * The fixture folders of tests/fixtures/ (see its README), found by listing them, so that every
 * fixture on disk is read by a test and none is listed by hand:
 *
 * - `parse/<name>/input.txt` + `expected.json`: a report text and the summary of its model
 *   (`summarizeModel`), checked by tests/unit/fixtures.test.ts; the CLI and the build must print
 *   its diagnostics (tests/build/);
 * - `bad/<name>/input.txt` + `expected.json`: input the CLI and the build must refuse with one
 *   `file:line: message` line (`error`) or accept with exactly these warnings (`warnings`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paragraph, ReportModel } from '../../src/model/types.ts';
import { PROJECT_ROOT } from './build.ts';

export const FIXTURES_DIR = join(PROJECT_ROOT, 'tests', 'fixtures');
export const PARSE_FIXTURES_DIR = join(FIXTURES_DIR, 'parse');
export const BAD_FIXTURES_DIR = join(FIXTURES_DIR, 'bad');

/** The folders of `dir`, sorted; each must hold exactly input.txt and expected.json. */
function fixtureFolders(dir: string): string[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    const files = readdirSync(join(dir, name)).sort();
    if (files.join(' ') !== 'expected.json input.txt')
      throw new Error(`${join(dir, name)}: expected input.txt and expected.json, found ${files.join(', ')}`);
  }
  return names;
}

/** Names of the parse fixtures (folders of tests/fixtures/parse/). */
export const parseFixtureNames = (): string[] => fixtureFolders(PARSE_FIXTURES_DIR);

/** Path of a parse fixture's text, relative to the project (as the CLI prints it). */
export const parseFixturePath = (name: string): string => `tests/fixtures/parse/${name}/input.txt`;

export function parseFixtureText(name: string): string {
  const path = join(PARSE_FIXTURES_DIR, name, 'input.txt');
  if (!existsSync(path)) throw new Error(`no parse fixture “${name}”`);
  return readFileSync(path, 'utf8');
}

export function parseFixtureExpected(name: string): ModelSummary {
  return JSON.parse(readFileSync(join(PARSE_FIXTURES_DIR, name, 'expected.json'), 'utf8')) as ModelSummary;
}

/** What a bad fixture's expected.json says: one error line, or the warnings (as patterns). */
export interface BadExpectation {
  /** 1-based line (null: any) and a pattern for the message of the one error line. */
  error?: { line: number | null; message: string };
  /** Patterns for the warnings, each matched against `<line>: warning: <message>`. */
  warnings?: string[];
}

export interface BadFixture {
  name: string;
  /** Relative to the project. */
  path: string;
  expected: BadExpectation;
}

export function badFixtures(): BadFixture[] {
  return fixtureFolders(BAD_FIXTURES_DIR).map((name) => ({
    name,
    path: `tests/fixtures/bad/${name}/input.txt`,
    expected: JSON.parse(readFileSync(join(BAD_FIXTURES_DIR, name, 'expected.json'), 'utf8')) as BadExpectation,
  }));
}

interface ParagraphSummary {
  id: string;
  line: number;
  lead: string | null;
  sentences: string[];
}

interface HeadingSummary {
  text: string;
  title: string;
  line: number;
}

/** Everything a reader of a fixture's model cares about, in a form that reads well as JSON. */
export interface ModelSummary {
  front: {
    lines: Array<{ id: string; kind: string; line: number; text: string }>;
    opening: ParagraphSummary[];
  };
  parts: Array<{
    id: string;
    kind: string;
    ordinal: number | null;
    heading: HeadingSummary | null;
    intro: ParagraphSummary[];
    sections: Array<{
      id: string;
      ordinal: number;
      marker: string;
      heading: HeadingSummary | null;
      paragraphs: ParagraphSummary[];
    }>;
    closing: ParagraphSummary[];
  }>;
  closing: ParagraphSummary[];
  appendices: Array<{
    id: string;
    kind: string;
    label: HeadingSummary | null;
    heading: HeadingSummary | null;
    intro: ParagraphSummary[];
    groups: Array<{ id: string; heading: HeadingSummary | null }>;
    entries: Array<ParagraphSummary & { term: string | null; groupId: string | null }>;
  }>;
  trailing: Array<{ id: string; line: number; text: string }>;
  declarations: ReportModel['declarations'];
  coverage: ReportModel['coverage'];
  diagnostics: ReportModel['diagnostics'];
  /** The text of every separator segment, in order: the blanks the parser left between nodes. */
  separators: string[];
  stats: ReportModel['stats'];
}

const paragraph = (p: Paragraph): ParagraphSummary => ({
  id: p.id,
  line: p.source.line,
  lead: p.lead?.text ?? null,
  sentences: p.sentences.map((s) => s.text),
});

const heading = (h: { text: string; title: string; source: { line: number } } | null): HeadingSummary | null =>
  h && { text: h.text, title: h.title, line: h.source.line };

export function summarizeModel(text: string, model: ReportModel): ModelSummary {
  return {
    front: {
      lines: model.front.lines.map((l) => ({ id: l.id, kind: l.kind, line: l.source.line, text: l.text })),
      opening: model.front.opening.map(paragraph),
    },
    parts: model.parts.map((part) => ({
      id: part.id,
      kind: part.kind,
      ordinal: part.ordinal,
      heading: heading(part.heading),
      intro: part.intro.map(paragraph),
      sections: part.sections.map((s) => ({
        id: s.id,
        ordinal: s.ordinal,
        marker: s.marker,
        heading: heading(s.heading),
        paragraphs: s.paragraphs.map(paragraph),
      })),
      closing: part.closing.map(paragraph),
    })),
    closing: model.closing.map(paragraph),
    appendices: model.appendices.map((a) => ({
      id: a.id,
      kind: a.kind,
      label: heading(a.label),
      heading: heading(a.heading),
      intro: a.intro.map(paragraph),
      groups: a.groups.map((g) => ({ id: g.id, heading: heading(g.heading) })),
      entries: a.entries.map((e) => ({ ...paragraph(e), term: e.term, groupId: e.groupId })),
    })),
    trailing: model.trailing.map((l) => ({ id: l.id, line: l.source.line, text: l.text })),
    declarations: model.declarations,
    coverage: model.coverage,
    diagnostics: model.diagnostics,
    separators: model.segments.filter((s) => s.kind === 'separator').map((s) => text.slice(s.start, s.end)),
    stats: model.stats,
  };
}

/** JSON with the invisible blanks (U+3000, U+00A0, U+FEFF, U+200B) escaped, so a reader sees them. */
export function summaryJson(summary: ModelSummary): string {
  return `${JSON.stringify(summary, null, 2).replace(/[\u3000\u00a0\ufeff\u200b]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
