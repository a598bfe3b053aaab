// The library home (src/pages/index.astro, src/client/library-filter.ts) on the fixture site
// tests/fixtures/sites/library/: a national, a province and a city report.
import { expect, test } from '@playwright/test';
import { violations } from './axe.ts';
import { fixtureSiteURL } from './sites.ts';

const home = fixtureSiteURL('library');
const titles = (page: import('@playwright/test').Page) => page.locator('.library-list li:visible a');

test('groups the reports by level, each with its date, speaker and growth target', async ({ page }) => {
  await page.goto(home);
  await expect(page.locator('.library-level h2')).toHaveText(['全国', '省、自治区、直辖市', '城市']);
  await expect(titles(page)).toHaveText([
    '2025年政府工作报告（筛选测试用）',
    '某省2025年政府工作报告（筛选测试用）',
    '示例市2026年政府工作报告（名词解释测试用）',
  ]);
  const national = page.locator('.library-list li').first();
  await expect(national).toContainText('2025-03-05');
  await expect(national).toContainText('国务院总理 某某');
  await expect(national).toContainText('增长目标：国内生产总值增长5%左右');
});

test('filters by level and year, keeping the choice in the URL', async ({ page }) => {
  await page.goto(home);
  await page.getByLabel('层级').selectOption('city');
  await expect(page).toHaveURL(/\?level=city$/);
  await expect(titles(page)).toHaveText(['示例市2026年政府工作报告（名词解释测试用）']);
  await expect(page.locator('.library-level:visible h2')).toHaveText(['城市']);
  await expect(page.locator('[data-library-count]')).toHaveText('共 1 份报告');
  // A shared filtered link opens filtered.
  await page.goto(`${home}?year=2025`);
  await expect(page.getByLabel('年份')).toHaveValue('2025');
  await expect(titles(page)).toHaveCount(2);
  await page.goto(`${home}?year=2025&level=city`);
  await expect(titles(page)).toHaveCount(0);
  await expect(page.locator('[data-library-count]')).toHaveText('没有符合条件的报告');
});

test('without JS the whole library shows and the filters stay hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${home}?level=city`);
  await expect(page.locator('[data-library-filter]')).toBeHidden();
  await expect(titles(page)).toHaveCount(3);
  await context.close();
});

test('axe finds nothing on the library home, filtered, in either color scheme', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${home}?level=province`);
    await expect(titles(page)).toHaveCount(1);
    expect(await violations(page), colorScheme).toBe('');
  }
});
