// @ts-check
import { defineConfig } from 'astro/config';
import { reports } from './src/integrations/reports.ts';
import { palettePlugin } from './src/charts/palette-vite.ts';

// `SITE` and `BASE` come from the environment so the site can be served from a sub-path
// (e.g. BASE=/reports/ for a project page); both are optional for local builds.
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE || '/';
// Astro keeps its content data store (data-store.json) in cacheDir; the test builds give each
// build a folder of its own (tests/support/build.ts), so that concurrent builds never share one.
const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site,
  base,
  cacheDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  integrations: [reports()],
  // Astro inlines a page's processed <script> when its bundle is under Vite's assetsInlineLimit
  // (4 KB by default). 0 keeps every one an external file under /_astro/, so the Content Security
  // Policy (src/site/security.ts) needs no 'unsafe-inline' and no per-page hashes for scripts.
  // palettePlugin serves the colours of src/charts/palette.ts as the stylesheet `virtual:palette.css`.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [palettePlugin()] },
});
