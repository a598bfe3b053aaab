/**
 * The corpus cases: each real report of `../shared/corpus/<slug>/` that has a gold file in
 * `tests/fixtures/corpus/<slug>.json`, parsed and scored. Node only (reads files); used by
 * tests/unit/corpus-gold.test.ts and `npm run corpus:score`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractMetrics } from '../metrics/extract.ts';
import { type GoldTarget, scoreTargets, type TargetScore } from '../metrics/evaluate-targets.ts';
import { extractTargets } from '../metrics/targets.ts';
import { compareStructure, type GoldStructure, structureOf } from './gold.ts';
import { parseReport } from './parse.ts';
import type { ReportModel } from './types.ts';

export const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
export const GOLD_DIR = resolve('tests/fixtures/corpus');

export interface CorpusCase {
  slug: string;
  text: string;
  year: number;
  gold: GoldStructure & { targets: GoldTarget[] };
}

export function corpusCases(): CorpusCase[] {
  if (!existsSync(CORPUS_DIR))
    throw new Error(
      `the corpus is not at ${CORPUS_DIR}: set CORPUS_DIR, or keep ../shared/corpus beside the repository`,
    );
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const slug = f.slice(0, -'.json'.length);
      const meta = JSON.parse(readFileSync(join(CORPUS_DIR, slug, 'meta.json'), 'utf8')) as { year: number };
      return {
        slug,
        text: readFileSync(join(CORPUS_DIR, slug, 'report.txt'), 'utf8'),
        year: meta.year,
        gold: JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as CorpusCase['gold'],
      };
    });
}

export interface CaseScore {
  model: ReportModel;
  structure: string[];
  targets: TargetScore;
  lossless: boolean;
}

export function scoreCase(c: CorpusCase): CaseScore {
  const model = parseReport(c.text);
  const metrics = extractMetrics(model, { year: c.year });
  const { year } = extractTargets(model, metrics, { year: c.year });
  const lineAt = (offset: number) => c.text.slice(0, offset).split(/\r\n|\r|\n/).length;
  return {
    model,
    structure: compareStructure(c.gold, structureOf(model)),
    targets: scoreTargets(year, c.gold.targets, (t) => lineAt(t.start)),
    lossless: model.segments.map((s) => c.text.slice(s.start, s.end)).join('') === c.text,
  };
}
