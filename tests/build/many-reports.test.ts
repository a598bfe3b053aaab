/**
 * "Adding a folder adds a report; no code changes": the `many-reports` build
 * (tests/build/scenarios.ts) is made from a reports folder of two reports (the seed, and the
 * national fixture under another slug) through REPORTS_DIR; both must be published, and each
 * report's pages search that report only. (An unusable report stopping the build: bad-input.test.ts.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { siteBuild } from './built.ts';
import type { PublishedReport } from '../../src/site/publish.ts';

describe('a site built from another reports folder', () => {
  const result = siteBuild('many-reports');
  const { outDir } = result;

  it('builds', () => expect(result.status, result.stderr).toBe(0));

  it('publishes both reports, each with its overview, pages and report.json', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    for (const [slug, title] of [
      ['chengdu-2026', '成都市2026年政府工作报告'],
      ['national-fixture', '测试用国家级报告'],
    ] as const) {
      expect(home).toContain(`href="/${slug}/"`);
      expect(home).toContain(title);
      const data = JSON.parse(readFileSync(join(outDir, 'data', slug, 'report.json'), 'utf8')) as PublishedReport;
      expect(data.slug).toBe(slug);
      for (const part of data.parts)
        expect(existsSync(join(outDir, slug, part.id, 'index.html')), `${slug}/${part.id}`).toBe(true);
    }
    expect(existsSync(join(outDir, 'national-fixture', 'review-s1', 'index.html'))).toBe(true);
  });

  it('every page of a report has one search form, and it names that report', () => {
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
