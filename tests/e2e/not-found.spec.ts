import { expect, test } from '@playwright/test';
import { publishedReports } from './published.ts';

// The 404 page: served for unknown paths at any depth, it links home, every report and the about
// page, and when the old link carries a node id it links the page that holds that id now.

const reports = publishedReports();
const report = reports[0];
if (!report) throw new Error('no report in dist/data: build the site first');
const section = report.parts.flatMap((p) => p.sections).find((s) => (s.paragraphs[0]?.sentences.length ?? 0) > 0);
const sentence = section?.paragraphs[0]?.sentences[0];

test('an unknown path gets the 404 page, whose links work from any depth', async ({ page }) => {
  const response = await page.goto(`${report.url}old/deeper/path/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  for (const r of reports)
    await expect(page.locator('main').getByRole('link', { name: r.meta.title })).toHaveAttribute('href', r.url);
  await expect(page.locator('main').getByRole('link', { name: '关于本站' })).toHaveCount(1);
  await page.locator('main').getByRole('link', { name: report.meta.title }).click();
  await expect(page).toHaveURL((url) => url.pathname === report.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.meta.title);
  await expect(page.getByRole('heading', { name: '链接里的编号可能仍然有效' })).toHaveCount(0);
});

test('an old link with a #sentence id is offered the page that holds the sentence', async ({ page }) => {
  expect(sentence).toBeDefined();
  if (!section || !sentence) return;
  await page.goto(`${report.url}renamed-page/#${sentence.id}`);
  await expect(page.getByRole('heading', { name: '链接里的编号可能仍然有效' })).toBeVisible();
  const link = page.locator('[data-candidates] a');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', sentence.url);
  await link.click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === sentence.url);
  await expect(page.locator(`[id="${sentence.id}"]`)).toHaveText(sentence.text, { useInnerText: false });
});

test('an old link with a front line’s #id is offered the overview, and the id tip gives way', async ({ page }) => {
  const line = report.front.lines[0];
  expect(line).toBeDefined();
  if (!line) return;
  await page.goto(`${report.url}renamed-page/#${line.id}`);
  const link = page.locator('[data-candidates] a');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', line.url);
  await expect(link).toHaveText(`${report.meta.title} · 概览`);
  await expect(page.locator('[data-old-id]')).toHaveText(`#${line.id}`);
  await expect(page.locator('[data-id-tip]')).toBeHidden();
});
