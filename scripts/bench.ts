/**
 * `npm run bench`: prints performance figures (never asserted in tests).
 *   - parse time of each report text: median and p95 of many runs after a warm-up;
 *   - site build time: median of a few full `astro build` runs.
 *   - search: index build time and size, query latency over a query set made from the text.
 * Options: --runs N (parse runs, default 200), --builds N (default 3), --no-build, --no-search.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadReports, type LoadedReport } from '../src/report/load.ts';
import { parseReport } from '../src/report/parse.ts';
import { createSearchEngine } from '../src/search/engine.ts';
import { reportSearchIndex } from '../src/site/search.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const runs = option('--runs', 200);
const builds = option('--builds', 3);
const ms = (n: number) => `${n.toFixed(2)} ms`;

console.log(`node ${process.version}, ${runs} parse runs, ${builds} builds`);
for (const report of loadReports()) {
  for (let i = 0; i < 20; i++) parseReport(report.text); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    parseReport(report.text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  console.log(
    `parse ${report.slug}: median ${ms(median)}, p95 ${ms(quantile(times, 0.95))}, min ${ms(times[0] ?? NaN)} ` +
      `(${report.text.length} characters, ${((median * 1e6) / report.text.length).toFixed(0)} ns/character; goal < 20 ms)`,
  );
}

/** A query set built from the report itself: substrings, vocabulary words, pinyin, typos, several words. */
function querySet(index: ReturnType<typeof reportSearchIndex>): string[] {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const queries: string[] = [];
  for (let i = 0; i < 100; i++) {
    const text = pick(index.units)[3];
    const length = 1 + Math.floor(random() * 6);
    const start = Math.floor(random() * Math.max(1, text.length - length));
    queries.push(text.slice(start, start + length));
  }
  const words = index.terms.filter(([t]) => t.length >= 2).slice(0, 200);
  for (let i = 0; i < 50; i++) queries.push(pick(words)[0]);
  for (let i = 0; i < 25; i++) queries.push(pick(words)[2], pick(words)[3]);
  for (let i = 0; i < 25; i++) {
    const word = pick(words.filter(([t]) => t.length >= 4))[0];
    const at = Math.floor(random() * word.length);
    queries.push(word.slice(0, at) + '啊' + word.slice(at + 1)); // a typo
  }
  for (let i = 0; i < 25; i++) queries.push(`${pick(words)[0]} ${pick(words)[0]}`);
  return queries;
}

function benchSearch(report: LoadedReport): void {
  const started = performance.now();
  const index = reportSearchIndex(report);
  const built = performance.now() - started;
  const json = JSON.stringify(index);
  const engine = createSearchEngine(index);
  const queries = querySet(index);
  for (const q of queries) engine.search(q); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now();
      engine.search(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  console.log(
    `search ${report.slug}: index built in ${built.toFixed(0)} ms, ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB (${(gzipSync(json).length / 1024).toFixed(1)} KB gzip), ` +
      `${index.units.length} units, ${index.terms.length} terms; ${queries.length} queries × 5: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} (goal p95 ≤ 2 ms)`,
  );
}

if (!process.argv.includes('--no-search')) for (const report of loadReports()) benchSearch(report);

if (!process.argv.includes('--no-build')) {
  const times: number[] = [];
  for (let i = 0; i < builds; i++) {
    const started = performance.now();
    const result = spawnSync('npx', ['astro', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) {
      console.error(`astro build failed (exit ${result.status})`);
      process.exit(1);
    }
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`build: median ${(quantile(times, 0.5) / 1000).toFixed(2)} s over ${builds} runs (min ${((times[0] ?? NaN) / 1000).toFixed(2)} s)`);
}
