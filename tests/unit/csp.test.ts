/**
 * The Content Security Policy over the shared default build (tests/support/build.ts, the build
 * links.test.ts and budgets.test.ts check) and `_headers` over it and over the BASE=/reports/
 * build: every page declares the policy first in <head>; script-src allows no inline script;
 * nothing inline would run or apply without a hash (tests/support/csp.ts); `_headers` sends the
 * same policy with frame-ancestors, the other security headers and the caching rules, its paths
 * under BASE. The last tests feed the checks broken pages, so they are known to fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild, type BuildResult } from '../support/build.ts';
import {
  checkPageCsp,
  cspHashes,
  header,
  parseHeadersFile,
  parsePolicy,
  sourcesFor,
  type HeaderRule,
} from '../support/csp.ts';
import { listFiles } from '../support/html.ts';
import { CSP_HEADER, CSP_META } from '../../src/site/security.ts';

describe('the Content Security Policy of the default build', () => {
  let outDir = '';
  let build: BuildResult;
  let pages: string[] = [];

  beforeAll(async () => {
    ({ outDir, result: build } = await sharedBuild('default', { SITE: undefined, BASE: undefined }));
    if (build.status === 0) pages = listFiles(outDir).filter((f) => f.endsWith('.html'));
  }, 250_000);

  it('builds', () => expect(build.status, build.stderr).toBe(0));

  it('is declared first in every page, allows no inline script, and nothing inline is left unhashed', () => {
    expect(pages.length).toBeGreaterThan(5);
    const problems: string[] = [];
    const policies = new Set<string>();
    let hashed = 0;
    let dataBlocks = 0;
    for (const page of pages) {
      const result = checkPageCsp(readFileSync(join(outDir, page), 'utf8'));
      problems.push(...result.problems.map((p) => `${page}: ${p}`));
      if (result.policy !== null) policies.add(result.policy);
      hashed += result.hashed;
      dataBlocks += result.dataBlocks;
    }
    console.log(
      `CSP: ${pages.length} pages checked, ${hashed} inline scripts/styles allowed by hash, ${dataBlocks} JSON data blocks`,
    );
    expect(problems.join('\n')).toBe('');
    expect([...policies]).toEqual([CSP_META]);
  });

  it('uses a strict policy: no unsafe-inline for scripts, no plugins, no <base> hijack', () => {
    const policy = parsePolicy(CSP_META);
    expect(sourcesFor(policy, 'script-src')).toEqual(["'self'"]);
    expect(sourcesFor(policy, 'style-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    // Ignored (with a console warning) in a <meta>: only the header may carry it.
    expect(policy.has('frame-ancestors')).toBe(false);
  });

  it('writes _headers with the policy, frame-ancestors, the other security headers and the caching rules', () => {
    const file = join(outDir, '_headers');
    expect(existsSync(file)).toBe(true);
    const rules = parseHeadersFile(readFileSync(file, 'utf8'));
    const rule = (path: string) => rules.find((r) => r.path === path);
    const all = rule('/*');
    expect(header(all, 'Content-Security-Policy')).toBe(CSP_HEADER);
    expect(parsePolicy(CSP_HEADER).get('frame-ancestors')).toEqual(["'none'"]);
    expect(CSP_HEADER.startsWith(`${CSP_META};`)).toBe(true);
    expect(header(all, 'X-Content-Type-Options')).toBe('nosniff');
    expect(header(all, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header(all, 'Permissions-Policy')).toMatch(/\bcamera=\(\)/);
    // Never on /*: a path matching two rules gets both values.
    expect(header(all, 'Cache-Control')).toBeUndefined();
    expect(header(rule('/_astro/*'), 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/search/', '/data/*', '/chengdu-2026/*'])
      expect(header(rule(path), 'Cache-Control'), path).toMatch(/^public, max-age=\d{1,4}\b/);
    // Only /_astro/ is immutable: its files are named by their content.
    expect(rules.filter((r) => /immutable/.test(header(r, 'Cache-Control') ?? '')).map((r) => r.path)).toEqual([
      '/_astro/*',
    ]);
    // Every built file outside /_astro/ has a short cache rule.
    const short = rules.filter((r) => r.path !== '/*' && r.path !== '/_astro/*').map((r) => r.path);
    const covered = (path: string) =>
      short.some((p) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p));
    const uncovered = listFiles(outDir)
      .filter((f) => !f.startsWith('_astro/') && f !== '_headers')
      .map((f) => `/${f}`.replace(/(^|\/)index\.html$/, '$1'))
      .filter((path) => !covered(path));
    expect(uncovered).toEqual([]);
  });

  it('prefixes the _headers paths with BASE', async () => {
    const { outDir: baseDir, result } = await sharedBuild('base', { SITE: 'https://example.org', BASE: '/reports/' });
    expect(result.status, result.stderr).toBe(0);
    const rules: HeaderRule[] = parseHeadersFile(readFileSync(join(baseDir, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(3);
    expect(rules.filter((r) => !r.path.startsWith('/reports/')).map((r) => r.path)).toEqual([]);
    expect(
      header(
        rules.find((r) => r.path === '/reports/*'),
        'Content-Security-Policy',
      ),
    ).toBe(CSP_HEADER);
    expect(
      header(
        rules.find((r) => r.path === '/reports/_astro/*'),
        'Cache-Control',
      ),
    ).toMatch(/immutable/);
  }, 250_000);
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
