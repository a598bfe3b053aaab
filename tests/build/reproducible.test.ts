/**
 * Reproducible builds: two builds of the same commit, each from its own copy of the project with
 * its own cache (tests/build/scenarios.ts: `default` and `default-again`), are byte-identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBuild } from './built.ts';
import { listFiles } from '../support/html.ts';

describe('two builds of the same commit', () => {
  const builds = [siteBuild('default'), siteBuild('default-again')];

  it('both build', () => {
    for (const build of builds) expect(build.status, build.stderr).toBe(0);
  });

  it('produce the same files, byte for byte', () => {
    const [first, second] = builds.map((build) => build.outDir) as [string, string];
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
