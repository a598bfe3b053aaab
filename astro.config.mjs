// @ts-check
import { defineConfig } from 'astro/config';
import { reports } from './src/integrations/reports.ts';
import { palettePlugin } from './src/charts/palette-vite.ts';

// `SITE` and `BASE` come from the environment so the site can be served from a sub-path
// (e.g. BASE=/reports/ for a project page); both are optional for local builds.
const site = process.env.SITE || 'http://localhost:4321';
const base = process.env.BASE || '/';

export default defineConfig({
  site,
  base,
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
