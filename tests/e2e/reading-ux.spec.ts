import { expect, test, type Locator, type Page } from '@playwright/test';
import type { PublishedParagraph, PublishedReport, PublishedSection } from '../../src/site/publish.ts';
import { publishedReports } from './published.ts';

// Reading and sharing: the contents drawer (phones) and sidebar (wide screens), landing on
// #fragments below the sticky header, copying links and citations, ?hl= highlighting, the
// previous / next walk, pages without JavaScript, and the theme toggle. Runs in both projects;
// the TOC tests also set 375px and 1280px explicitly.

const reports = publishedReports();

/** A page path from a node url (`/<slug>/<page>/#id` → `/<slug>/<page>/`). */
function pathOf(url: string): string {
  return url.split('#')[0] as string;
}

/** Every reading page in reading order: each part, then its sections (as the site walks them). */
function readingOrder(report: PublishedReport): { path: string; label: string }[] {
  return report.parts.flatMap((part) => [
    { path: pathOf(part.url), label: part.heading?.text ?? '' },
    ...part.sections.map((s) => ({ path: pathOf(s.url), label: s.heading?.text ?? '' })),
  ]);
}

/** A section with a heading and at least three paragraphs, the second sentence of its third paragraph. */
function sample(report: PublishedReport): { section: PublishedSection; paragraph: PublishedParagraph } {
  const section = report.parts.flatMap((p) => p.sections).find((s) => s.heading && s.paragraphs.length >= 3);
  if (!section) throw new Error(`${report.slug}: no section with a heading and three paragraphs`);
  return { section, paragraph: section.paragraphs[2] as PublishedParagraph };
}

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

const reportToc = (page: Page) => page.getByRole('navigation', { name: '报告章节' });
const drawerSummary = (page: Page) => page.locator('details[data-drawer] > summary');
const paragraphBox = (page: Page, id: string): Locator =>
  page.locator('.paragraph', { has: page.locator(`p[id="${id}"]`) });
const live = (page: Page) => page.locator('[data-live][aria-live="polite"]');

async function headerBottom(page: Page): Promise<number> {
  const box = await page.locator('header.site-header').boundingBox();
  if (!box) throw new Error('no header');
  return box.y + box.height;
}

