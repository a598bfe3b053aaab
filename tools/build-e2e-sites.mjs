#!/usr/bin/env node
/**
 * Builds each fixture site of the e2e tests: tests/fixtures/sites/<name>/ (a folder of reports)
 * into dist-<name>/, with a cache of its own so it never shares Astro's data store with the
 * project's build. playwright.config.ts serves each (tests/e2e/sites.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const SITES_DIR = 'tests/fixtures/sites';

for (const entry of readdirSync(SITES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  const name = entry.name;
  console.log(`fixture site ${name}: building ${join(SITES_DIR, name)} into dist-${name}/`);
  execFileSync('npx', ['astro', 'build', '--outDir', `dist-${name}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REPORTS_DIR: join(SITES_DIR, name), ASTRO_CACHE_DIR: join('.cache', 'e2e-sites', name) },
  });
}
