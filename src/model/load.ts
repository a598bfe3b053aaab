/**
 * The I/O edge of the pipeline: finds report folders, reads their files and hands the text to
 * the pure parser. Every problem becomes a `ReportInputError` whose message is one line,
 * `file:line: what is wrong`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeReport } from './decode.ts';
import { resolveMeta } from './front-meta.ts';
import { SLUG_PATTERN, validateMeta, type ReportMeta, type ReportMetaFile } from './metadata.ts';
import { type ParseOptions, parseReport } from './parse.ts';
import { parseDictionary, parseSynonyms } from '../text/dictionary.ts';
import type { ReportModel } from './types.ts';

export const REPORT_TEXT_FILE = 'report.txt';
export const REPORT_META_FILE = 'meta.json';
/** Optional: words jieba keeps whole, and query synonyms, for search. */
export const REPORT_DICTIONARY_FILE = 'dict.txt';
export const REPORT_SYNONYMS_FILE = 'synonyms.txt';
/** Optional: ids an earlier build published that now have other ids (src/model/moved.ts). */
export const REPORT_MOVED_FILE = 'moved.json';

export class ReportInputError extends Error {
  constructor(
    readonly file: string,
    /** 0-based; printed 1-based. */
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line + 1}: ${problem}`);
    this.name = 'ReportInputError';
  }
}

export interface LoadedReport {
  slug: string;
  meta: ReportMeta;
  /** Path of the text, relative to the working directory (for messages). */
  file: string;
  text: string;
  model: ReportModel;
  dictionary: ReturnType<typeof parseDictionary>;
  synonyms: Record<string, string[]>;
  /** Old id → new id, from moved.json. */
  moved: Record<string, string>;
}

/** `REPORTS_DIR` overrides where reports are found (tests build sites from fixture reports). */
export function reportsDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.REPORTS_DIR || 'content/reports');
}

/** Reads, decodes and parses one report text; throws `ReportInputError` on unusable input. */
export function readReportText(path: string, options: ParseOptions = {}): { text: string; model: ReportModel } {
  const file = displayPath(path);
  if (!existsSync(path)) throw new ReportInputError(file, 0, 'no such file');
  if (statSync(path).isDirectory()) throw new ReportInputError(file, 0, 'is a directory, not a text file');
  const decoded = decodeReport(readFileSync(path));
  if (!decoded.ok) throw new ReportInputError(file, decoded.line, decoded.message);
  const model = parseReport(decoded.text, options);
  const error = model.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new ReportInputError(file, error.line, error.message);
  return { text: decoded.text, model };
}

/** Every report folder under `dir`, sorted by slug; a folder is a report when it holds `report.txt`. */
export function loadReports(dir: string = reportsDir()): LoadedReport[] {
  if (!existsSync(dir))
    throw new ReportInputError(
      displayPath(dir),
      0,
      'reports folder not found (set REPORTS_DIR or create content/reports/<slug>/)',
    );
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, REPORT_TEXT_FILE)))
    .map((entry) => entry.name)
    .sort();
  if (slugs.length === 0)
    throw new ReportInputError(displayPath(dir), 0, `no report folders (each needs a ${REPORT_TEXT_FILE})`);
  return slugs.map((slug) => loadReport(dir, slug));
}

export function loadReport(dir: string, slug: string): LoadedReport {
  const folder = join(dir, slug);
  if (!SLUG_PATTERN.test(slug)) {
    throw new ReportInputError(
      displayPath(folder),
      0,
      'folder name must be lower-case ASCII words joined by hyphens (it becomes the URL)',
    );
  }
  const metaPath = join(folder, REPORT_META_FILE);
  const metaFile = readMeta(metaPath);
  const textPath = join(folder, REPORT_TEXT_FILE);
  const { text, model } = readReportText(textPath, { startsAt: metaFile.startsAt, endsAt: metaFile.endsAt });
  // The front matter fills what meta.json leaves out; a disagreement is a warning on the text's line.
  const resolved = resolveMeta(metaFile, model.front);
  const error = resolved.diagnostics.find((d) => d.severity === 'error');
  if (!resolved.meta || error)
    throw new ReportInputError(displayPath(metaPath), 0, error?.message ?? 'incomplete metadata');
  const meta = resolved.meta;
  model.diagnostics = [...model.diagnostics, ...resolved.diagnostics].sort((a, b) => a.line - b.line);
  const optional = (name: string) => (existsSync(join(folder, name)) ? readFileSync(join(folder, name), 'utf8') : '');
  return {
    slug,
    meta,
    file: displayPath(textPath),
    text,
    model,
    dictionary: parseDictionary(optional(REPORT_DICTIONARY_FILE)),
    synonyms: parseSynonyms(optional(REPORT_SYNONYMS_FILE)),
    moved: readMoved(join(folder, REPORT_MOVED_FILE)),
  };
}

function readMoved(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ReportInputError(displayPath(path), 0, 'not valid JSON');
  }
  if (
    !json ||
    typeof json !== 'object' ||
    Array.isArray(json) ||
    !Object.values(json).every((v) => typeof v === 'string')
  )
    throw new ReportInputError(displayPath(path), 0, 'must map old ids to new ids: { "<old id>": "<new id>" }');
  return json as Record<string, string>;
}

function readMeta(path: string): ReportMetaFile {
  const file = displayPath(path);
  if (!existsSync(path))
    throw new ReportInputError(file, 0, 'missing: every report folder needs a meta.json (see README)');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ReportInputError(file, 0, `not valid JSON: ${(error as Error).message}`);
  }
  const result = validateMeta(json);
  if (!result.ok) throw new ReportInputError(file, 0, `invalid metadata: ${result.problems.join('; ')}`);
  return result.meta;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}
