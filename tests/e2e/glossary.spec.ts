// Glossary terms in the reading view (src/model/glossary.ts, src/client/glossary.ts), on the
// fixture site tests/fixtures/sites/library/glossary-demo/: a short report whose 名词解释 defines terms its text uses.
import { expect, test } from '@playwright/test';
import { violations } from './axe.ts';
import { ONE_PROJECT, fixtureSiteURL } from './sites.ts';

const report = `${fixtureSiteURL('library')}glossary-demo/`;
const pop = '#gloss-pop';

test('a marked term is a link to its entry, described by the entry’s definition', async ({ page }) => {
  await page.goto(`${report}review-s1/`);
  const term = page.locator('a.gloss', { hasText: '“两重”' });
  await expect(term).toHaveCount(1);
  await expect(term).toHaveAttribute('href', /\/glossary-demo\/appendix1\/#appendix1-e2$/);
  await expect(term).toHaveAccessibleDescription(/国家重大战略实施和重点领域安全能力建设/);
  // Only the first occurrence on the page is marked: 新质生产力 and “两重” occur twice on it.
  await expect(page.locator('a.gloss')).toHaveText(['“两重”', '“两新”', '新质生产力']);
});

test('hover or focus opens the definition; Escape and moving away close it', async ({ page, isMobile }) => {
  test.skip(isMobile, 'a phone has no hover: the tap test covers it');
  await page.goto(`${report}review-s1/`);
  const term = page.locator('a.gloss', { hasText: '“两新”' });
  await term.hover();
  await expect(page.locator(pop)).toBeVisible();
  await expect(page.locator(pop)).toContainText('大规模设备更新和消费品以旧换新');
  await expect(page.locator(pop)).not.toContainText('3.');
  await page.mouse.move(0, 0);
  await expect(page.locator(pop)).toBeHidden();
  await term.focus();
  await expect(page.locator(pop)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator(pop)).toBeHidden();
  // Enter on a focused term follows its link.
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/appendix1\/#appendix1-e3$/);
});

test('on a phone the first tap opens the definition, its link leads to the entry', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'touch only');
  await page.goto(`${report}review-s1/`);
  const term = page.locator('a.gloss', { hasText: '“两重”' });
  await term.tap();
  await expect(page.locator(pop)).toBeVisible();
  await expect(page).toHaveURL(`${report}review-s1/`);
  const box = await page.locator(pop).boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
  // A tap elsewhere closes it; the next tap opens it again, and its link leads to the entry.
  await page.locator('h1').tap();
  await expect(page.locator(pop)).toBeHidden();
  await term.tap();
  await page.locator(pop).getByRole('link', { name: '查看名词解释' }).tap();
  await expect(page).toHaveURL(/\/appendix1\/#appendix1-e2$/);
  await expect(page.locator('#appendix1-e2')).toBeInViewport();
});

test('without JS a term leads to its entry on the glossary page', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-chromium', ONE_PROJECT);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${report}plan-s1/`);
  await page.locator('a.gloss', { hasText: '“一带一路”' }).click();
  await expect(page).toHaveURL(/\/appendix1\/#appendix1-e4$/);
  await expect(page.locator('#appendix1-e4 dfn')).toHaveText('“一带一路”');
  await context.close();
});

test('each entry links back to where its term occurs, landing on the sentence', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-chromium', ONE_PROJECT);
  await page.goto(`${report}appendix1/`);
  const backlinks = page.locator('.gloss-occurrences');
  // 新质生产力 occurs on four pages (the part review, its section (一), the plan's section (一)…).
  const first = backlinks.first().getByRole('link');
  expect(await first.count()).toBeGreaterThanOrEqual(3);
  await first.nth(1).click();
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toContainText('新质生产力');
  await expect(page.locator(`[id="${id}"] a.gloss[data-gloss="appendix1-e1"]`)).toHaveText('新质生产力');
});

for (const colorScheme of ['light', 'dark'] as const)
  test(`axe finds nothing on a page with a definition open or on the glossary page (${colorScheme})`, async ({
    page,
    isMobile,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${report}review-s1/`);
    const term = page.locator('a.gloss').first();
    if (isMobile) await term.tap();
    else await term.hover();
    await expect(page.locator(pop)).toBeVisible();
    expect(await violations(page)).toBe('');
    await page.goto(`${report}appendix1/`);
    expect(await violations(page)).toBe('');
  });
