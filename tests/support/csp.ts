/**
 * Checking a built page against its Content Security Policy, with parse5 (no regular expressions
 * over HTML): the page must declare the policy in a <meta http-equiv> before any script or
 * stylesheet, the policy must not allow inline script ('unsafe-inline', 'unsafe-eval',
 * 'unsafe-hashes'), and whatever would run inline must be allowed by a hash in the policy:
 *
 * - an inline <script> of a type the browser runs (no type, a JavaScript MIME type, `module`)
 *   needs its hash in script-src; data blocks (`application/json`, `application/ld+json`, …) are
 *   never run and need nothing;
 * - an `on…=` attribute or a `javascript:` URL can never be allowed without 'unsafe-inline'
 *   (or 'unsafe-hashes'), so each one is a problem;
 * - an inline <style> needs its hash in style-src, and a `style=` attribute is a problem unless
 *   style-src allows 'unsafe-inline'.
 *
 * Also reads `_headers` (Netlify / Cloudflare Pages format) into rules.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** A policy as directive → source list (lower-case directive names; the first one of a name wins, as in browsers). */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** The sources that govern scripts or styles: the directive, else default-src. */
export function sourcesFor(policy: Policy, directive: 'script-src' | 'style-src'): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? [];
}

const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** Whether a browser runs a <script> with this `type` (HTML's rule: absent/empty, a JavaScript MIME type, or module). */
export function isExecutableScriptType(type: string | undefined): boolean {
  return type === undefined || JS_TYPES.has(type.trim().toLowerCase());
}

/** `'sha256-…'` (and 384, 512) CSP sources for a text. */
export function cspHashes(text: string): string[] {
  return (['sha256', 'sha384', 'sha512'] as const).map(
    (alg) => `'${alg}-${createHash(alg).update(text, 'utf8').digest('base64')}'`,
  );
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const textOf = (element: Element) =>
  element.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

export interface PageCsp {
  /** The meta policy's content, or null when the page has none. */
  policy: string | null;
  problems: string[];
  /** How many inline scripts/styles were allowed by a hash, and how many data blocks were skipped. */
  hashed: number;
  dataBlocks: number;
}

export function checkPageCsp(html: string): PageCsp {
  const document = parse(html);
  const problems: string[] = [];
  let policyText: string | null = null;
  let metaCount = 0;
  /** Scripts and stylesheets seen before the policy: a <meta> policy does not cover them. */
  const beforePolicy: string[] = [];
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  const styleAttributes: string[] = [];
  let dataBlocks = 0;

  const visit = (node: Node) => {
    if ('tagName' in node) {
      const tag = node.tagName.toLowerCase();
      if (tag === 'meta' && attr(node, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
        metaCount += 1;
        policyText ??= attr(node, 'content') ?? '';
      }
      if (
        policyText === null &&
        (tag === 'script' || (tag === 'link' && /\bstylesheet\b/i.test(attr(node, 'rel') ?? '')) || tag === 'style')
      ) {
        beforePolicy.push(
          `<${tag}${attr(node, 'src') ? ` src="${attr(node, 'src')}"` : ''}${attr(node, 'href') ? ` href="${attr(node, 'href')}"` : ''}>`,
        );
      }
      if (tag === 'script' && attr(node, 'src') === undefined) {
        if (isExecutableScriptType(attr(node, 'type'))) inlineScripts.push(textOf(node));
        else dataBlocks += 1;
      }
      if (tag === 'style') inlineStyles.push(textOf(node));
      for (const a of node.attrs) {
        const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
        if (/^on/i.test(a.name)) problems.push(`<${tag} ${name}="${a.value.slice(0, 60)}">: an inline event handler`);
        if (a.name === 'style') styleAttributes.push(`<${tag} style="${a.value.slice(0, 60)}">`);
        if (/^\s*javascript:/i.test(a.value) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name)) {
          problems.push(`<${tag} ${name}="${a.value.slice(0, 60)}">: a javascript: URL`);
        }
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) visit(node.content as Node); // <template>
  };
  visit(document);

  if (policyText === null) {
    problems.push('no <meta http-equiv="Content-Security-Policy">');
    return { policy: null, problems, hashed: 0, dataBlocks };
  }
  if (metaCount > 1) problems.push(`${metaCount} CSP <meta> elements (one is expected)`);
  for (const element of beforePolicy) problems.push(`${element} comes before the CSP <meta>, which does not cover it`);

  const policy = parsePolicy(policyText);
  const scriptSrc = sourcesFor(policy, 'script-src');
  const styleSrc = sourcesFor(policy, 'style-src');
  if (scriptSrc.length === 0) problems.push('the policy restricts no scripts (no script-src, no default-src)');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
    if (scriptSrc.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  let hashed = 0;
  for (const text of inlineScripts) {
    if (cspHashes(text).some((h) => scriptSrc.includes(h))) hashed += 1;
    else
      problems.push(`an inline <script> without a matching hash in script-src: ${JSON.stringify(text.slice(0, 80))}`);
  }
  const unsafeStyles = styleSrc.includes("'unsafe-inline'");
  for (const text of inlineStyles) {
    if (unsafeStyles) continue;
    if (cspHashes(text).some((h) => styleSrc.includes(h))) hashed += 1;
    else problems.push(`an inline <style> without a matching hash in style-src: ${JSON.stringify(text.slice(0, 80))}`);
  }
  if (!unsafeStyles)
    for (const element of styleAttributes) problems.push(`${element}: a style attribute, which style-src blocks`);
  return { policy: policyText, problems, hashed, dataBlocks };
}

/** One rule of a `_headers` file: a path pattern and its headers (name as written → value). */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Reads a Netlify / Cloudflare Pages `_headers` file: an unindented path, then indented `Name: value` lines; `#` comments. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The value of a header in a rule (case-insensitive name), or undefined. */
export function header(rule: HeaderRule | undefined, name: string): string | undefined {
  return rule?.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}
