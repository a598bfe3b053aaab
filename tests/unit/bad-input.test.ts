/**
 * Bad input, through the CLI and through the build. Each fixture either builds (exit 0) with its
 * warnings printed as `file:line: warning: …`, or stops with exactly one `file:line: …` line; none
 * crashes with a stack trace, and none that builds drops text: the built report.json's segments,
 * read with the node texts they name, rebuild the input exactly, and every paragraph, heading and
 * url is on the built pages (tests/support/site-text.ts).
 *
 * Fixtures: tests/fixtures/bad/*.txt, three older ones in tests/fixtures/ (only-headings,
 * heading-no-body, duplicate-sections) and three generated here (random binary bytes, GBK bytes,
 * one 100 000-character line). Already covered by cli.test.ts and not repeated here: the CLI on
 * only-headings, heading-no-body, duplicate-sections, GBK and binary bytes; by site-build.test.ts:
 * the build on only-headings.
 *
 * Builds: the usable fixtures as ONE site (one report folder each, ~9 s); the unusable ones one
 * site each, run at once: the reports integration stops them before Vite starts (~2 s each).
 */
import { execFile } from 'node:child_process';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildSiteAsync, type BuildResult } from '../support/build.ts';
import { checkSiteText } from '../support/site-text.ts';
import type { PublishedReport } from '../../src/site/publish.ts';
import { ROOT, prng } from './helpers.ts';

