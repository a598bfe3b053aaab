/**
 * "Nothing lost, end to end" on the built files of the default build (tests/build/scenarios.ts): every paragraph of every published report is the text
 * content of its `<p id>` on its reading page, in reading order; the front lines are on the
 * overview; every url in report.json and metrics.json opens an element holding the right text.
 * See tests/support/site-text.ts. (bad-input.test.ts runs the same check on its fixture site.)
 */
import { describe, expect, it } from 'vitest';
import { siteBuild } from './built.ts';
import { checkSiteText } from '../support/site-text.ts';

describe('the built site loses no text', () => {
  const build = siteBuild('default');
  const { outDir } = build;

  it('builds', () => expect(build.status, build.stderr).toBe(0));

  it('every paragraph, front line and url of every report', () => {
    const check = checkSiteText(outDir);
    console.log(
      `site text: ${check.reports} reports, ${check.pages} reading pages, ${check.paragraphs} paragraphs, ${check.urls} urls (${check.urlTexts} with their text compared)`,
    );
    expect(check.problems).toEqual([]);
    expect(check.reports).toBeGreaterThan(0);
    expect(check.paragraphs).toBeGreaterThan(0);
    expect(check.urlTexts).toBeGreaterThan(check.paragraphs);
  });
});
