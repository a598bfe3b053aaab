import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { publishedReports } from './published.ts';

const [report] = publishedReports();
if (!report) throw new Error('no report built');
const firstSection = report.parts.flatMap((p) => p.sections)[0]!;
const sectionPath = firstSection.url.split('#')[0]!;
const base = report.url.replace(new RegExp(`${report.slug}/$`), '');

async function typeInHeader(page: Page, query: string) {
  const box = page.locator('form[data-search-box] input[name="q"]');
  await box.click();
  await box.fill(query);
  return box;
}

test('typing in the header box shows results that follow the contract', async ({ page }) => {
  await page.goto(sectionPath);
  await typeInHeader(page, '人工智能');
  const results = page.locator('[data-search-results][data-query="人工智能"]');
  await expect(results).toBeVisible();
  const links = results.locator('a[href*="#"]');
  await expect(links.first()).toBeVisible();
  // Every link in the container is a result: a page, ?hl=, and the #id of the matched unit.
  for (const href of await results
    .locator('a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''))) {
    expect(href).toMatch(/\/[^/?#]+\/(\?hl=[^#]+)?#[a-z0-9-]+$/);
  }
});

test('arrow keys move through the results and Enter in the box opens /search/?q=', async ({ page }) => {
  await page.goto(sectionPath);
  const box = await typeInHeader(page, '轨道交通');
  await expect(page.locator('[data-search-results][data-query="轨道交通"] a').first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.locator('[data-search-results] a').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E8%BD%A8%E9%81%93%E4%BA%A4%E9%80%9A/);
  await expect(page.locator('[data-search-results][data-query="轨道交通"] a').first()).toBeVisible();
});

test('/ focuses the search box', async ({ page }) => {
  await page.goto(sectionPath);
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.locator('form[data-search-box] input[name="q"]')).toBeFocused();
});

test('a result lands on its sentence with the term highlighted', async ({ page }) => {
  await page.goto(`${base}search/?q=${encodeURIComponent('軌道交通')}`);
  const first = page.locator('[data-search-results][data-query="軌道交通"] a').first();
  await expect(first).toBeVisible();
  const href = (await first.getAttribute('href')) ?? '';
  const id = href.split('#')[1] ?? '';
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  await expect(target.locator('mark').first()).toHaveText('轨道交通');
});

test('the results page groups results by section, corrects typos, and suggests words', async ({ page }) => {
  await page.goto(`${base}search/?q=${encodeURIComponent('智慧容城')}`);
  const results = page.locator('[data-search-results][data-query="智慧容城"]');
  await expect(results.locator('h2').first()).toContainText('（');
  await expect(page.locator('[data-search-status-area]')).toContainText('已按“智慧蓉城”搜索');
  await page.goto(`${base}search/?q=${encodeURIComponent('量子通讯')}`);
  await expect(page.locator('[data-search-results][data-query="量子通讯"]')).toHaveCount(1);
  await expect(page.locator('[data-search-status-area]')).toContainText('你是不是要找');
  // The results container holds result links only (the contract); suggestions sit beside it.
  await expect(page.locator('[data-search-results] a')).toHaveCount(0);
});

test('the empty and the no-result states say what to do', async ({ page }) => {
  await page.goto(`${base}search/`);
  await expect(page.locator('[data-search-help]')).toBeVisible();
  await page.goto(`${base}search/?q=${encodeURIComponent('火星基地')}`);
  await expect(page.locator('[data-search-results][data-query="火星基地"]')).toHaveCount(1);
  await expect(page.locator('[data-search-status-area]')).toContainText('没有找到');
});

test('a query is text, never HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const attack = '<img src=x onerror=alert(1)>';
  await page.goto(`${base}search/?q=${encodeURIComponent(attack)}`);
  const results = page.locator('[data-search-results]');
  await expect(results).toHaveAttribute('data-query', attack);
  await expect(page.locator('[data-search-status-area]')).toContainText(attack);
  await expect(page.locator('main img')).toHaveCount(0);
  await page.goto(`${sectionPath}?hl=${encodeURIComponent(attack)}`);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a reading page loads no search code or index until the box is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(sectionPath);
  await page.waitForLoadState('networkidle');
  const before = [...requests];
  expect(before.filter((u) => u.includes('search-index'))).toEqual([]);
  await typeInHeader(page, '园');
  await expect(page.locator('[data-search-results][data-query="园"]')).toBeVisible();
  const after = requests.slice(before.length);
  expect(after.filter((u) => u.includes('search-index.json'))).toHaveLength(1);
  const lazy = after.filter((u) => u.endsWith('.js') || u.includes('search-index.json'));
  expect(lazy.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(0);

  // Budget: what the first search loads (engine + index) ≤ 60 KB gzip, measured on the built files.
  const basePath = new URL(report.url, 'http://x').pathname.replace(new RegExp(`${report.slug}/$`), '');
  const gzipBytes = lazy.map((u) => {
    const file = `dist/${decodeURIComponent(new URL(u).pathname).slice(basePath.length)}`;
    return gzipSync(readFileSync(file)).length;
  });
  const total = gzipBytes.reduce((a, b) => a + b, 0);
  console.log(`search on first use: ${lazy.length} files, ${total} B gzip`);
  expect(total).toBeLessThanOrEqual(60 * 1024);
});
