import { expect, test } from '@playwright/test';
import { publishedReports } from './published.ts';

// The keyword explorer: `/<slug>/keywords/` (terms with counts and their spread) and
// `/<slug>/keywords/<term>/` (every occurrence in context, each a deep link to its sentence).

for (const report of publishedReports()) {
  const keywordsPage = `${report.url}keywords/`;
  const termPath = (term: string) => `${keywordsPage}${encodeURIComponent(term)}/`;

  test.describe(`${report.slug} keywords`, () => {
    test('the overview and the contents link the keywords page', async ({ page }) => {
      await page.goto(report.url);
      await expect(page.getByRole('main').getByRole('link', { name: '关键词', exact: true })).toHaveAttribute(
        'href',
        keywordsPage,
      );
      // Both copies of the contents (the phone drawer, the sidebar); CSS shows one of them.
      const navLinks = page.locator('nav.report-toc a').filter({ hasText: /^关键词$/ });
      await expect(navLinks).toHaveCount(2);
      for (const link of await navLinks.all()) await expect(link).toHaveAttribute('href', keywordsPage);
    });

    test('the keywords page lists terms with counts, paragraphs and a count per page', async ({ page }) => {
      await page.goto(keywordsPage);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('关键词');
      const rows = page.locator('.keyword-table tbody tr');
      expect(await rows.count()).toBeGreaterThanOrEqual(10);
      const pageColumns = await page.locator('.keyword-table thead th.col-page').count();
      expect(pageColumns).toBeGreaterThan(0);
      for (const row of (await rows.all()).slice(0, 10)) {
        const term = (await row.getAttribute('data-term')) ?? '';
        const link = row.getByRole('rowheader').getByRole('link');
        await expect(link).toHaveText(term);
        await expect(link).toHaveAttribute('href', termPath(term));
        const cells = await row.locator('td').allTextContents();
        const [count, paragraphs, ...byPage] = cells.map((c) => Number(c.trim()));
        expect(count).toBe(Number(await row.getAttribute('data-count')));
        expect(count).toBeGreaterThanOrEqual(2);
        expect(paragraphs).toBeGreaterThanOrEqual(2);
        expect(byPage).toHaveLength(pageColumns);
        // Every cell states its count in text (0 for screen readers only); they sum to the count.
        expect(byPage.reduce((a, b) => a + b, 0)).toBe(count);
      }
    });

    test('a term page shows as many occurrences as its count, and each lands on its sentence with the term marked', async ({
      page,
    }) => {
      await page.goto(keywordsPage);
      const row = page.locator('.keyword-table tbody tr').first();
      const term = (await row.getAttribute('data-term')) ?? '';
      const count = Number(await row.getAttribute('data-count'));
      await row.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`${termPath(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`“${term}”`);
      await expect(page.locator('[data-count]')).toHaveText(String(count));
      const items = page.locator('ol.kwic > li');
      await expect(items).toHaveCount(count);
      await expect(items.locator('mark')).toHaveCount(count);
      for (const text of await items.locator('mark').allTextContents()) expect(text).toBe(term);
      // The groups' counts add up too.
      const groupCounts = await page.locator('.kwic-count').allTextContents();
      expect(groupCounts.reduce((sum, t) => sum + Number.parseInt(t, 10), 0)).toBe(count);

      const last = items.last().getByRole('link');
      const href = (await last.getAttribute('href')) ?? '';
      expect(href).toContain(`?hl=${encodeURIComponent(term)}#`);
      const id = href.split('#')[1] ?? '';
      await last.click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toBeInViewport();
      expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
      await expect(target.locator('mark.hl').filter({ hasText: term }).first()).toHaveText(term);
    });

    test('the search link finds the term', async ({ page }) => {
      await page.goto(keywordsPage);
      const term = (await page.locator('.keyword-table tbody tr').nth(1).getAttribute('data-term')) ?? '';
      await page.goto(termPath(term));
      await page.getByRole('link', { name: `在报告中搜索“${term}”` }).click();
      await expect(page).toHaveURL(new RegExp(`/search/\\?q=${encodeURIComponent(term)}&r=${report.slug}$`));
      const results = page.locator(`[data-search-results][data-query="${term}"]`);
      await expect(results.locator('a[href*="#"]').first()).toBeVisible();
      await expect(results.locator('mark').first()).toHaveText(term);
    });
  });
}
