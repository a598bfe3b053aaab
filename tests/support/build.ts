/**
 * Builds the real site into a folder of its own (never `dist/`), with SITE/BASE/REPORTS_DIR from
 * `env`, as tests/unit/site-build.test.ts does: about 6 s for the seed on an idle machine.
 *
 * `sharedBuild(name, env)` builds once per test run for all the test files that ask for the same
 * name (links.test.ts and budgets.test.ts both check the default build): the first file to ask
 * builds, the others wait for it. The folder is keyed by the Vitest run (the worker's parent
 * process) and removed by a later run once that process is gone.
 *
 * Shared builds go to `.cache/test-builds/` inside the project, not the system temp folder: given
 * an outDir outside the project, Astro writes its server chunks to the project's `.astro/` and
 * then deletes that folder, so two such builds at once break each other (“Cannot find module
 * .astro/renderers.mjs”) and `.astro/types.d.ts` (which `tsc` needs) goes too. Inside the project
 * each build keeps its chunks in its own outDir.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Vitest puts Vite's env (BASE_URL=/, MODE=test, NODE_ENV=test, …) into process.env; a build that
// inherits BASE_URL renders its page links without BASE (Astro reads import.meta.env.BASE_URL
// from the environment), so none of them is passed on.
const VITE_ENV = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'NODE_ENV',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
];

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function buildEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const key of VITE_ENV) delete merged[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** `--silent` unless `verbose` (then Astro's info and warning lines, e.g. the parser's warnings, are printed). */
const buildArgs = (outDir: string, verbose: boolean) => ['build', ...(verbose ? [] : ['--silent']), '--outDir', outDir];

/** `env` values replace the inherited ones; `undefined` removes one (e.g. BASE, for a root build). */
export function buildSite(
  outDir: string,
  env: Record<string, string | undefined> = {},
  { verbose = false } = {},
): BuildResult {
  const result = spawnSync('node_modules/.bin/astro', buildArgs(outDir, verbose), {
    env: buildEnv(env),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return {
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: `${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`,
  };
}

/** As `buildSite`, without blocking: several builds that stop early (unusable input) can run at once. */
export function buildSiteAsync(
  outDir: string,
  env: Record<string, string | undefined> = {},
  { verbose = false } = {},
): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/astro',
      buildArgs(outDir, verbose),
      { env: buildEnv(env), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({
          status,
          stdout,
          stderr: `${stderr}${error && typeof error.code !== 'number' ? `\n${error.message}` : ''}`,
        });
      },
    );
  });
}

const CACHE = resolve('.cache', 'test-builds');
const PREFIX = 'run-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the shared build folders of earlier runs whose process has ended. */
function removeStale(): void {
  if (!existsSync(CACHE)) return;
  for (const entry of readdirSync(CACHE)) {
    if (!entry.startsWith(PREFIX)) continue;
    const pid = Number(entry.slice(PREFIX.length));
    if (Number.isInteger(pid) && pid !== process.ppid && !alive(pid))
      rmSync(join(CACHE, entry), { recursive: true, force: true });
  }
}

export interface SharedBuild {
  outDir: string;
  result: BuildResult;
}

/** The site built once per test run under `name` (same name, same env), shared between test files. */
export async function sharedBuild(
  name: string,
  env: Record<string, string | undefined>,
  timeoutMs = 240_000,
): Promise<SharedBuild> {
  removeStale();
  const runDir = join(CACHE, `${PREFIX}${process.ppid}`);
  mkdirSync(runDir, { recursive: true });
  const outDir = join(runDir, name);
  const statusFile = join(runDir, `${name}.status.json`);
  let owner = false;
  try {
    mkdirSync(join(runDir, `${name}.lock`)); // atomic: exactly one caller gets to build
    owner = true;
  } catch {
    // another test file is building it
  }
  if (owner) {
    const result = buildSite(outDir, env);
    writeFileSync(`${statusFile}.tmp`, JSON.stringify(result));
    renameSync(`${statusFile}.tmp`, statusFile); // whole or absent, never half-written
    return { outDir, result };
  }
  const until = Date.now() + timeoutMs;
  while (!existsSync(statusFile)) {
    if (Date.now() > until)
      return {
        outDir,
        result: { status: null, stdout: '', stderr: `timed out waiting for the shared build “${name}”` },
      };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { outDir, result: JSON.parse(readFileSync(statusFile, 'utf8')) as BuildResult };
}
