/**
 * The checks tests/build/ runs over built sites, run here on small pages made for them, so it is
 * known that each one fails what it should: the foreign-reference check (budgets), the CSP check,
 * the link checker and html-validate with the project's config. Pure and fast: pages are strings
 * or a few files in a temporary folder, never a build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { foreignReferences } from '../support/budgets.ts';
import { checkPageCsp, cspHashes, parseHeadersFile } from '../support/csp.ts';
import { checkLinks, servedPath } from '../support/links.ts';
import { CSP_META } from '../../src/site/security.ts';

const root = mkdtempSync(join(tmpdir(), 'report-explorer-site-checks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('the foreign-reference check', () => {
  it('allows only the canonical URL and og:url under SITE + BASE, and finds the rest', () => {
    const dir = join(root, 'foreign');
    mkdirSync(join(dir, '_astro'), { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head><link rel="canonical" href="https://example.org/sub/">' +
        '<meta property="og:url" content="https://example.org/sub/">' +
        '<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>' +
        '<script>fetch("https://api.example/v1")</script><style>body{background:url(//img.example/a.png)}</style></head>' +
        '<body><a href="https://elsewhere.example/">a</a><svg xmlns="http://www.w3.org/2000/svg"></svg>' +
        '<p style="background:url(https://img.example/b.png)"></p><p>https://in-text.example/ is only text</p></body></html>',
    );
    writeFileSync(
      join(dir, '_astro', 'a.js'),
      'document.createElementNS("http://www.w3.org/2000/svg","svg");import("https://esm.example/m.js");',
    );
    writeFileSync(join(dir, '_astro', 'a.css'), '@import "//fonts.example/f.css"; a{color:red}');
    const found = foreignReferences(dir, 'https://example.org/sub/');
    expect(found).toEqual([
      '_astro/a.css: @import "//fonts.example/f.css',
      '_astro/a.js: https://esm.example/m.js',
      'index.html: <link href="https://cdn.example/x.css">',
      'index.html: <script src="//cdn.example/x.js">',
      'index.html: <a href="https://elsewhere.example/">',
      'index.html: inline <script>: https://api.example/v1',
      'index.html: inline <style>: url(//img.example/a.png',
      'index.html: inline <style>: https://img.example/b.png',
    ]);
    expect(foreignReferences(dir, 'https://other.example/')).toContain(
      'index.html: <link href="https://example.org/sub/">',
    );
  });
});

describe('the CSP check', () => {
  const page = (head: string, body = '') =>
    `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${head}"><title>t</title></head><body>${body}</body></html>`;
  const strict = CSP_META;

  it('passes a page with external scripts and a JSON data block', () => {
    const result = checkPageCsp(
      page(strict, '<script type="module" src="/a.js"></script><script type="application/json">{"a":1}</script>'),
    );
    expect(result.problems).toEqual([]);
    expect(result.dataBlocks).toBe(1);
  });

  it('fails an inline script, an event handler, a javascript: URL, a style attribute and an inline <style>', () => {
    const result = checkPageCsp(
      page(
        strict,
        `<script>alert(1)</script><button onclick="go()">x</button><svg><rect onload="x()"/></svg><a href="javascript:go()">y</a><p style="color:red">z</p><style>p{}</style>`,
      ),
    );
    expect(result.problems).toEqual([
      '<button onclick="go()">: an inline event handler',
      '<rect onload="x()">: an inline event handler',
      '<a href="javascript:go()">: a javascript: URL',
      'an inline <script> without a matching hash in script-src: "alert(1)"',
      'an inline <style> without a matching hash in style-src: "p{}"',
      '<p style="color:red">: a style attribute, which style-src blocks',
    ]);
  });

  it('accepts an inline script whose hash the policy lists, and no other', () => {
    const [sha256] = cspHashes('go()');
    expect(checkPageCsp(page(`script-src 'self' ${sha256}`, '<script>go()</script>')).problems).toEqual([]);
    expect(checkPageCsp(page(`script-src 'self' ${sha256}`, '<script>go();</script>')).problems).toHaveLength(1);
  });

  it("fails a missing policy, a policy after a script, and 'unsafe-inline' in script-src", () => {
    expect(checkPageCsp('<!doctype html><html><head><title>t</title></head><body></body></html>').problems).toEqual([
      'no <meta http-equiv="Content-Security-Policy">',
    ]);
    const late = `<!doctype html><html><head><script src="/x.js"></script><meta http-equiv="Content-Security-Policy" content="${strict}"></head></html>`;
    expect(checkPageCsp(late).problems).toEqual([
      '<script src="/x.js"> comes before the CSP <meta>, which does not cover it',
    ]);
    expect(checkPageCsp(page("default-src 'self'; script-src 'self' 'unsafe-inline'")).problems).toEqual([
      "script-src allows 'unsafe-inline'",
    ]);
    expect(checkPageCsp(page("default-src 'self' 'unsafe-inline'")).problems).toEqual([
      "script-src allows 'unsafe-inline'",
    ]);
  });

  it('reads a _headers file', () => {
    const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n  X-B: a: b\n\n/x/\n  Cache-Control: no-cache\n');
    expect(rules).toEqual([
      {
        path: '/*',
        headers: [
          ['X-A', '1'],
          ['X-B', 'a: b'],
        ],
      },
      { path: '/x/', headers: [['Cache-Control', 'no-cache']] },
    ]);
  });
});

describe('the link checker', () => {
  const site = join(root, 'links');
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), `<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  };

  it('finds missing files, missing ids, folders without a slash, paths outside the base and relative links on the 404 page', () => {
    write(
      'index.html',
      [
        '<a href="/sub/a/">ok</a>',
        '<a href="/sub/a/#here">ok, id</a>',
        '<a href="a/#here">ok, relative</a>',
        '<a href="#top-of-page">ok, own id</a><span id="top-of-page"></span>',
        '<a href="https://elsewhere.example/">external</a>',
        '<a href="mailto:x@example.org">skipped</a>',
        '<a href="/sub/missing/">missing file</a>',
        '<a href="/sub/a/#nowhere">missing id</a>',
        '<a href="/sub/a">folder without slash</a>',
        '<a href="/other/">outside base</a>',
        '<img src="/sub/img.png" srcset="/sub/img.png 1x, /sub/img2.png 2x" alt="">',
        '<a href="https://example.org/sub/a/#here">own origin, absolute</a>',
        '<template><a href="/sub/in-template/">missing, in a template</a></template>',
      ].join(''),
    );
    write(
      'a/index.html',
      '<p id="here">here</p><a href="../">up</a><a href="/sub/%E8%AF%8D/#%E5%A4%84">ok, percent-encoded path and id</a><a href="/sub/%E8%AF%8D%E8%AF%8D/">missing, percent-encoded</a>',
    );
    write('词/index.html', '<p id="处">here</p>');
    write('img.png', '');
    write(
      '404.html',
      '<a href="/sub/">ok</a><a href="a/">relative on 404</a><a href="#x">fragment</a><span id="x"></span>',
    );
    const result = checkLinks(site, { site: 'https://example.org', base: '/sub/' });
    expect(result.pages).toBe(4);
    const broken = result.broken.map((p) => `${p.page} ${p.reference.url}`).sort();
    expect(broken).toEqual([
      '404.html a/',
      'a/index.html /sub/%E8%AF%8D%E8%AF%8D/',
      'index.html /other/',
      'index.html /sub/a',
      'index.html /sub/a/#nowhere',
      'index.html /sub/img2.png',
      'index.html /sub/in-template/',
      'index.html /sub/missing/',
    ]);
    expect(result.external.map((p) => p.reference.url)).toEqual(['https://elsewhere.example/']);
    expect(servedPath('a/index.html', '/sub/')).toBe('/sub/a/');
    expect(servedPath('index.html', '/')).toBe('/');
  });
});

describe('the HTML validator', () => {
  it('reports an invalid page', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div>y</div></p></body></html>',
      'bad.html',
    );
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toContain('no-dup-id');
  });
});
