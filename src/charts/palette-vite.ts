/**
 * A Vite plugin that serves the palette's stylesheet (./palette-css.ts) as the module
 * `virtual:palette.css`. Imported by the layout like any stylesheet, it is bundled into the
 * site's external CSS at build time: nothing inline, so the Content Security Policy's
 * `style-src 'self'` holds, and no file to regenerate by hand.
 */
import type { Plugin } from 'vite';
import { paletteCss } from './palette-css.ts';

export const PALETTE_MODULE = 'virtual:palette.css';
// A `\0` id is Vite's mark for a module no other plugin should touch; `.css` keeps it a stylesheet.
const RESOLVED = `\0${PALETTE_MODULE}`;

export function palettePlugin(): Plugin {
  return {
    name: 'report-explorer:palette',
    resolveId: (id) => (id === PALETTE_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? paletteCss() : undefined),
  };
}
