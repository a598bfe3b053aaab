/**
 * The sites the e2e tests open, each served by its own `astro preview` (playwright.config.ts):
 * the project's own build (dist/), and small sites built from fixture reports for features the
 * seed does not have (tests/fixtures/sites/<name>/, built into dist-<name>/ by `npm run
 * build:e2e-sites`).
 */
import { readdirSync } from 'node:fs';

const SITES_DIR = 'tests/fixtures/sites';

// Not 4321, so a running `npm start` does not clash; E2E_PORT runs two suites side by side.
export const PORT = Number(process.env.E2E_PORT) || 4322;
// The site may be built for a sub-path (BASE=/sub/, see astro.config.mjs); `astro preview` then
// serves it only under that path, so URLs include it.
export const BASE = process.env.BASE || '/';
export const baseURL = `http://127.0.0.1:${PORT}${BASE}`;

/** Why a test runs in the desktop project only: what it checks does not depend on the device. */
export const ONE_PROJECT = 'checks data or a script that is the same on every device: the desktop project runs it';

/** The fixture sites, one per folder of tests/fixtures/sites/ (as tools/build-e2e-sites.mjs finds them). */
export const FIXTURE_SITES: readonly string[] = readdirSync(SITES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Each fixture site on the next port after the project's. */
export function fixtureSitePort(name: string): number {
  const index = FIXTURE_SITES.indexOf(name);
  if (index === -1) throw new Error(`no fixture site “${name}” in ${SITES_DIR}`);
  return PORT + 1 + index;
}

export const fixtureSiteURL = (name: string): string => `http://127.0.0.1:${fixtureSitePort(name)}${BASE}`;
