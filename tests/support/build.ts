/**
 * Builds the real site for tests, each build in a workspace of its own, so that no two builds
 * share anything Astro writes, with each other or with the developer's own build:
 *
 * - the project's build inputs are copied to `<workspace>/project/` (everything but
 *   node_modules/, dist/, .astro/, .cache/, tests/ and the like). Astro writes `.astro/`
 *   (content-modules.mjs, types) next to its config, and an `astro build --outDir /elsewhere`
 *   deletes the project's `.astro/` when it ends; a copy has its own. Workspaces live under
 *   `.cache/test-builds/`, inside the project, so Node still finds node_modules by walking up;
 * - outDir is `<copy>/dist/`, inside the working directory: only then does Astro keep its server
 *   chunks in outDir instead of the working directory's `.astro/`;
 * - cacheDir (ASTRO_CACHE_DIR, read by astro.config.mjs) is `<copy>/.astro-cache/`: Astro's content
 *   data store lives there, and two builds renaming the same `data-store.json.tmp` break each other.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where workspaces go: ignored by git, Biome and (being a dot folder) tsc. */
export const TEST_BUILDS_DIR = join(PROJECT_ROOT, '.cache', 'test-builds');

/** Top-level entries that are not build inputs: dependencies, build output, caches, tests. */
const NOT_INPUTS = new Set([
  '.git',
  '.astro',
  '.cache',
  'node_modules',
  'dist',
  'tests',
  'test-results',
  'playwright-report',
  'blob-report',
  'coverage',
]);

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

export type Env = Record<string, string | undefined>;

export interface ProcessResult {
  /** Exit code; null when the process was killed (timeout) or could not start. */
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a spawned build or CLI: the inherited one without Vite's variables, with
 * telemetry off (Astro's first-run notice would add lines to output the tests count), then `env`
 * (`undefined` removes a variable, e.g. BASE for a root build).
 */
export function childEnv(env: Env = {}): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of VITE_ENV) delete merged[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Runs `file args` in `cwd` to its end; never rejects. */
export function run(
  file: string,
  args: string[],
  { cwd, env = {}, timeoutMs }: { cwd: string; env?: Env; timeoutMs: number },
): Promise<ProcessResult> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      { cwd, env: childEnv(env), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        const failure = error && typeof error.code !== 'number' ? `\n${error.message}` : '';
        done({ status, stdout, stderr: `${stderr}${failure}` });
      },
    );
  });
}

/** Copies the project's build inputs to `<workspace>/project/` and returns that folder. */
export function copyProject(workspace: string): string {
  const copy = join(workspace, 'project');
  mkdirSync(copy, { recursive: true });
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (NOT_INPUTS.has(entry)) continue;
    cpSync(join(PROJECT_ROOT, entry), join(copy, entry), { recursive: true });
  }
  return copy;
}

export interface SiteBuild extends ProcessResult {
  /** The project copy the site was built from (the build's working directory). */
  projectDir: string;
  outDir: string;
  /** Wall-clock build time. */
  ms: number;
}

/**
 * Builds the project copy `projectDir` into `<projectDir>/dist` with its own cacheDir. `verbose`
 * keeps Astro's info and warning lines (the parser's warnings); otherwise `--silent`.
 */
/**
 * A safety net against a hung build, not a speed check: on a loaded 2-core machine (CI beside
 * another build) the largest scenario took over 4 minutes, so the net is far above that.
 */
const BUILD_TIMEOUT_MS = 15 * 60_000;

export async function buildSite(projectDir: string, env: Env = {}, { verbose = false } = {}): Promise<SiteBuild> {
  const outDir = join(projectDir, 'dist');
  const started = Date.now();
  const result = await run(
    join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'),
    ['build', ...(verbose ? [] : ['--silent']), '--outDir', outDir],
    {
      cwd: projectDir,
      env: { ...env, ASTRO_CACHE_DIR: join(projectDir, '.astro-cache') },
      timeoutMs: BUILD_TIMEOUT_MS,
    },
  );
  return { ...result, projectDir, outDir, ms: Date.now() - started };
}
