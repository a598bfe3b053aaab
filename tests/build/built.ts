import { inject } from 'vitest';
import type { SiteBuild } from '../support/build.ts';
import './scenarios.ts'; // declares what `inject('siteBuilds')` holds

/** The build of scenario `name` (tests/build/scenarios.ts), made by setup.ts for this test run. */
export function siteBuild(name: string): SiteBuild {
  const build = inject('siteBuilds')[name];
  if (!build) throw new Error(`no site build “${name}” (see tests/build/scenarios.ts)`);
  return build;
}
