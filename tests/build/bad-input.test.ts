/**
 * Odd and unusable input through the build (inputs.ts: every parse and bad fixture, and three
 * generated inputs). Each unusable input, built alone (`unusable-<slug>` in scenarios.ts), stops
 * the build with exactly one `file:line: …` line and no stack trace. The usable ones, built as one
 * site (`odd-input`, one report folder each), build with their warnings printed as
 * `file:line: warning: …`, and none drops text: the built report.json's segments, read with the
 * node texts they name, rebuild the input exactly, and every paragraph, heading and url is on the
 * built pages (tests/support/site-text.ts).
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedTexts } from '../support/site-text.ts';
import { checkSiteText } from '../support/site-text.ts';
import type { PublishedReport } from '../../src/site/publish.ts';
import type { Expectation } from './inputs.ts';
import { siteBuild } from './built.ts';
import { reportFile, unusableInputs, usableInputs } from './scenarios.ts';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

const STACK = /\bat .+:\d+:\d+|node:internal|^\s+at /m;

/** Exactly one line, `<file>:<line>: <message>`, and nothing else in `output`. */
function expectOneLine(output: string, file: string, error: NonNullable<Expectation['error']>) {
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

/** The `<line>: warning: <message>` lines about `file` in a build's output. */
function warningsIn(output: string, file: string): string[] {
  const prefix = `${file}:`;
  return output
    .split('\n')
    .map((l) => l.slice(l.indexOf(prefix) === -1 ? l.length : l.indexOf(prefix) + prefix.length))
    .filter((l) => /^\d+: warning: /.test(l));
}

describe('unusable input through the build: one file:line line, no stack trace', () => {
  for (const input of unusableInputs()) {
    it(input.slug, () => {
      const result = siteBuild(`unusable-${input.slug}`);
      expect(result.status).toBe(1);
      expectOneLine(`${result.stdout}\n${result.stderr}`, reportFile(input.slug), input.expected.error!);
    });
  }
});

describe('usable odd input through the build: one site, warnings, no text lost', () => {
  const usable = usableInputs();
  const result = siteBuild('odd-input');
  const { outDir } = result;

  it('builds, printing each input’s warnings as file:line: warning: …', () => {
    expect(result.status, result.stderr).toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(STACK);
    for (const input of usable) {
      const warnings = warningsIn(output, reportFile(input.slug));
      expect(warnings, input.slug).toHaveLength(input.expected.warnings.length);
      input.expected.warnings.forEach((pattern, i) => expect(warnings[i], input.slug).toMatch(pattern));
    }
  });

  it.each(usable.map((input) => [input.slug, input] as const))(
    '%s: the segments of report.json, with the texts they name, rebuild the input',
    (slug, tried) => {
      const input = Buffer.from(tried.bytes()).toString('utf8');
      const report = JSON.parse(readFileSync(join(outDir, 'data', slug, 'report.json'), 'utf8')) as PublishedReport;
      const texts = publishedTexts(report);
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
      ...readdirSync(join(outDir, 'parse-markup'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${d.name}/index.html`),
    ];
    let shown = 0;
    for (const page of pages) {
      const document = parse(readFileSync(join(outDir, 'parse-markup', page), 'utf8'));
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
