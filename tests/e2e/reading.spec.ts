import { expect, test } from '@playwright/test';
import { publishedReports } from './published.ts';

const reports = publishedReports();

test('the site publishes at least one report', () => {
  expect(reports.length).toBeGreaterThan(0);
});

for (const report of reports) {
  test.describe(report.slug, () => {
    test('the overview lists every part and section', async ({ page }) => {
      await page.goto(report.url);
      const toc = page.getByRole('navigation', { name: '目录' });
      for (const part of report.parts) {
        const partHref = new URL(part.url, 'http://x').pathname;
        await expect(toc.locator(`a[href="${partHref}"]`)).toHaveCount(1);
        for (const section of part.sections) {
          const link = toc.locator(`a[href="${new URL(section.url, 'http://x').pathname}"]`);
          await expect(link).toHaveText(section.heading?.text ?? new RegExp(`^${section.marker}`));
        }
      }
    });

    test('the overview states every coverage gap', async ({ page }) => {
      await page.goto(report.url);
      const notes = page.getByRole('complementary', { name: '文本缺失说明' });
      for (const note of report.coverage) await expect(notes.getByText(note.message, { exact: true })).toHaveCount(1);
    });

    test('opening page#paragraph shows exactly that paragraph in the viewport', async ({ page }) => {
      // The last paragraph of each page is the one that is not on screen without the fragment.
      const lastParagraphs = report.parts.flatMap((part) =>
        [part.intro, ...part.sections.map((s) => s.paragraphs)].map((ps) => ps.at(-1)).filter((p) => p !== undefined),
      );
      expect(lastParagraphs.length).toBeGreaterThan(0);
      for (const paragraph of lastParagraphs) {
        await page.goto(paragraph.url);
        const element = page.locator(`[id="${paragraph.id}"]`);
        await expect(element).toHaveText(paragraph.text, { useInnerText: false });
        await expect(element).toBeInViewport();
      }
    });

    // That every node url opens an element holding exactly its text (and every metric url a <data>
    // with its value, every paragraph in reading order) is checked on the built files of every
    // report, without a browser, by tests/unit/site-lossless.test.ts.
  });
}
