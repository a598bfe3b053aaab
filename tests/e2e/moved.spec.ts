// Links an earlier build published keep landing (src/model/moved.ts): every old id of the seed,
// opened at its old page, ends at its new place with the same text.
import { expect, test } from '@playwright/test';
import { pageIdOf } from '../../src/model/ids.ts';
import { readFileSync } from 'node:fs';
import { publishedReports } from './published.ts';
import { ONE_PROJECT } from './sites.ts';

const slug = 'chengdu-2026';
const moved = JSON.parse(readFileSync(`dist/data/${slug}/moved.json`, 'utf8')) as Record<string, string>;
const report = publishedReports().find((r) => r.slug === slug) as { url: string };

test('the seed has moved ids, among them the old five-year review page', () => {
  expect(Object.keys(moved).length).toBeGreaterThan(0);
  expect(Object.keys(moved).some((id) => pageIdOf(id) === 'review5')).toBe(true);
});

test('every old link lands on the same text at its new place', async ({ page }, testInfo) => {
  // The lookup is the same script at any width: one project walks all 58 ids.
  test.skip(testInfo.project.name !== 'desktop-chromium', ONE_PROJECT);
  test.setTimeout(180_000);
  for (const [old, url] of Object.entries(moved)) {
    const oldUrl = `${report.url}${pageIdOf(old)}/#${old}`;
    await page.goto(oldUrl);
    await expect(page, oldUrl).toHaveURL((u) => `${u.pathname}${u.hash}` === url);
    const id = decodeURIComponent(new URL(url, 'http://x').hash.slice(1));
    await expect(page.locator(`[id="${id}"]`), oldUrl).toBeVisible();
  }
});

test('an old page without an id goes to the page that holds its text now; without JS it links there', async ({
  browser,
}) => {
  const page = await browser.newPage();
  await page.goto(`${report.url}review5/`);
  await expect(page).toHaveURL((u) => u.pathname === `${report.url}review/`);
  const noJs = await browser.newPage({ javaScriptEnabled: false });
  await noJs.goto(`${report.url}review5/`);
  await expect(noJs.locator('[data-moved-target] a')).toHaveAttribute('href', `${report.url}review/`);
});
