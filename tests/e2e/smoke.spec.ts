import { expect, test } from '@playwright/test';

// Generic smoke test: the home page (relative to baseURL, so BASE=/sub/ builds work too)
// is served, declares Simplified Chinese, and has a heading.
test('home page loads with lang="zh-CN" and an h1', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.ok(), `GET ${page.url()} → ${response?.status()}`).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1').first()).toBeVisible();
});
