/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// tests/build/: tests over built sites and spawned CLIs. setup.ts builds each scenario once per
// run, each in a workspace of its own, before any test file runs (tests/build/scenarios.ts).
export default getViteConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    globalSetup: ['tests/build/setup.ts'],
    // Checks over a whole built site (html-validate of every page) or several CLI spawns on a
    // busy machine take seconds, not milliseconds.
    testTimeout: 60_000,
  },
});
