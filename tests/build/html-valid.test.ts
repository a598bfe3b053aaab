/**
 * Every HTML page of the default build (tests/build/scenarios.ts) is valid by html-validate with
 * the project's `.htmlvalidate.json` (html-validate:recommended; the README's “Valid HTML” says
 * which rules are off and why). tests/unit/site-checks.test.ts shows the validator reports errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { siteBuild } from './built.ts';
import { listFiles } from '../support/html.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('the HTML of the default build', () => {
  const build = siteBuild('default');
  const { outDir } = build;
  const pages = build.status === 0 ? listFiles(outDir).filter((f) => f.endsWith('.html')) : [];

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
  });
});
