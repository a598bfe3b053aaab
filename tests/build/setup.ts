/**
 * Vitest globalSetup of tests/build/: builds every scenario of scenarios.ts once, before any test
 * file runs, at most TEST_BUILD_JOBS (default 2) at a time, each in its own workspace under
 * `.cache/test-builds/run-*` (removed at the end unless KEEP_TEST_BUILDS=1), and provides the
 * results to the test files. A build that fails is a result too: the tests say what went wrong.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, copyProject, PROJECT_ROOT, type SiteBuild, TEST_BUILDS_DIR } from '../support/build.ts';
import { type Scenario, scenarios } from './scenarios.ts';
import { decodeReport } from '../../src/model/decode.ts';
import { frontFacts } from '../../src/model/front-meta.ts';
import { parseReport } from '../../src/model/parse.ts';

const META = readFileSync(join(PROJECT_ROOT, 'content/reports/chengdu-2026/meta.json'), 'utf8');

/**
 * The seed's meta.json with the report's title, less what the report's own front matter states
 * (its date, meeting, speaker): a meta.json says what the text does not, so no field disagrees.
 */
function metaFor(bytes: Uint8Array, title: string): Record<string, unknown> {
  const meta: Record<string, unknown> = { ...JSON.parse(META), title };
  const decoded = decodeReport(bytes);
  if (decoded.ok) for (const field of Object.keys(frontFacts(parseReport(decoded.text).front))) delete meta[field];
  return meta;
}

async function buildScenario(runDir: string, scenario: Scenario): Promise<SiteBuild> {
  const projectDir = copyProject(join(runDir, scenario.name));
  const env = { ...scenario.env };
  if (scenario.reports) {
    const reportsDir = join(projectDir, 'reports');
    for (const report of scenario.reports) {
      const folder = join(reportsDir, report.slug);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'report.txt'), report.bytes());
      writeFileSync(join(folder, 'meta.json'), JSON.stringify(metaFor(report.bytes(), report.title)));
    }
    env.REPORTS_DIR = reportsDir;
  }
  const build = await buildSite(projectDir, env, { verbose: scenario.verbose ?? false });
  console.log(`test build ${scenario.name}: exit ${build.status}, ${(build.ms / 1000).toFixed(1)} s`);
  return build;
}

/** Runs `tasks` with at most `jobs` at once, keeping their order in the result. */
async function pooled<T>(tasks: Array<() => Promise<T>>, jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(TEST_BUILDS_DIR, { recursive: true });
  const runDir = mkdtempSync(join(TEST_BUILDS_DIR, 'run-'));
  const started = Date.now();
  const list = scenarios();
  const builds = await pooled(
    list.map((scenario) => () => buildScenario(runDir, scenario)),
    Number(process.env.TEST_BUILD_JOBS) || 2,
  );
  console.log(`test builds: ${list.length} in ${((Date.now() - started) / 1000).toFixed(1)} s (${runDir})`);
  project.provide('siteBuilds', Object.fromEntries(list.map((scenario, i) => [scenario.name, builds[i] as SiteBuild])));
  return () => {
    if (!process.env.KEEP_TEST_BUILDS) rmSync(runDir, { recursive: true, force: true });
  };
}
