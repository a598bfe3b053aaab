/**
 * `npm run metrics:score`: extracts the seed's metrics and scores them against the hand
 * annotation in tests/fixtures/metrics/, printing precision, recall, field accuracy and every
 * miss, spurious metric and field mismatch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadReport, reportsDir } from '../src/model/load.ts';
import { extractMetrics } from '../src/metrics/extract.ts';
import { scoreMetrics, type GoldMetric } from '../src/metrics/evaluate.ts';

const GOLD_DIR = 'tests/fixtures/metrics';
const SUFFIX = '.annotated.json';

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const annotated = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith(SUFFIX))
  .map((f) => f.slice(0, -SUFFIX.length));
const slugs = positionals.length > 0 ? positionals : annotated;
for (const slug of slugs) {
  if (!annotated.includes(slug)) {
    console.error(`no annotation for ${slug}: annotated reports are ${annotated.join(', ')}`);
    process.exit(2);
  }
  scoreReport(slug, values.verbose);
}

function scoreReport(slug: string, verbose: boolean): void {
  const report = loadReport(reportsDir(), slug);
  const gold = JSON.parse(readFileSync(`${GOLD_DIR}/${slug}${SUFFIX}`, 'utf8')) as GoldMetric[];
  const metrics = extractMetrics(report.model, { year: report.meta.year });
  const score = scoreMetrics(metrics, gold);
  const certain = scoreMetrics(
    metrics,
    gold.filter((g) => !g.uncertain),
  );
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(
    `${slug}: ${score.extracted} extracted, ${score.gold} annotated (${score.gold - certain.gold} marked uncertain), ${score.matched} matched on sentence+value+unit`,
  );
  console.log(`all annotations:     precision ${pct(score.precision)}, recall ${pct(score.recall)}`);
  console.log(`certain annotations: recall ${pct(certain.recall)} (${certain.matched} of ${certain.gold})`);
  console.log(
    `accuracy over matched: ${Object.entries(score.accuracy)
      .map(([f, a]) => `${f} ${pct(a)}`)
      .join(', ')}`,
  );
  if (verbose) {
    for (const g of score.missed)
      console.log(
        `missed   ${g.sentenceId} ${g.text} → ${g.value} ${g.unit} ${g.relation}${g.uncertain ? ' (uncertain)' : ''}`,
      );
    for (const m of score.spurious)
      console.log(`spurious ${m.sentenceId} ${m.text} → ${m.value} ${m.unit} ${m.relation}`);
    for (const { field, gold: g, metric: m } of score.mismatches)
      console.log(
        `${field.padEnd(9)} ${m.sentenceId} ${g.text}: annotated ${g[field as keyof GoldMetric]}, extracted ${m[field as keyof typeof m]}`,
      );
  }
}
