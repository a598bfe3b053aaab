/**
 * Every HTML page of the shared default build (tests/support/build.ts) is valid by html-validate
 * with the project's `.htmlvalidate.json` (html-validate:recommended; the README's “Valid HTML”
 * says which rules are off and why). The last test checks the validator does report an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild, type BuildResult } from '../support/build.ts';
import { listFiles } from '../support/html.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('the HTML of the default build', () => {
  let outDir = '';
  let build: BuildResult;
  let pages: string[] = [];

  beforeAll(async () => {
    ({ outDir, result: build } = await sharedBuild('default', { SITE: undefined, BASE: undefined }));
    if (build.status === 0) pages = listFiles(outDir).filter((f) => f.endsWith('.html'));
  }, 250_000);

  it('builds', () => expect(build.status, build.stderr).toBe(0));

  it('is valid in every page (html-validate:recommended)', async () => {
    expect(pages.length).toBeGreaterThan(5);
    const errors: string[] = [];
    let warnings = 0;
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(outDir, page), 'utf8'), page);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2)
            errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
          else warnings += 1;
        }
      }
    }
    console.log(`html-validate: ${pages.length} pages validated, ${errors.length} errors, ${warnings} warnings`);
    expect(errors.slice(0, 50).join('\n')).toBe('');
  }, 120_000);

  it('reports an invalid page', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div>y</div></p></body></html>',
      'bad.html',
    );
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toContain('no-dup-id');
  });
});
