/**
 * Reproducible builds: two builds of the same commit are byte-identical. Reuses the default
 * build shared with links/budgets/site-lossless tests and builds once more, with the same
 * environment, into a sibling folder of the same test run (removed with it by a later run).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, sharedBuild, type BuildResult } from '../support/build.ts';
import { listFiles } from '../support/html.ts';

const ENV = { SITE: undefined, BASE: undefined };

describe('two builds of the same commit', () => {
  let first = '';
  let second = '';
  let builds: BuildResult[] = [];

  beforeAll(async () => {
    const shared = await sharedBuild('default', ENV);
    first = shared.outDir;
    second = join(dirname(first), 'reproducible');
    builds = [shared.result, buildSite(second, ENV)];
  }, 380_000);

  it('both build', () => {
    for (const build of builds) expect(build.status, build.stderr).toBe(0);
  });

  it('produce the same files, byte for byte', () => {
    const [a, b] = [listFiles(first), listFiles(second)];
    const onlyFirst = a.filter((f) => !b.includes(f));
    const onlySecond = b.filter((f) => !a.includes(f));
    const differing = a.filter(
      (f) => b.includes(f) && !readFileSync(join(first, f)).equals(readFileSync(join(second, f))),
    );
    expect({ onlyFirst, onlySecond, differing }).toEqual({ onlyFirst: [], onlySecond: [], differing: [] });
    expect(a.length).toBeGreaterThan(10);
  });
});
