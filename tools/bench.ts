/**
 * `npm run bench`: prints performance figures (never asserted in tests).
 *   - parse time of each report text: median and p95 of many runs after a warm-up;
 *   - site build time: median of a few full `astro build` runs.
 *   - search: index build time and size, query latency over a query set made from the text.
 *   - with --scale: sites of 1, 4 and 16 reports (copies of the first report under other slugs, in
 *     .cache/bench/): per report, parse time, search index build time, site build time and index
 *     size, the build cost per character, and a check that a page of the 16-report site loads
 *     only its own report's search index.
 * Options: --runs N (parse runs, default 200), --builds N (default 3), --no-build, --no-search,
 * --scale (adds the scale runs), --only-scale (only those).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { loadReports, type LoadedReport } from '../src/model/load.ts';
import { parseReport } from '../src/model/parse.ts';
import { createSearchEngine } from '../src/search/engine.ts';
import { reportSearchIndex } from '../src/search/report.ts';

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

const onlyScale = process.argv.includes('--only-scale');
console.log(`node ${process.version}, ${runs} parse runs, ${builds} builds`);
for (const report of onlyScale ? [] : loadReports()) {
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
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
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
    queries.push(`${word.slice(0, at)}啊${word.slice(at + 1)}`); // a typo
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

if (!onlyScale && !process.argv.includes('--no-search')) for (const report of loadReports()) benchSearch(report);

if (!onlyScale && !process.argv.includes('--no-build')) {
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
  console.log(
    `build: median ${(quantile(times, 0.5) / 1000).toFixed(2)} s over ${builds} runs (min ${((times[0] ?? NaN) / 1000).toFixed(2)} s)`,
  );
}

/** The search index URLs a built page can load: its search form's, and any in its HTML. */
function searchIndexUrls(html: string): { formSlugs: string[]; formIndexes: string[]; inPage: string[] } {
  const out = { formSlugs: [] as string[], formIndexes: [] as string[], inPage: [] as string[] };
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if ('tagName' in node) {
      const attrs = new Map(node.attrs.map((a) => [a.name, a.value]));
      if (node.tagName === 'form' && attrs.has('data-search-box')) {
        out.formSlugs.push(attrs.get('data-slug') ?? '');
        const base = attrs.get('data-base') ?? '/';
        out.formIndexes.push(
          attrs.get('data-index') ?? `${base}data/${attrs.get('data-slug') ?? ''}/search-index.json`,
        ); // as src/client/search-client.ts targetOf
      }
      for (const value of attrs.values()) if (value.includes('search-index')) out.inPage.push(value);
    }
    if (node.nodeName === '#text' && 'value' in node)
      for (const m of node.value.matchAll(/[\w/.-]*search-index[\w.-]*/g)) out.inPage.push(m[0]);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return out;
}

