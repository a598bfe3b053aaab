// The Content Security Policy (src/site/security.ts, a <meta> in every page) does not break the
// site's own scripts: on a section page (theme toggle, header search lazy-loading its engine and
// index), the metrics page (filters), the charts page (tooltips) and the search page (a typed
// query), Chromium reports no CSP violation and no page error. A first test shows the policy is in
// force, so silence means something.
import { expect, test, type Page } from '@playwright/test';
import { publishedReports } from './published.ts';

const [report] = publishedReports();
if (!report) throw new Error('no report built');
const sectionPath = report.parts.flatMap((p) => p.sections)[0]!.url.split('#')[0]!;
const base = report.url.replace(new RegExp(`${report.slug}/$`), '');

/** Console errors and `securitypolicyviolation` events that name the policy, and uncaught page errors. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
    );
  });
});

test('the policy is in force: an injected inline script is refused', async ({ page }) => {
  const problems = watch(page);
  await page.goto(sectionPath);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src/));
  expect(problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
});

test('a section page: theme toggle and header search work under the policy', async ({ page }) => {
  const problems = watch(page);
  await page.goto(sectionPath);
  const toggle = page.getByRole('button', { name: '深色模式' });
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  await expect(toggle).not.toHaveAttribute('aria-pressed', before ?? 'false');
  const box = page.locator('form[data-search-box] input[name="q"]');
  await box.click();
  await box.fill('人工智能');
  await expect(page.locator('[data-search-results][data-query="人工智能"] a').first()).toBeVisible();
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the metrics page works under the policy', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${report.url}metrics/`);
  await expect(page.locator('[data-count]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the charts page: tooltips work under the policy', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${report.url}charts/`);
  const mark = page.locator('figure[data-chart="growth"] svg a[data-mark="primary"]').first();
  await mark.focus();
  const tooltip = page.locator('figure[data-chart="growth"] [data-chart-tooltip]');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText((await mark.getAttribute('data-subject')) as string);
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the search page: a typed query shows results under the policy', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${base}search/`);
  const input = page.locator('#search-page-input');
  await input.fill('轨道交通');
  await input.press('Enter');
  await expect(page.locator('[data-search-results][data-query="轨道交通"] a').first()).toBeVisible();
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});
