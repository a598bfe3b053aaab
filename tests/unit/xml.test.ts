import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/text/xml.ts';
import { sitemapXml } from '../../src/site/seo.ts';
import { renderSvg } from '../../src/charts/scene.ts';

/** What an XML reader makes of the five entities: the inverse, to check a round trip. */
const readXml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string,
  );

describe('escapeXml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
  ])('%s → %s', (raw, escaped) => expect(escapeXml(raw)).toBe(escaped));

  it('escapes an ampersand once, before the others (no &amp;lt;)', () => {
    expect(escapeXml('<a href="x">&\'')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves every other character alone, Chinese, newlines and entities-looking text included', () => {
    const text = '成都市2026年 GDP≈5.5%\n“智慧蓉城”（一）# ; = /';
    expect(escapeXml(text)).toBe(text);
  });

  it('is safe as text and in either quoted attribute: nothing special is left, and it reads back the same', () => {
    const hostile = `"><script>alert('x')</script><b a='`;
    const escaped = escapeXml(hostile);
    expect(escaped).not.toMatch(/[<>"']/);
    expect(readXml(escaped)).toBe(hostile);
  });

  it('is what the sitemap and the chart SVGs use', () => {
    const url = "https://example.org/?a=1&b='2'";
    expect(sitemapXml([url])).toContain(`<loc>${escapeXml(url)}</loc>`);
    const svg = renderSvg(
      { width: 10, height: 10, label: 'a & "b"', marks: [], decorations: [], empty: null },
      { chartId: 'x' },
    );
    expect(svg).toContain(`aria-label="${escapeXml('a & "b"')}"`);
  });
});
