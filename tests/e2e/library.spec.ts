// The library home (src/pages/index.astro, src/client/library-filter.ts) on the fixture site
// tests/fixtures/sites/library/: a national report, a province's for two years and a city's.
import { expect, test } from '@playwright/test';
import { violations } from './axe.ts';
import { ONE_PROJECT, fixtureSiteURL } from './sites.ts';

const home = fixtureSiteURL('library');
const titles = (page: import('@playwright/test').Page) => page.locator('.library-list li:visible a');

test('groups the reports by level, each with its date, speaker and growth target', async ({ page }) => {
  await page.goto(home);
  await expect(page.locator('.library-level h2')).toHaveText(['全国', '省、自治区、直辖市', '城市']);
  await expect(titles(page)).toHaveText([
    '2025年政府工作报告（筛选测试用）',
    '某省2026年政府工作报告（筛选测试用）',
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
  await page.goto(`${home}?place=${encodeURIComponent('某省')}`);
  await expect(titles(page)).toHaveText([
    '某省2026年政府工作报告（筛选测试用）',
    '某省2025年政府工作报告（筛选测试用）',
  ]);
  await page.goto(`${home}?year=2025&level=city`);
  await expect(titles(page)).toHaveCount(0);
  await expect(page.locator('[data-library-count]')).toHaveText('没有符合条件的报告');
});

test('without JS the whole library shows and the filters stay hidden', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-chromium', ONE_PROJECT);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${home}?level=city`);
  await expect(page.locator('[data-library-filter]')).toBeHidden();
  await expect(titles(page)).toHaveCount(4);
  await context.close();
});

test('axe finds nothing on the library home, filtered, in either color scheme', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${home}?level=province`);
    await expect(titles(page)).toHaveCount(2);
    expect(await violations(page), colorScheme).toBe('');
  }
});

test('a report’s overview shows last year’s targets with what it says of them, and the next report’s', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-chromium', ONE_PROJECT);
  await page.goto(`${home}province-demo-2026/`);
  const judged = page.locator('.promises');
  await expect(judged.locator('h2')).toHaveText('2025年目标的完成情况');
  await expect(judged.locator('tbody tr')).toHaveText([
    '地区生产总值增长5.5%左右5.3%待判断',
    '城镇新增就业80万人以上86万人达成',
  ]);
  await judged.getByRole('link', { name: '86万人' }).click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toHaveText('86万人');
  await page.goto(`${home}province-demo-2025/`);
  await expect(page.locator('.promises h2')).toHaveText('2025年目标的完成情况');
  await expect(page.locator('.promises tbody tr')).toHaveCount(2);
});

test.describe('/targets/', () => {
  test('lines up each year’s targets by indicator, charts the growth targets and links to the text', async ({
    page,
  }) => {
    await page.goto(`${home}targets/`);
    await expect(page.locator('.targets-year h2')).toHaveText(['2026年', '2025年']);
    const y2025 = page.locator('.targets-year').nth(1);
    await expect(y2025.locator('thead th')).toHaveText(['指标', '全国', '某省']);
    const growth = y2025.locator('tbody tr').first();
    await expect(growth.locator('th')).toHaveText('经济增长（生产总值）');
    await expect(growth.locator('td a').first()).toHaveText('国内生产总值增长5%左右');
    await expect(growth.locator('td').nth(1)).toHaveText('地区生产总值增长5.5%左右 2026年报告：5.3%（待判断）');
    await expect(y2025.locator('svg .mark')).toHaveCount(2);
    await growth.locator('td a').first().click();
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await expect(page.locator(`[id="${id}"]`)).toContainText('5%');
  });

  test('offers the data as JSON and CSV, and axe finds nothing', async ({ page, request }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop-chromium', ONE_PROJECT);
    await page.goto(`${home}targets/`);
    const json = await (await request.get(`${home}data/targets.json`)).json();
    const jobs = json.targets.find(
      (t: { report: string; text: string }) => t.report === 'province-demo-2025' && t.text === '城镇新增就业80万人以上',
    );
    expect(jobs.outcome).toMatchObject({ report: 'province-demo-2026', text: '86万人', verdict: 'met' });
    const csv = await (await request.get(`${home}data/targets.csv`)).text();
    expect(csv.split('\n')[0]).toContain(
      'report,year,indicator,text,value,low,high,unit,qualifier,relation,stretch,url',
    );
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await violations(page), colorScheme).toBe('');
    }
  });
});
