import { expect, test, type Page } from '@playwright/test';
import type { PublishedMetric } from '../../src/metrics/publish.ts';
import { publishedMetrics, publishedReports } from './published.ts';

// The metrics page `/<slug>/metrics/` against `dist/data/<slug>/metrics.json`, for every report.

const reports = publishedReports();

/** The most common value, the first of equals in data order. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** As the page folds: full-width ASCII to half-width, then lower case. */
function fold(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function rows(page: Page) {
  return page.locator('table tbody tr');
}

function visibleRows(page: Page) {
  return rows(page).filter({ visible: true });
}

async function visibleData(page: Page, name: string): Promise<string[]> {
  return visibleRows(page).evaluateAll((trs, key) => trs.map((tr) => tr.getAttribute(`data-${key}`) ?? ''), name);
}

for (const report of reports) {
  const metrics = publishedMetrics(report.slug);
  const metricsPage = `${report.url}metrics/`;
  const status = (page: Page) => page.getByRole('status');

  test.describe(`${report.slug} metrics`, () => {
    test('the overview links the metrics page and its downloads', async ({ page }) => {
      await page.goto(report.url);
      await expect(page.getByRole('link', { name: '指标一览' })).toHaveAttribute('href', metricsPage);
      for (const file of ['metrics.json', 'metrics.csv']) {
        const href = await page.getByRole('link', { name: file }).getAttribute('href');
        expect(href).toBe(new URL(`../data/${report.slug}/${file}`, new URL(report.url, 'http://x')).pathname);
        const response = await page.request.get(href as string);
        expect(response.status(), href ?? file).toBe(200);
      }
    });

    test('the metrics page lists every metric, in the data order, each linking to its place', async ({ page }) => {
      await page.goto(metricsPage);
      await expect(rows(page)).toHaveCount(metrics.length);
      await expect(visibleRows(page)).toHaveCount(metrics.length);
      await expect(status(page)).toHaveText(`显示 ${metrics.length} / ${metrics.length} 条`);
      const links = await rows(page).evaluateAll((trs) =>
        trs.map((tr) => tr.querySelector('.col-text a')?.getAttribute('href') ?? ''),
      );
      expect(links).toEqual(metrics.map((m) => m.url));
      expect(await visibleData(page, 'subject')).toEqual(metrics.map((m) => m.subject));
      await expect(page.locator('table caption')).toHaveCount(1);
      await expect(page.locator('thead th[scope="col"]')).toHaveCount(8);
      const region = page.getByRole('region', { name: /指标表/ });
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region.locator('table')).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'metrics.json' })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'metrics.csv' })).toHaveCount(1);
    });

    test('?period= shows only that period; a relation narrows it further and goes into the URL', async ({ page }) => {
      const period = mostCommon(metrics.map((m) => m.period));
      const inPeriod = metrics.filter((m) => m.period === period);
      await page.goto(`${metricsPage}?period=${encodeURIComponent(period)}`);
      await expect(visibleRows(page)).toHaveCount(inPeriod.length);
      expect(new Set(await visibleData(page, 'period'))).toEqual(new Set([period]));
      await expect(status(page)).toHaveText(`显示 ${inPeriod.length} / ${metrics.length} 条`);
      await expect(page.getByLabel('时期')).toHaveValue(period);

      const relation = mostCommon(inPeriod.map((m) => m.relation));
      const both = inPeriod.filter((m) => m.relation === relation);
      await page.getByLabel('关系').selectOption(relation);
      await expect(visibleRows(page)).toHaveCount(both.length);
      expect(await visibleData(page, 'subject')).toEqual(both.map((m) => m.subject));
      await expect(status(page)).toHaveText(`显示 ${both.length} / ${metrics.length} 条`);
      const query = new URL(page.url()).searchParams;
      expect([query.get('period'), query.get('relation')]).toEqual([period, relation]);

      // The shared URL opens the same view.
      await page.goto(page.url());
      await expect(visibleRows(page)).toHaveCount(both.length);
    });

    test('the text filter folds full-width letters and ignores case', async ({ page }) => {
      const sample = metrics.find((m) => /[A-Za-z0-9]/.test(m.subject)) ?? (metrics[0] as PublishedMetric);
      const q = toFullWidth(sample.subject.toUpperCase());
      const expected = metrics.filter((m) => fold(`${m.subject}\n${m.text}`).includes(fold(q)));
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(metricsPage);
      await page.getByLabel('查找').fill(q);
      await expect(visibleRows(page)).toHaveCount(expected.length);
      expect(new URL(page.url()).searchParams.get('q')).toBe(q);
    });

    test('an unknown filter value shows no rows and says so', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${metricsPage}?period=no-such-period&relation=growth`);
      await expect(visibleRows(page)).toHaveCount(0);
      await expect(status(page)).toContainText(`显示 0 / ${metrics.length} 条`);
      await expect(status(page)).toContainText('no-such-period');
      await page.getByRole('button', { name: '清除筛选' }).click();
      await expect(visibleRows(page)).toHaveCount(metrics.length);
      expect(new URL(page.url()).search).toBe('');
      expect(errors).toEqual([]);
    });

    test('the 数值 button sorts the visible rows by value, ascending then descending', async ({ page }) => {
      const period = mostCommon(metrics.map((m) => m.period));
      await page.goto(`${metricsPage}?period=${encodeURIComponent(period)}`);
      const header = page.locator('thead th', { has: page.getByRole('button', { name: '数值' }) });
      await header.getByRole('button').click();
      await expect(header).toHaveAttribute('aria-sort', 'ascending');
      const ascending = (await visibleData(page, 'value')).map(Number);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      expect(ascending.length).toBe(metrics.filter((m) => m.period === period).length);
      let query = new URL(page.url()).searchParams;
      expect([query.get('sort'), query.get('dir'), query.get('period')]).toEqual(['value', 'asc', period]);

      await header.getByRole('button').click();
      await expect(header).toHaveAttribute('aria-sort', 'descending');
      const descending = (await visibleData(page, 'value')).map(Number);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      query = new URL(page.url()).searchParams;
      expect(query.get('dir')).toBe('desc');
      await expect(page.locator('thead th[aria-sort]')).toHaveCount(1);
    });

    test('a row’s 原文 link lands on its metric, in view, as the :target, showing its value', async ({ page }) => {
      // One metric per reading page, and the last one.
      const byPage = new Map<string, PublishedMetric>();
      for (const m of metrics)
        if (!byPage.has(m.url.split('#')[0] as string)) byPage.set(m.url.split('#')[0] as string, m);
      const samples = [...byPage.values(), metrics.at(-1) as PublishedMetric];
      for (const metric of samples) {
        await page.goto(metricsPage);
        await page.locator(`tbody tr .col-text a[href="${metric.url}"]`).click();
        await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === metric.url);
        const element = page.locator(`[id="${metric.id}"]`);
        await expect(element).toHaveText(metric.displayValue, { useInnerText: false });
        await expect(element).toBeInViewport();
        expect(await element.evaluate((el) => el.matches(':target'))).toBe(true);
        expect(await element.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      }
    });

    test('every metric url names an element holding its displayValue', async ({ page }) => {
      const byPage = new Map<string, PublishedMetric[]>();
      for (const m of metrics) {
        const path = m.url.split('#')[0] as string;
        byPage.set(path, [...(byPage.get(path) ?? []), m]);
      }
      for (const [path, list] of byPage) {
        await page.goto(path);
        const texts = await page.evaluate(
          (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null),
          list.map((m) => m.id),
        );
        list.forEach((m, i) => expect(texts[i], m.url).toBe(m.displayValue));
      }
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('the page shows all rows, even with a filter in the URL', async ({ page }) => {
        const period = mostCommon(metrics.map((m) => m.period));
        await page.goto(`${metricsPage}?period=${encodeURIComponent(period)}`);
        await expect(visibleRows(page)).toHaveCount(metrics.length);
        await expect(status(page)).toHaveText(`共 ${metrics.length} 条`);
      });
    });
  });
}
