/**
 * The Content Security Policy over the default build and `_headers` over it and over the
 * BASE=/reports/ build (tests/build/scenarios.ts): every page declares the policy first in
 * <head>; script-src allows no inline script; nothing inline would run or apply without a hash
 * (tests/support/csp.ts); `_headers` sends the same policy with frame-ancestors, the other
 * security headers and the caching rules, its paths under BASE. tests/unit/site-checks.test.ts
 * feeds the checks broken pages, so they are known to fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteBuild } from './built.ts';
import { checkPageCsp, header, parseHeadersFile, parsePolicy, sourcesFor, type HeaderRule } from '../support/csp.ts';
import { listFiles } from '../support/html.ts';
import { CSP_HEADER, CSP_META } from '../../src/site/security.ts';

describe('the Content Security Policy of the default build', () => {
  const build = siteBuild('default');
  const { outDir } = build;
  const pages = build.status === 0 ? listFiles(outDir).filter((f) => f.endsWith('.html')) : [];

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

  it('declares a strict policy in the pages: no unsafe-inline for scripts, no plugins, no <base> hijack', () => {
    const declared = new Set(pages.map((page) => checkPageCsp(readFileSync(join(outDir, page), 'utf8')).policy));
    expect([...declared]).toHaveLength(1);
    const policy = parsePolicy([...declared][0] ?? '');
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

  it('prefixes the _headers paths with BASE', () => {
    const { outDir: baseDir, ...result } = siteBuild('base');
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
  });
});
