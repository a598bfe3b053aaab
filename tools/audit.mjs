#!/usr/bin/env node
// `npm run audit`: Lighthouse (mobile, its default config) on a report's overview, a section page
// and the metrics page of the built site, served by `astro preview`; prints the four category
// scores per page, and for any score below 98 the audits that cost points.
//
//   npm run audit              build into a temporary folder, audit it, remove it
//   npm run audit -- --dist    audit the existing dist/ (run `npm run build` first)
//   npm run audit -- --save D  also write each page's full Lighthouse report (JSON) into folder D
//
// Chromium: $CHROME_PATH, else $CHROMIUM_PATH, else /usr/bin/chromium. The preview server runs on
// a free port on 127.0.0.1 and is stopped at the end; so is the browser. Not part of `npm test`:
// scores move with the machine's load, so this reports rather than gates.
//
// Plain Node ESM; lighthouse is a devDependency (pinned to 12.2.3: 13 needs Node 22).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const GOOD = 98;
const CHROME_FLAGS = CHROMIUM_FLAGS;

const useDist = process.argv.includes('--dist');
const saveIndex = process.argv.indexOf('--save');
const saveDir = saveIndex > 0 ? resolve(process.argv[saveIndex + 1] ?? 'lighthouse') : null;
const chromePath = [process.env.CHROME_PATH, process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
);
if (!chromePath) {
  console.error('audit: no Chromium: set CHROME_PATH (or install chromium)');
  process.exit(1);
}

// Run in reverse order at the end (or on Ctrl-C): each may be async (waiting for a process to exit).
const cleanups = [];
let exiting = false;
async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch {
      // best effort
    }
  }
}
async function fail(message) {
  console.error(`audit: ${message}`);
  exiting = true;
  await cleanup();
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (exiting) return;
    exiting = true;
    await cleanup();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await fail(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/**
 * Starts a detached child (its own process group) and registers, for cleanup, stopping that group
 * by the child's id and waiting (up to 10 s) until the child has exited.
 */
function startGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  const exited = new Promise((done) => child.once('exit', done));
  cleanups.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  });
  return child;
}

// 1. The built site. Built inside the project (.cache/audit/), not in the system temp folder:
// given an outDir outside the project, Astro writes its server chunks to the project's shared
// .astro/ folder and deletes it afterwards, which breaks any other build running at the time.
let outDir = join(ROOT, 'dist');
if (!useDist) {
  const work = join(ROOT, '.cache', 'audit');
  mkdirSync(work, { recursive: true });
  const tmp = mkdtempSync(join(work, 'run-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  outDir = join(tmp, 'dist');
  console.log('audit: building the site…');
  const build = spawnSync(ASTRO, ['build', '--silent', '--outDir', outDir], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) await fail('astro build failed');
}
if (!existsSync(join(outDir, 'data'))) await fail(`${outDir} holds no built site: run \`npm run build\` first`);

// 2. The pages: the first report's overview, its first section page, its metrics page, its charts
//    dashboard and its keywords page.
const slug = readdirSync(join(outDir, 'data'), { withFileTypes: true }).find((e) => e.isDirectory())?.name;
if (!slug) await fail('no report in the built site');
const report = JSON.parse(readFileSync(join(outDir, 'data', slug, 'report.json'), 'utf8'));
const section = report.parts.flatMap((p) => p.sections)[0];
const overview = report.url; // base included
const pages = [
  { name: 'overview', path: overview },
  ...(section ? [{ name: `section ${section.id}`, path: `${overview}${section.id}/` }] : []),
  { name: 'metrics', path: `${overview}metrics/` },
  { name: 'charts', path: `${overview}charts/` },
  { name: 'keywords', path: `${overview}keywords/` },
];

// 3. astro preview on a free port.
const port = await freePort();
const base = process.env.BASE || '/';
const origin = `http://127.0.0.1:${port}`;
const preview = startGroup(ASTRO, ['preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
preview.on('exit', (code) => {
  if (!exiting && code !== null && code !== 0) void fail(`astro preview exited with ${code}`);
});
await waitFor(`${origin}${base}`, 60_000);

// 4. Chromium with a DevTools port, for Lighthouse to drive.
const profile = mkdtempSync(join(tmpdir(), 'report-explorer-audit-profile-'));
cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
const chrome = startGroup(
  chromePath,
  [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
  {
    stdio: ['ignore', 'ignore', 'pipe'],
  },
);
const chromePort = await new Promise((resolvePort) => {
  let seen = '';
  const timer = setTimeout(() => void fail('Chromium did not open a DevTools port within 30s'), 30_000);
  chrome.stderr.on('data', (chunk) => {
    seen += chunk;
    const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
    if (match) {
      clearTimeout(timer);
      resolvePort(Number(match[1]));
    }
  });
});
chrome.stderr.resume();

// 5. Lighthouse, one page at a time.
const rows = [];
const notes = [];
for (const page of pages) {
  const url = `${origin}${page.path}`;
  process.stdout.write(`audit: ${url} … `);
  const result = await lighthouse(url, {
    port: chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const lhr = result?.lhr;
  if (!lhr) await fail(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError) await fail(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  if (saveDir) {
    mkdirSync(saveDir, { recursive: true });
    writeFileSync(join(saveDir, `${page.name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr, null, 1));
  }
  const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
  console.log('done');
  rows.push({ name: page.name, path: page.path, scores });
  CATEGORIES.forEach((id, i) => {
    if (scores[i] >= GOOD) return;
    const lost = lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
      .flatMap(({ ref, audit }) => [
        `    ${audit.id} (weight ${ref.weight}, score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}): ${audit.title}`,
        ...itemsOf(audit).map((item) => `      - ${item}`),
      ]);
    notes.push(
      `${page.name} ${id} ${scores[i]}:`,
      ...(lost.length > 0 ? lost : ['    (no weighted audit below 1: rounding of metric scores)']),
    );
  });
}
console.log(`\nLighthouse ${lhrVersion()} · mobile (simulated throttling) · ${chromeVersion()}\n`);
const header = ['page', 'path', ...CATEGORIES];
const table = [header, ...rows.map((r) => [r.name, r.path, ...r.scores.map(String)])];
const widths = header.map((_, i) => Math.max(...table.map((row) => [...row[i]].length)));
for (const [n, row] of table.entries()) {
  console.log(row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '));
  if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
if (notes.length > 0) console.log(`\nBelow ${GOOD}, the audits that cost points:\n${notes.join('\n')}`);

exiting = true;
await cleanup();
process.exit(0);

/** Up to three of an audit's items, in a line each: what failed, where. */
function itemsOf(audit) {
  const items = audit.details?.items ?? [];
  const describe = (item) => {
    const node = item.node ?? item.element;
    const where = node?.selector ?? node?.snippet ?? item.sourceLocation?.url ?? item.source?.url ?? item.url ?? '';
    const what =
      item.description ?? item.message ?? (typeof item.score === 'number' ? `score ${item.score.toFixed(3)}` : '');
    return [what, where].filter(Boolean).join(' at ').replace(/\s+/g, ' ').slice(0, 200);
  };
  return items.slice(0, 3).map(describe).filter(Boolean);
}

function lhrVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

function chromeVersion() {
  const r = spawnSync(chromePath, ['--version'], { encoding: 'utf8' });
  return (r.stdout ?? '').trim().split('\n').pop() || chromePath;
}