mkdirSync(resolve('.cache'), { recursive: true });
const root = mkdtempSync(resolve('.cache', 'bad-input-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const META = readFileSync('content/reports/chengdu-2026/meta.json', 'utf8');
const generated = join(root, 'generated');
mkdirSync(generated);

function generate(name: string, bytes: Uint8Array | string): string {
  const path = join(generated, name);
  writeFileSync(path, bytes);
  return relative(ROOT, path);
}

const binary = () => {
  const rand = prng(99);
  return Uint8Array.from({ length: 512 }, () => Math.floor(rand() * 256));
};
// `政府工作报告\n` in UTF-8, then `经济运行稳中向好。` in GBK (iconv -t GBK): the first bad byte is on line 2.
const gbk = Buffer.concat([
  Buffer.from('政府工作报告\n'),
  Buffer.from('beadbcc3d4cbd0d0cec8d6d0cff2bac3a1a30a', 'hex'),
]);
function longLine(): string {
  const unit = '经济运行稳中向好，地区生产总值增长5.8%。';
  return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
}

interface Fixture {
  slug: string;
  /** Path relative to the project. */
  file: string;
  /** `null`: usable (builds, exit 0); else the line (null: any) and message of the one error line. */
  error: { line: number | null; message: RegExp } | null;
  /** Warnings the CLI and the build must print, as `line: text` patterns. */
  warnings?: RegExp[];
  /** Also run through the CLI here (false when cli.test.ts already does). */
  cli: boolean;
  /** Also run through the build here (false when site-build.test.ts already does). */
  build: boolean;
}

const fixtures: Fixture[] = [
  {
    slug: 'empty',
    file: 'tests/fixtures/bad/empty.txt',
    error: { line: 1, message: /^the file is empty$/ },
    cli: true,
    build: true,
  },
  {
    slug: 'blank-lines',
    file: 'tests/fixtures/bad/blank-lines.txt',
    error: { line: 1, message: /only blank lines/ },
    cli: true,
    build: true,
  },
  {
    slug: 'title-only',
    file: 'tests/fixtures/bad/title-only.txt',
    error: { line: 1, message: /^no paragraphs/ },
    cli: true,
    build: true,
  },
  {
    slug: 'only-headings',
    file: 'tests/fixtures/only-headings.txt',
    error: { line: 1, message: /^no paragraphs/ },
    cli: false,
    build: false,
  },
  {
    slug: 'binary',
    file: generate('binary.txt', binary()),
    error: { line: null, message: /^the file is (binary|not valid UTF-8)/ },
    cli: false,
    build: true,
  },
  {
    slug: 'gbk',
    file: generate('gbk.txt', gbk),
    error: { line: 2, message: /not valid UTF-8.*GB18030/ },
    cli: false,
    build: true,
  },
  {
    slug: 'heading-no-body',
    file: 'tests/fixtures/heading-no-body.txt',
    error: null,
    warnings: [
      /^4: warning: section \(二\) has a heading but no text$/,
      /^7: warning: part heading “二、2026年工作安排” has no text under it$/,
    ],
    cli: false,
    build: true,
  },
  {
    slug: 'duplicate-sections',
    file: 'tests/fixtures/duplicate-sections.txt',
    error: null,
    warnings: [/^6: warning: 第（二）节的编号重复出现/],
    cli: false,
    build: true,
  },
  {
    slug: 'repeated-headings',
    file: 'tests/fixtures/bad/repeated-headings.txt',
    error: null,
    warnings: [
      /^5: warning: section （一） has a heading but no text$/,
      /^6: warning: part heading “经济运行稳中向好” has no text under it$/,
    ],
    cli: true,
    build: true,
  },
  {
    slug: 'long-line',
    file: generate('long-line.txt', longLine()),
    error: null,
    warnings: [/^1: warning: 本文从报告中途开始/],
    cli: true,
    build: true,
  },
  // Report text holding HTML and script-like strings: it must reach the pages as text.
  { slug: 'markup', file: 'tests/fixtures/markup.txt', error: null, warnings: [], cli: false, build: true },
];
console.log(
  `bad input: ${fixtures.length} fixtures tried (${fixtures.filter((f) => f.cli).length} through the CLI here, ${fixtures.filter((f) => f.build).length} through the build here)`,
);

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

const STACK = /\bat .+:\d+:\d+|node:internal|^\s+at /m;

/** Exactly one line, `<file>:<line>: <message>`, and nothing else in `output`. */
function expectOneLine(output: string, file: string, error: { line: number | null; message: RegExp }) {
  const lines = output.split('\n').filter((l) => l.trim() !== '');
  expect(lines, output).toHaveLength(1);
  const [, at, line, message] = /^(.*?):(\d+): (.*)$/.exec(lines[0] ?? '') ?? [];
  expect([at, error.line === null ? 'any' : Number(line)], lines[0]).toEqual([
    file,
    error.line === null ? 'any' : error.line,
  ]);
  expect(message).toMatch(error.message);
  expect(output).not.toMatch(STACK);
}

function warningsIn(output: string, file: string): string[] {
  const prefix = `${file}:`;
  return output
    .split('\n')
    .map((l) => l.slice(l.indexOf(prefix) === -1 ? l.length : l.indexOf(prefix) + prefix.length))
    .filter((l) => /^\d+: warning: /.test(l));
}

function cli(file: string): Promise<BuildResult> {
  return new Promise((done) => {
    execFile(
      join(ROOT, 'node_modules/.bin/tsx'),
      ['tools/report.ts', file],
      { cwd: ROOT, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe.concurrent('bad input through the CLI', { timeout: 40_000 }, () => {
  for (const fixture of fixtures.filter((f) => f.cli)) {
    it(fixture.slug, async () => {
      const result = await cli(fixture.file);
      expect(`${result.stdout}${result.stderr}`).not.toMatch(STACK);
      if (fixture.error) {
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expectOneLine(result.stderr, fixture.file, fixture.error);
      } else {
        expect([result.status, result.stderr]).toEqual([0, '']);
        const warnings = warningsIn(result.stdout, fixture.file);
        expect(warnings).toHaveLength(fixture.warnings?.length ?? 0);
        fixture.warnings?.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
      }
    });
  }
});

function reportFolder(reportsDir: string, fixture: Fixture): string {
  const folder = join(reportsDir, fixture.slug);
  mkdirSync(folder, { recursive: true });
  cpSync(fixture.file, join(folder, 'report.txt'));
  writeFileSync(join(folder, 'meta.json'), META);
  return relative(ROOT, join(folder, 'report.txt'));
}

describe('unusable input through the build: one file:line line, no stack trace', () => {
  const unusable = fixtures.filter((f) => f.error && f.build);
  const results = new Map<string, { file: string; result: BuildResult }>();

  beforeAll(async () => {
    await Promise.all(
      unusable.map(async (fixture) => {
        const reportsDir = join(root, `unusable-${fixture.slug}`);
        const file = reportFolder(reportsDir, fixture);
        const result = await buildSiteAsync(join(root, `unusable-${fixture.slug}-dist`), {
          REPORTS_DIR: reportsDir,
          SITE: undefined,
          BASE: undefined,
        });
        results.set(fixture.slug, { file, result });
      }),
    );
  }, 120_000);

  for (const fixture of unusable) {
    it(fixture.slug, () => {
      const { file, result } = results.get(fixture.slug)!;
      expect(result.status).toBe(1);
      expectOneLine(`${result.stdout}\n${result.stderr}`, file, fixture.error!);
    });
  }
});

describe('usable odd input through the build: one site, warnings, no text lost', () => {
  const usable = fixtures.filter((f) => !f.error && f.build);
  const reportsDir = join(root, 'usable');
  const outDir = join(root, 'usable-dist');
  const files = new Map<string, string>();
  let result: BuildResult;

  beforeAll(() => {
    for (const fixture of usable) files.set(fixture.slug, reportFolder(reportsDir, fixture));
    result = buildSite(outDir, { REPORTS_DIR: reportsDir, SITE: undefined, BASE: undefined }, { verbose: true });
  }, 130_000);

  it('builds, printing each fixture’s warnings as file:line: warning: …', () => {
    expect(result.status, result.stderr).toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(STACK);
    for (const fixture of usable) {
      const warnings = warningsIn(output, files.get(fixture.slug)!);
      expect(warnings, fixture.slug).toHaveLength(fixture.warnings?.length ?? 0);
      fixture.warnings?.forEach((pattern, i) => expect(warnings[i], fixture.slug).toMatch(pattern));
    }
  });

  it.each(usable.map((f) => [f.slug, f] as const))(
    '%s: the segments of report.json, with the texts they name, rebuild the input',
    (slug, fixture) => {
      const input = readFileSync(fixture.file, 'utf8');
      const report = JSON.parse(readFileSync(join(outDir, 'data', slug, 'report.json'), 'utf8')) as PublishedReport;
      const texts = new Map<string, string>();
      const { sourceNote, title, bylines } = report.front;
      for (const line of [sourceNote, title, ...bylines]) if (line) texts.set(line.id, line.text);
      for (const part of report.parts) {
        if (part.heading) texts.set(part.id, part.heading.text);
        for (const section of part.sections) if (section.heading) texts.set(section.id, section.heading.text);
        for (const p of [...part.intro, ...part.sections.flatMap((s) => s.paragraphs)]) texts.set(p.id, p.text);
      }
      let rebuilt = '';
      for (const segment of report.segments) {
        const source = input.slice(segment.start, segment.end);
        if (segment.kind === 'separator') {
          expect(source, `separator at ${segment.start}`).toMatch(/^[\s\ufeff]*$/u); // only blanks between nodes
          rebuilt += source;
        } else {
          expect(texts.get(segment.id!), `${segment.kind} ${segment.id}`).toBe(source);
          rebuilt += texts.get(segment.id!);
        }
      }
      expect(rebuilt === input, `${slug}: rebuilt ${rebuilt.length} of ${input.length} characters`).toBe(true);
    },
  );

  it('report text that looks like HTML is shown as text, never run or parsed', () => {
    const pages = [
      'index.html',
      ...readdirSync(join(outDir, 'markup'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${d.name}/index.html`),
    ];
    let shown = 0;
    for (const page of pages) {
      const document = parse(readFileSync(join(outDir, 'markup', page), 'utf8'));
      const elements = (node: ParentNode): Element[] =>
        node.childNodes.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : []));
      const all = elements(document);
      // The text's <b> and <script> never become elements; the site's own scripts all have a src.
      expect(all.filter((e) => e.tagName === 'b').length, page).toBe(0);
      for (const script of all.filter((e) => e.tagName === 'script')) {
        const type = script.attrs.find((a) => a.name === 'type')?.value;
        expect(script.attrs.some((a) => a.name === 'src') || type === 'application/json', page).toBe(true);
      }
      const text = (node: ParentNode): string =>
        node.childNodes
          .map((c) =>
            c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : 'tagName' in c ? text(c) : '',
          )
          .join('');
      if (text(document).includes('<script>alert(1)</script>')) shown++;
    }
    expect(shown, 'pages showing the text <script>alert(1)</script> as text').toBeGreaterThan(0);
  });

  it('every paragraph, heading and url is on the built pages', () => {
    const check = checkSiteText(outDir);
    console.log(
      `bad input site: ${check.reports} reports, ${check.pages} reading pages, ${check.paragraphs} paragraphs, ${check.urls} urls`,
    );
    expect(check.problems.slice(0, 5)).toEqual([]);
    expect(check.reports).toBe(usable.length);
  });
});
