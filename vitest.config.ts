/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// tests/unit/: pure functions only (no builds, no spawned processes): the fast loop,
// `npm run test:unit`. Tests over built sites are in tests/build/ (vitest.build.config.ts).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Pure tests share one module cache per worker instead of re-importing jieba, OpenCC,
    // html-validate… for every file: half the CPU time of the run. Tests that touch globals
    // restore them (search-render.test.ts).
    isolate: false,
    // A safety net, not a speed check: a test's first use of jieba loads its 4 MB wasm, which on a
    // busy 2-core machine (CI beside another build) took over the 5 s default.
    testTimeout: 30_000,
  },
});