for (const report of reports) {
  const order = readingOrder(report);
  const { section, paragraph } = sample(report);
  const sectionPath = pathOf(section.url);
  const origin = (page: Page) => new URL(page.url()).origin;

  test.describe(`${report.slug} reading and sharing`, () => {
    test('at 375px the contents are a drawer: it opens (pointer and keyboard), marks the page, and its links work', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(sectionPath);
      await expect(reportToc(page)).toHaveCount(0); // closed drawer, hidden sidebar
      await drawerSummary(page).click();
      const toc = reportToc(page);
      await expect(toc).toBeVisible();
      const current = toc.locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', sectionPath);
      await expect(current).toHaveText(section.heading?.text ?? '');

      // The on-page list: every paragraph lead, linking to its paragraph.
      const leads = section.paragraphs.filter((p) => p.lead);
      const onPage = page.getByRole('navigation', { name: '本页目录' });
      await expect(onPage.getByRole('link')).toHaveCount(leads.length);
      for (const p of leads) await expect(onPage.locator(`a[href="#${p.id}"]`)).toHaveText(p.lead?.text ?? '');

      // Keyboard: Escape closes it, Enter on the summary opens it, Tab enters it.
      await page.keyboard.press('Escape');
      await expect(page.locator('details[data-drawer]')).not.toHaveAttribute('open', '');
      await expect(drawerSummary(page)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('details[data-drawer]')).toHaveAttribute('open', '');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.drawer-panel a'))).toBe(true);

      const target = order.find((p) => p.path !== sectionPath) as { path: string };
      await toc.locator(`a[href="${target.path}"]`).click();
      await expect(page).toHaveURL((url) => url.pathname === target.path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(reportToc(page)).toHaveCount(0);
    });

    test('at 1280px the contents are a sidebar: visible, page marked, links work', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(sectionPath);
      await expect(drawerSummary(page)).toBeHidden();
      const toc = reportToc(page);
      await expect(toc).toBeVisible();
      await expect(toc.locator('[aria-current="page"]')).toHaveAttribute('href', sectionPath);
      for (const { path } of order) await expect(toc.locator(`a[href="${path}"]`)).toHaveCount(1);

      // The on-page list jumps to a paragraph, below the header.
      const last = section.paragraphs.filter((p) => p.lead).at(-1) as PublishedParagraph;
      await page.getByRole('navigation', { name: '本页目录' }).locator(`a[href="#${last.id}"]`).click();
      await expect(page).toHaveURL((url) => url.hash === `#${last.id}`);
      await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();

      const target = order[0] as { path: string };
      await toc.locator(`a[href="${target.path}"]`).click();
      await expect(page).toHaveURL((url) => url.pathname === target.path);
      await expect(reportToc(page).locator('[aria-current="page"]')).toHaveAttribute('href', target.path);
    });

    test('arriving at #id: the node is the :target, highlighted, in view and below the sticky header', async ({
      page,
    }) => {
      const sentence = paragraph.sentences.at(-1) as PublishedParagraph['sentences'][number];
      const lastOfLongest = [...report.parts.flatMap((p) => p.sections)]
        .sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0]
        ?.paragraphs.at(-1);
      for (const node of [paragraph, sentence, ...(lastOfLongest ? [lastOfLongest] : [])]) {
        await page.goto(node.url);
        const target = page.locator(`[id="${node.id}"]`);
        await expect(target).toHaveText(node.text, { useInnerText: false });
        expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
        expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
        await expect(target).toBeInViewport();
        const bottom = await headerBottom(page);
        await expect
          .poll(async () => (await target.boundingBox())?.y ?? -1, { message: `${node.id} below the header` })
          .toBeGreaterThanOrEqual(bottom - 1);
      }
    });

    test.describe('with clipboard access', () => {
      test.beforeEach(async ({ context }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      });

      test('the 链接 button copies the paragraph’s full URL and says so', async ({ page }) => {
        await page.goto(sectionPath);
        const box = paragraphBox(page, paragraph.id);
        // The ¶ link makes the paragraph the :target (how a phone reader reaches the buttons).
        await box.getByRole('link', { name: /本段链接/ }).click();
        await expect(page).toHaveURL((url) => url.hash === `#${paragraph.id}`);
        await box.getByRole('button', { name: '复制本段链接' }).click();
        await expect(live(page)).toHaveText('已复制链接');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin(page)}${paragraph.url}`);
        // The paragraph's text is untouched by its tools.
        await expect(page.locator(`p[id="${paragraph.id}"]`)).toHaveText(paragraph.text, { useInnerText: false });
      });

      test('with text selected inside one sentence, the button copies that sentence’s link', async ({ page }) => {
        const sentence = (paragraph.sentences[1] ?? paragraph.sentences[0]) as PublishedParagraph['sentences'][number];
        await page.goto(sectionPath);
        await page.evaluate((id) => {
          const walker = document.createTreeWalker(document.getElementById(id) as HTMLElement, NodeFilter.SHOW_TEXT);
          const text = walker.nextNode() as Text;
          const range = document.createRange();
          range.setStart(text, 0);
          range.setEnd(text, Math.min(2, text.length));
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
        }, sentence.id);
        await paragraphBox(page, paragraph.id).getByRole('button', { name: '复制本句链接' }).click();
        await expect(live(page)).toHaveText('已复制本句链接');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin(page)}${sentence.url}`);
      });

      test('the 引用 button copies a citation: title, heading, paragraph number, URL', async ({ page }) => {
        await page.goto(paragraph.url);
        await paragraphBox(page, paragraph.id).getByRole('button', { name: '引用本段' }).click();
        await expect(live(page)).toHaveText('已复制引用');
        const expected = `《${report.meta.title}》${section.heading?.text}，第${paragraph.index}段。${origin(page)}${paragraph.url}`;
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      });
    });

    test('?hl= marks every occurrence of the term in the text and brings the first into view', async ({ page }) => {
      const term = paragraph.lead?.text ?? paragraph.sentences[0]?.text.slice(0, 4) ?? '';
      const notes = report.coverage.filter((n) => n.sectionId === section.id).map((n) => n.message);
      const expected = [section.heading?.text ?? '', ...section.paragraphs.map((p) => p.text), ...notes].reduce(
        (n, t) => n + occurrences(t, term),
        0,
      );
      expect(expected).toBeGreaterThan(0);
      await page.goto(`${sectionPath}?hl=${encodeURIComponent(term)}`);
      const marks = page.locator('main mark.hl');
      await expect(marks).toHaveCount(expected);
      await expect(marks.first()).toHaveText(term);
      await expect(marks.first()).toBeInViewport();
      // Marking changes no text.
      await expect(page.locator(`p[id="${paragraph.id}"]`)).toHaveText(paragraph.text, { useInnerText: false });
    });

    test('?hl= folds full-width letters and case, and never turns the query into markup', async ({ page }) => {
      const all = report.parts.flatMap((p) => [...p.intro, ...p.sections.flatMap((s) => s.paragraphs)]);
      const withWord = all.find((p) => /[A-Za-z]{2,}/.test(p.text));
      if (withWord) {
        const word = (/[A-Za-z]{2,}/.exec(withWord.text) as RegExpExecArray)[0];
        await page.goto(`${pathOf(withWord.url)}?hl=${encodeURIComponent(toFullWidth(word.toLowerCase()))}`);
        await expect(page.locator(`[id="${withWord.id}"] mark.hl`).first()).toHaveText(word);
      }
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${sectionPath}?hl=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
      await expect(live(page)).toContainText('本页没有');
      await expect(page.locator('main img')).toHaveCount(0);
      expect(dialogs).toEqual([]);
    });

    test('rel=next walks through every part and section page in reading order, and rel=prev walks back', async ({
      page,
    }) => {
      const walked: string[] = [];
      await page.goto((order[0] as { path: string }).path);
      await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
      for (;;) {
        const here = new URL(page.url()).pathname;
        walked.push(here);
        expect(walked.length, 'the walk ends').toBeLessThanOrEqual(order.length);
        await expect(page.locator('.report-nav-sidebar [aria-current="page"]')).toHaveAttribute('href', here);
        const next = page.locator('a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
        await expect(page).not.toHaveURL((url) => url.pathname === here);
      }
      expect(walked).toEqual(order.map((p) => p.path));
      await page.locator('a[rel="prev"]').click();
      await expect(page).toHaveURL((url) => url.pathname === order.at(-2)?.path);
    });

    test('no page scrolls sideways at 320px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of [report.url, ...order.map((p) => p.path)]) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });

    test('landmarks, one h1, headings in order, distinct navigation names', async ({ page }) => {
      for (const path of [report.url, (order[0] as { path: string }).path, sectionPath]) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByRole('banner')).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('contentinfo')).toHaveCount(1);
        const levels = await page
          .locator('h1, h2, h3, h4, h5, h6')
          .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        levels.forEach((level, i) =>
          expect(level, `${path}: heading ${i}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1),
        );
        const names = await page
          .locator('nav')
          .evaluateAll((navs) =>
            navs
              .filter((n) => n.getClientRects().length > 0)
              .map(
                (n) =>
                  n.getAttribute('aria-label') ??
                  document.getElementById(n.getAttribute('aria-labelledby') ?? '')?.textContent ??
                  '',
              ),
          );
        expect(names.every(Boolean), `${path}: every nav is named`).toBe(true);
        expect(new Set(names).size, `${path}: ${names.join(', ')}`).toBe(names.length);
        await page.keyboard.press('Tab');
        await expect(page.locator(':focus')).toHaveText('跳到正文');
      }
    });

    test.describe('theme', () => {
      test.use({ colorScheme: 'light' });

      test('the toggle switches to dark, is remembered across a reload, and applies before the first paint', async ({
        page,
      }) => {
        await page.addInitScript(() => {
          // What the theme is when <body> starts: the blocking head script must have set it by then.
          new MutationObserver((_, observer) => {
            if (!document.body) return;
            (window as unknown as { themeAtBody: string | null }).themeAtBody =
              document.documentElement.dataset.theme ?? null;
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
        });
        await page.goto(sectionPath);
        const toggle = page.getByRole('button', { name: '深色模式' });
        await expect(toggle).toHaveAttribute('aria-pressed', 'false');
        const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(dark).not.toBe(light);

        await page.reload();
        expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe(
          'dark',
        );
        await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);

        // Back to light, also remembered.
        await page.getByRole('button', { name: '深色模式' }).click();
        await page.goto(report.url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
      });
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('at 375px the drawer opens and its links work; the text is all there; no JS-only controls show', async ({
        page,
      }) => {
        await page.setViewportSize({ width: 375, height: 812 });
        await page.goto(sectionPath);
        for (const p of section.paragraphs)
          await expect(page.locator(`p[id="${p.id}"]`)).toHaveText(p.text, { useInnerText: false });
        await expect(page.getByRole('button', { name: '深色模式' })).toHaveCount(0);
        await expect(page.locator('.para-tools button')).toHaveCount(0);
        await drawerSummary(page).click();
        const toc = reportToc(page);
        await expect(toc).toBeVisible();
        const target = order[0] as { path: string };
        await toc.locator(`a[href="${target.path}"]`).click();
        await expect(page).toHaveURL((url) => url.pathname === target.path);
        await page.locator('a[rel="next"]').click();
        await expect(page).toHaveURL((url) => url.pathname === order[1]?.path);
      });

      test('at 1280px the sidebar is there; #id lands below the header', async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto(paragraph.url);
        await expect(reportToc(page)).toBeVisible();
        const target = page.locator(`[id="${paragraph.id}"]`);
        await expect(target).toBeInViewport();
        expect((await target.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual((await headerBottom(page)) - 1);
      });
    });
  });
}
