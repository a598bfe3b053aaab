// Flags for headless Chromium on a machine with no outside network (shared by the Playwright
// config and the Lighthouse audit): without the background-networking ones, Chromium's calls
// home are refused, many at a time.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