function benchScale(): void {
  const seed = loadReports()[0];
  if (!seed) return;
  const seedDir = resolve('content/reports', seed.slug);
  const root = resolve('.cache', 'bench'); // inside the project: see tests/support/build.ts
  rmSync(root, { recursive: true, force: true });
  console.log(
    `\nscale: sites of 1, 4 and 16 copies of ${seed.slug} (${seed.text.length} characters each), built into ${root}`,
  );
  let lastDist = '';
  let lastSlugs: string[] = [];
  for (const n of [1, 4, 16]) {
    const reportsDir = join(root, `reports-${n}`);
    const slugs = Array.from({ length: n }, (_, i) => (i === 0 ? seed.slug : `copy-${String(i + 1).padStart(2, '0')}`));
    for (const [i, slug] of slugs.entries()) {
      cpSync(seedDir, join(reportsDir, slug), { recursive: true });
      const meta = JSON.parse(readFileSync(join(seedDir, 'meta.json'), 'utf8'));
      if (i > 0)
        writeFileSync(
          join(reportsDir, slug, 'meta.json'),
          JSON.stringify({ ...meta, title: `${meta.title}（副本${i + 1}）` }),
        );
    }
    const reports = loadReports(reportsDir);
    const characters = reports.reduce((sum, r) => sum + r.text.length, 0);

    const parseTimes: number[] = [];
    for (let run = 0; run < 20; run++) {
      const started = performance.now();
      for (const report of reports) parseReport(report.text);
      parseTimes.push(performance.now() - started);
    }
    parseTimes.sort((a, b) => a - b);
    const indexTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      for (const report of reports) reportSearchIndex(report);
      indexTimes.push(performance.now() - started);
    }
    indexTimes.sort((a, b) => a - b);

    const dist = join(root, `dist-${n}`);
    const started = performance.now();
    const env = { ...process.env, REPORTS_DIR: reportsDir };
    const result = spawnSync('node_modules/.bin/astro', ['build', '--silent', '--outDir', dist], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const buildMs = performance.now() - started;
    if (result.status !== 0) {
      console.error(`astro build of the ${n}-report site failed (exit ${result.status})`);
      process.exit(1);
    }
    const indexBytes = slugs.map((slug) => statSync(join(dist, 'data', slug, 'search-index.json')).size);
    const indexGzip = slugs.map((slug) => gzipSync(readFileSync(join(dist, 'data', slug, 'search-index.json'))).length);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `${String(n).padStart(2)} report${n === 1 ? ' ' : 's'}: parse ${ms(quantile(parseTimes, 0.5) / n)}/report, ` +
        `search index ${ms(quantile(indexTimes, 0.5) / n)}/report, build ${(buildMs / 1000).toFixed(2)} s = ${(buildMs / n / 1000).toFixed(2)} s/report, ` +
        `${((buildMs * 1000) / characters).toFixed(1)} µs/character (${characters} characters), ` +
        `index ${(avg(indexBytes) / 1024).toFixed(1)} KB/report (${(avg(indexGzip) / 1024).toFixed(1)} KB gzip), ${readdirSync(join(dist, 'data')).length} data folders`,
    );
    lastDist = dist;
    lastSlugs = slugs;
  }

  // Which search index does a page of the 16-report site load? Its search form names its own
  // report (data-slug); the script builds the index URL from that (src/client/search-client.ts).
  let pagesChecked = 0;
  const wrong: string[] = [];
  for (const slug of lastSlugs) {
    for (const entry of readdirSync(join(lastDist, slug), { withFileTypes: true })) {
      const file = join(lastDist, slug, entry.name, 'index.html');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const { formSlugs, formIndexes, inPage } = searchIndexUrls(readFileSync(file, 'utf8'));
      pagesChecked++;
      const own = `/data/${slug}/search-index.json`;
      if (
        formSlugs.length === 0 ||
        formSlugs.some((s) => s !== slug) ||
        formIndexes.some((u) => u !== own) ||
        inPage.some((u) => !u.endsWith(own) && u !== 'search-index')
      ) {
        wrong.push(
          `${slug}/${entry.name}/: forms ${JSON.stringify(formSlugs)}, indexes ${JSON.stringify(formIndexes)}, in page ${JSON.stringify(inPage)}`,
        );
      }
    }
  }
  const scripts = readdirSync(join(lastDist, '_astro')).filter((f) => f.endsWith('.js'));
  const hardCoded = scripts.filter((f) =>
    lastSlugs.some((slug) => readFileSync(join(lastDist, '_astro', f), 'utf8').includes(`${slug}/search-index`)),
  );
  const sample = join(lastDist, lastSlugs.at(-1) ?? '', 'review-s3', 'index.html');
  const shown = existsSync(sample) ? searchIndexUrls(readFileSync(sample, 'utf8')) : null;
  console.log(
    `16-report site: ${lastSlugs.at(-1)}/review-s3/ has search form data-slug=${JSON.stringify(shown?.formSlugs)} → loads ${JSON.stringify(shown?.formIndexes)}; ` +
      `${pagesChecked} report pages checked, ${wrong.length} naming another report's index; ${scripts.length} scripts, ${hardCoded.length} with a report's index URL hard-coded`,
  );
  for (const line of wrong.slice(0, 5)) console.log(`  wrong: ${line}`);
  if (wrong.length > 0 || hardCoded.length > 0) process.exitCode = 1;
}

if (process.argv.includes('--scale') || onlyScale) benchScale();
