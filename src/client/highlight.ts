/**
 * `?hl=词` marks every occurrence of 词 in the page's main text with <mark class="hl">, matching
 * full-width and half-width ASCII alike and ignoring ASCII case. Text is matched across element
 * boundaries inside one block (a term may run into a marked metric value) and wrapped piece by
 * piece, through text nodes and ranges only: the query never becomes markup. The first match
 * scrolls into view unless the URL names a #fragment, which keeps its place.
 */
import { foldForMatch } from '../text/fold.ts';
import { announce } from './live.ts';

const SKIP = 'nav, script, style, noscript, button, select, option, textarea, .para-tools, mark';
const BLOCK = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, caption, figcaption, blockquote';

function highlight(root: Element, term: string): void {
  const needle = foldForMatch(term);
  // Text nodes in document order, grouped by the block they belong to.
  const groups: Text[][] = [];
  let block: Element | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement as Element;
    const own = parent.closest(BLOCK) ?? parent;
    if (own !== block || groups.length === 0) groups.push([]);
    block = own;
    groups.at(-1)?.push(node as Text);
  }

  let count = 0;
  let first: HTMLElement | null = null;
  for (const nodes of groups) {
    const starts: number[] = [];
    let text = '';
    for (const node of nodes) {
      starts.push(text.length);
      text += node.data;
    }
    const hay = foldForMatch(text);
    const hits: number[] = [];
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) hits.push(at);
    count += hits.length;
    // Last hit first, last node first: a wrapped node keeps its earlier text at the same offsets.
    let earliest: HTMLElement | null = null;
    for (const at of hits.reverse()) {
      for (let k = nodes.length - 1; k >= 0; k--) {
        const start = starts[k] as number;
        const end = starts[k + 1] ?? text.length;
        const from = Math.max(at, start);
        const to = Math.min(at + needle.length, end);
        if (from >= to) continue;
        const range = document.createRange();
        range.setStart(nodes[k] as Text, from - start);
        range.setEnd(nodes[k] as Text, to - start);
        const mark = document.createElement('mark');
        mark.className = 'hl';
        range.surroundContents(mark);
        earliest = mark;
      }
    }
    first ??= earliest;
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  announce(count > 0 ? `本页标出 ${count} 处“${term}”` : `本页没有“${term}”`);
}

const term = new URLSearchParams(location.search).get('hl')?.trim().slice(0, 100);
const main = document.querySelector('main');
if (term && main) highlight(main, term);
