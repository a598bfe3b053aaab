/**
 * "Adding a folder adds a report; no code changes": builds the real site from a reports folder
 * made here (the seed plus a fixture under another slug) through REPORTS_DIR, and checks both
 * reports are published. Also: an unusable report stops the build with one `file:line` line.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { FIXTURES_DIR } from './helpers.ts';

// Inside the project (see tests/support/build.ts: an outDir elsewhere makes builds clash).
mkdirSync(resolve('.cache'), { recursive: true });
const root = mkdtempSync(resolve('.cache', 'site-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const build = (reportsDir: string, outDir: string) =>
  buildSite(outDir, { REPORTS_DIR: reportsDir, SITE: undefined, BASE: undefined });

function addReport(reportsDir: string, slug: string, textPath: string, title: string) {
  mkdirSync(join(reportsDir, slug), { recursive: true });
  cpSync(textPath, join(reportsDir, slug, 'report.txt'));
  const meta = JSON.parse(readFileSync('content/reports/chengdu-2026/meta.json', 'utf8'));
  writeFileSync(join(reportsDir, slug, 'meta.json'), JSON.stringify({ ...meta, title }));
}

describe('a site built from another reports folder', () => {
  const reportsDir = join(root, 'reports');
  const outDir = join(root, 'dist');
  let result: ReturnType<typeof build>;

  beforeAll(() => {
    addReport(reportsDir, 'chengdu-2026', 'content/reports/chengdu-2026/report.txt', '成都市2026年政府工作报告');
    addReport(reportsDir, 'national-fixture', join(FIXTURES_DIR, 'national.txt'), '测试用国家级报告');
    result = build(reportsDir, outDir);
  }, 130_000);

  it('builds', () => expect(result.status, result.stderr).toBe(0));

  it('publishes both reports, each with its overview, pages and report.json', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const [slug, title] of [
      ['chengdu-2026', '成都市2026年政府工作报告'],
      ['national-fixture', '测试用国家级报告'],
    ] as const) {
      expect(home).toContain(`href="/${slug}/"`);
      expect(home).toContain(title);
      const data = JSON.parse(readFileSync(join(outDir, 'data', slug, 'report.json'), 'utf8'));
      expect(data.slug).toBe(slug);
      for (const part of data.parts)
        expect(existsSync(join(outDir, slug, part.id, 'index.html')), `${slug}/${part.id}`).toBe(true);
    }
    expect(existsSync(join(outDir, 'national-fixture', 'review-s1', 'index.html'))).toBe(true);
  });

  it('every page of a report searches that report only (its search form names it; the index URL is per report)', () => {
    const formSlugs = (html: string) => {
      const slugs: string[] = [];
      const visit = (node: DefaultTreeAdapterTypes.Node) => {
        if ('tagName' in node && node.tagName === 'form' && node.attrs.some((a) => a.name === 'data-search-box')) {
          slugs.push(node.attrs.find((a) => a.name === 'data-slug')?.value ?? '');
        }
        if ('childNodes' in node) node.childNodes.forEach(visit);
      };
      visit(parse(html));
      return slugs;
    };
    let pages = 0;
    for (const slug of ['chengdu-2026', 'national-fixture']) {
      const pageFiles = readdirSync(join(outDir, slug), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('index.html'),
      );
      for (const file of pageFiles) {
        expect([file, formSlugs(readFileSync(join(outDir, slug, file), 'utf8'))]).toEqual([file, [slug]]);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(10);
  });
});

describe('a reports folder with an unusable report', () => {
  it('stops the build with one file:line line naming the problem', () => {
    const reportsDir = join(root, 'bad');
    mkdirSync(join(reportsDir, 'only-headings'), { recursive: true });
    addReport(reportsDir, 'only-headings', join(FIXTURES_DIR, 'only-headings.txt'), '只有标题');
    const result = build(reportsDir, join(root, 'bad-dist'));
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toMatch(/only-headings\/report\.txt:1: no paragraphs/);
    expect(output).not.toMatch(/stack trace|\n\s+at /i);
  }, 130_000);
});
