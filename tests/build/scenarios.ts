/**
 * The sites tests/build/ checks, each built once per test run by setup.ts (Vitest's globalSetup)
 * in a workspace of its own (tests/support/build.ts) and handed to the test files with
 * `provide`/`inject` (`siteBuild(name)` in built.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Env, PROJECT_ROOT, type SiteBuild } from '../support/build.ts';
import { parseFixturePath } from '../support/fixtures.ts';
import { triedInputs } from './inputs.ts';

// What setup.ts provides: scenario name → its build.
declare module 'vitest' {
  export interface ProvidedContext {
    siteBuilds: Record<string, SiteBuild>;
  }
}

export interface ReportFolder {
  slug: string;
  title: string;
  bytes: () => Uint8Array;
}

export interface Scenario {
  name: string;
  env: Env;
  /** Reports to build from (a REPORTS_DIR made for the scenario); none: the project's content/reports. */
  reports?: ReportFolder[];
  /** Keep Astro's info and warning lines (the parser's warnings) in the output. */
  verbose?: boolean;
}

/** As `npm run build` does it: SITE and BASE unset. */
const ROOT_ENV: Env = { SITE: undefined, BASE: undefined };
export const BASE_SITE = { site: 'https://example.org', base: '/reports/' } as const;

const seedBytes = () => readFileSync(join(PROJECT_ROOT, 'content/reports/chengdu-2026/report.txt'));

/** Where a scenario's report folders go, relative to its build's working directory (as errors print it). */
export const reportFile = (slug: string) => `reports/${slug}/report.txt`;

export const usableInputs = () => triedInputs().filter((input) => input.expected.error === null);
export const unusableInputs = () => triedInputs().filter((input) => input.expected.error !== null);

export function scenarios(): Scenario[] {
  return [
    { name: 'default', env: ROOT_ENV },
    // A second build of the same commit, for the reproducible-build test.
    { name: 'default-again', env: ROOT_ENV },
    { name: 'base', env: { SITE: BASE_SITE.site, BASE: BASE_SITE.base } },
    {
      name: 'many-reports',
      env: ROOT_ENV,
      reports: [
        { slug: 'chengdu-2026', title: '成都市2026年政府工作报告', bytes: seedBytes },
        {
          slug: 'national-fixture',
          title: '测试用国家级报告',
          bytes: () => readFileSync(join(PROJECT_ROOT, parseFixturePath('national'))),
        },
      ],
    },
    // Every usable odd input as one site (one report each), with the warnings printed.
    {
      name: 'odd-input',
      env: ROOT_ENV,
      verbose: true,
      reports: usableInputs().map((input) => ({ slug: input.slug, title: input.slug, bytes: input.bytes })),
    },
    // Each unusable input alone: the build must stop at it (the reports integration stops it early).
    ...unusableInputs().map((input) => ({
      name: `unusable-${input.slug}`,
      env: ROOT_ENV,
      reports: [{ slug: input.slug, title: input.slug, bytes: input.bytes }],
    })),
  ];
}
