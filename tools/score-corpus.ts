/**
 * `npm run corpus:score -- [slug …] [--verbose]`: parses each report of ../shared/corpus that has
 * a gold file in tests/fixtures/corpus/, and prints how its structure and year targets compare.
 */
import { parseArgs } from 'node:util';
import { type CorpusCase, corpusCases, scoreCase } from '../src/model/corpus.ts';

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const cases = corpusCases().filter((c: CorpusCase) => positionals.length === 0 || positionals.includes(c.slug));
let gold = 0;
let extracted = 0;
let matched = 0;
let exactFields = 0;
for (const c of cases) {
  const score = scoreCase(c);
  gold += score.targets.gold;
  extracted += score.targets.extracted;
  matched += score.targets.matched;
  exactFields += score.targets.mismatches.length;
  console.log(
    `${c.slug.padEnd(16)} structure ${score.structure.length === 0 ? 'matches' : `${score.structure.length} differences`}; ` +
      `targets ${score.targets.matched}/${score.targets.gold} found, ${score.targets.extracted} extracted, ${score.targets.mismatches.length} field mismatches; lossless ${score.lossless ? 'yes' : 'NO'}`,
  );
  if (values.verbose) {
    for (const d of score.structure) console.log(`    structure  ${d}`);
    for (const g of score.targets.missed) console.log(`    missed     ${g.line}: ${g.text}`);
    for (const t of score.targets.spurious) console.log(`    spurious   ${t.text}`);
    for (const m of score.targets.mismatches)
      console.log(
        `    ${m.field.padEnd(10)} ${m.gold.text}: gold ${JSON.stringify(m.gold[m.field])}, extracted ${JSON.stringify(m.target[m.field])}`,
      );
  }
}
const pct = (a: number, b: number) => `${((b === 0 ? 1 : a / b) * 100).toFixed(1)}%`;
console.log(
  `all: targets precision ${pct(matched, extracted)}, recall ${pct(matched, gold)} (${matched} of ${gold}), ${exactFields} field mismatches`,
);
