import { expect, test } from '@playwright/test';
import { publishedReports } from './published.ts';
import { parseCsv } from '../support/csv.ts';

// The charts dashboard /<slug>/charts/: marks, tooltips, links to the text, table views, CSV
// downloads, and the SVGs without JavaScript. (axe runs on it from a11y.spec.ts.)

const report = publishedReports()[0];
if (!report) throw new Error('no report in dist/data: build the site first');
const url = `${report.url}charts/`;
const CHARTS = ['targets', 'growth', 'rankings', 'distribution', 'keywords'];

test('every chart draws one mark per table row and per CSV row', async ({ page, request }) => {
  await page.goto(url);
  for (const id of CHARTS) {
    const figure = page.locator(`figure[data-chart="${id}"]`);
    await expect(figure.locator('figcaption')).toBeVisible();
    const marks = await figure.locator('svg a[data-mark="primary"]').count();
    expect(marks, id).toBeGreaterThan(0);
    expect(await figure.locator('tr[data-chart-row]').count(), `${id}: table rows`).toBe(marks);
    await expect(figure.locator('svg[role="group"]')).toHaveAttribute('aria-label', /.+/);
    const href = await figure.locator('a[data-chart-csv]').getAttribute('href');
    const response = await request.get(href as string);
    expect(response.ok()).toBe(true);
    const body = await response.text();
    expect(body.startsWith('\ufeff'), `${id}: BOM`).toBe(true);
    const rows = parseCsv(body.slice(1));
    expect(rows.length - 1, `${id}: CSV rows`).toBe(marks);
    expect(rows.every((r) => r.length === (rows[0] as string[]).length)).toBe(true);
  }
});

test('the table view lists the same values as the marks', async ({ page }) => {
  await page.goto(url);
  const figure = page.locator('figure[data-chart="rankings"]');
  const subjects = await figure
    .locator('svg a[data-mark="primary"]')
    .evaluateAll((as) => as.map((a) => (a as SVGAElement).dataset.subject));
  await figure.locator('details summary').click();
  const cells = await figure.locator('tr[data-chart-row] td:nth-child(3)').allTextContents();
  expect(cells).toEqual(subjects);
});

test('focusing a mark shows its tooltip; clicking it lands on the sentence', async ({ page }) => {
  await page.goto(url);
  const mark = page.locator('figure[data-chart="growth"] svg a[data-mark="primary"]').first();
  const subject = (await mark.getAttribute('data-subject')) as string;
  await mark.focus();
  const tooltip = page.locator('figure[data-chart="growth"] [data-chart-tooltip]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(subject);
  await expect(tooltip).toContainText((await mark.getAttribute('data-value')) as string);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  const href = (await mark.getAttribute('href')) as string;
  const id = href.split('#')[1] as string;
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('hovering a target mark shows its tooltip', async ({ page, isMobile }) => {
  test.skip(isMobile, 'no hover on touch');
  await page.goto(url);
  const mark = page.locator('figure[data-chart="targets"] svg a[data-mark="primary"]').first();
  await mark.hover();
  await expect(page.locator('figure[data-chart="targets"] [data-chart-tooltip]')).toContainText(
    (await mark.getAttribute('data-subject')) as string,
  );
});

test('the overview shows the targets chart and links to the dashboard', async ({ page }) => {
  await page.goto(report.url);
  await expect(page.locator('figure[data-chart="targets"] svg')).toBeVisible();
  await page.locator('#main a[href$="/charts/"]').first().click();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the SVGs and table views show', async ({ page }) => {
    await page.goto(url);
    for (const id of CHARTS) await expect(page.locator(`figure[data-chart="${id}"] svg`)).toBeVisible();
    const figure = page.locator('figure[data-chart="targets"]');
    await figure.locator('details summary').click();
    await expect(figure.locator('table')).toBeVisible();
  });
});

test('the charts fit a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(url);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  for (const svg of await page.locator('figure[data-chart] svg').all())
    expect((await svg.boundingBox())?.width).toBeLessThanOrEqual(320);
});
