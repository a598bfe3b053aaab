#!/usr/bin/env node
// Make sure a Chromium is available for the Playwright end-to-end tests, and record where it is.
//
// Order:
//   1. $CHROMIUM_PATH, if set and executable;
//   2. /usr/bin/chromium, /usr/bin/chromium-browser;
//   3. as root with apt-get: `apt-get update` + install chromium and fonts-noto-cjk, then re-check;
//   4. Playwright's own Chromium (`npx playwright install chromium`);
//   5. otherwise exit non-zero with one line saying what to install.
// With a system Chromium, fonts-noto-cjk is installed too if missing (root + apt only; never fatal),
// so that Chinese text renders as text rather than boxes.
//
// The resolved executable is written to node_modules/.cache/report-explorer/chromium-path, which
// playwright.config.ts reads. When Playwright's own browser is used, that file is removed so the
// config leaves executablePath undefined.
//
// Plain Node ESM, no dependencies.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_FILE = join(ROOT, 'node_modules', '.cache', 'report-explorer', 'chromium-path');
const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];

const log = (msg) => console.log(`chromium: ${msg}`);
const warn = (msg) => console.warn(`chromium: warning: ${msg}`);

function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCommand(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
  return r.status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && hasCommand('apt-get');

function versionOf(path) {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const out = `${r.stdout ?? ''}`.trim().split('\n').pop()?.trim();
  return r.status === 0 && out ? out : 'version unknown';
}

function findSystemChromium() {
  return SYSTEM_CANDIDATES.find(isExecutable);
}

/** Run apt-get with output streamed through; return true on success. */
function apt(args) {
  const started = Date.now();
  log(`running apt-get ${args.join(' ')}`);
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  const ok = r.status === 0;
  log(
    `apt-get ${args.filter((a) => !a.startsWith('-')).join(' ')}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${secs}s`,
  );
  return ok;
}

function aptInstall(packages) {
  return apt(['update']) && apt(['install', '-y', '--no-install-recommends', ...packages]);
}

function hasCjkFont() {
  if (hasCommand('fc-list')) {
    const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 20_000 });
    if (r.status === 0) return r.stdout.trim().length > 0;
  }
  const dir = '/usr/share/fonts/opentype/noto';
  try {
    return existsSync(dir) && readdirSync(dir).some((f) => /CJK/i.test(f));
  } catch {
    return false;
  }
}

function ensureCjkFont() {
  if (hasCjkFont()) return;
  if (canApt) {
    log('no Chinese (CJK) font found; installing fonts-noto-cjk');
    if (!aptInstall(['fonts-noto-cjk'])) warn('could not install fonts-noto-cjk; Chinese text may render as boxes');
  } else {
    warn('no Chinese (CJK) font found; install fonts-noto-cjk (or another CJK font) for faithful rendering');
  }
}

function writeCache(path) {
  mkdirSync(dirname(CACHE_FILE), { recursive: true });
  writeFileSync(CACHE_FILE, `${path}\n`);
}

function useExecutable(path, how) {
  writeCache(path);
  log(`${how} ${path} (${versionOf(path)})`);
  process.exit(0);
}

// 1. Explicit override.
const envPath = process.env.CHROMIUM_PATH;
if (envPath) {
  if (isExecutable(envPath)) {
    ensureCjkFont();
    useExecutable(envPath, 'using $CHROMIUM_PATH');
  }
  warn(`CHROMIUM_PATH=${envPath} is not an executable file; ignoring it`);
}

// 2. System Chromium.
let found = findSystemChromium();
if (found) {
  ensureCjkFont();
  useExecutable(found, 'using');
}

// 3. Install it with apt.
if (canApt) {
  log(`no system Chromium found; installing ${APT_PACKAGES.join(' ')} with apt-get`);
  if (aptInstall(APT_PACKAGES)) {
    found = findSystemChromium();
    if (found) {
      ensureCjkFont();
      useExecutable(found, 'installed with apt-get; using');
    }
    warn('apt-get succeeded but no chromium executable appeared in /usr/bin');
  }
}

// 4. Playwright's own browser.
log("no system Chromium; trying Playwright's own (npx playwright install chromium)");
const pw = spawnSync('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (pw.status === 0) {
  rmSync(CACHE_FILE, { force: true });
  ensureCjkFont();
  log("using Playwright's own Chromium (executablePath left to Playwright)");
  process.exit(0);
}

// 5. Give up, clearly.
rmSync(CACHE_FILE, { force: true });
console.error(
  'chromium: ERROR: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`), ' +
    'or run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
);
process.exit(1);
