import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { violations } from './axe.ts';
import { publishedReports } from './published.ts';

// axe-core (through @axe-core/playwright) on one page of every type, in the light and the dark
// color scheme, with axe's default rules: WCAG 2.0/2.1/2.2 A and AA plus best practices.
// Expect no violation. Runs in both projects (desktop and phone).

// axe checks every cell's contrast: the metrics page (~2,000 elements) takes 10–30 s on a busy
// 2-core machine, past Playwright's default 30 s test timeout.
test.describe.configure({ timeout: 120_000 });

const report = publishedReports()[0];
if (!report) throw new Error('no report in dist/data: build the site first');
const part = report.parts.find((p) => p.sections.length > 0) ?? report.parts[0];
const section = report.parts.flatMap((p) => p.sections)[0];
const path = (url: string) => url.split('#')[0] as string;

/** A term of the built keywords page (its first table row's data-term). */
function keywordTerm(): string {
  const html = readFileSync(`dist/${report?.slug}/keywords/index.html`, 'utf8');
  const term = /data-term="([^"]+)"/.exec(html)?.[1];
  if (!term) throw new Error('no term on the keywords page');
  return term;
}

// Relative paths resolve against baseURL, which holds BASE; report URLs already hold it.
const pages: { name: string; url: string }[] = [
  { name: 'home', url: './' },
  { name: 'report overview', url: report.url },
  { name: 'part page', url: path(part?.url ?? report.url) },
  { name: 'section page', url: path(section?.url ?? report.url) },
  { name: 'metrics page', url: `${report.url}metrics/` },
  { name: 'charts dashboard', url: `${report.url}charts/` },
  { name: 'keywords page', url: `${report.url}keywords/` },
  // A term page (its path is Chinese, percent-encoded): the first term.
  { name: 'keyword term page', url: `${report.url}keywords/${encodeURIComponent(keywordTerm())}/` },
  { name: 'about page', url: './about/' },
  // An old link whose page is gone but whose #id still names a sentence: the 404 page offers it.
  { name: '404 page', url: `${report.url}no-such-page/#${section?.paragraphs[0]?.sentences[0]?.id ?? 'x'}` },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} color scheme`, () => {
    for (const { name, url } of pages) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(name === '404 page' ? 404 : 200);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          colorScheme === 'dark',
        );
        expect(await violations(page), `${name} ${url} (${colorScheme})`).toBe('');
      });
    }
  });
}
