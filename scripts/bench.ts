/**
 * `npm run bench`: prints performance figures (never asserted in tests).
 *   - parse time of each report text: median and p95 of many runs after a warm-up;
 *   - site build time: median of a few full `astro build` runs.
 * Options: --runs N (parse runs, default 200), --builds N (default 3), --no-build.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { loadReports } from '../src/report/load.ts';
import { parseReport } from '../src/report/parse.ts';

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
