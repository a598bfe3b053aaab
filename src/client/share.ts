/**
 * Copy a paragraph's link or a citation of it. ParagraphView renders each paragraph as
 * `.paragraph > p[id] + .para-tools > a.permalink`; this adds two buttons to every `.para-tools`:
 * 链接 copies the paragraph's full URL, 引用 a citation (report title, heading, 第N段, URL).
 * When the reader has selected text inside one sentence of the paragraph, both act on that
 * sentence instead (`#…-s2`, 第N段第M句). Results are announced in the live region.
 * The report title and heading come from the article's data-cite-title / data-cite-heading.
 */
import { parseId } from '../model/ids.ts';
import { announce } from './live.ts';

const article = document.querySelector<HTMLElement>('[data-cite-title]');
if (article) init(article);

function init(article: HTMLElement): void {
  const title = article.dataset.citeTitle ?? '';
  const heading = article.dataset.citeHeading ?? '';
  /** The paragraph whose sentence the reader selected, remembered until they press elsewhere. */
  let marked: HTMLElement | null = null;

  for (const tools of article.querySelectorAll('.para-tools')) {
    tools.append(button('link', '链接'), button('cite', '引用'));
  }

  function button(act: string, text: string): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.act = act;
    b.textContent = text;
    label(b, '段');
    return b;
  }

  function label(b: HTMLElement, unit: '段' | '句'): void {
    const name = b.dataset.act === 'cite' ? `引用本${unit}` : `复制本${unit}链接`;
    b.setAttribute('aria-label', name);
    b.title = name;
  }

  function mark(paragraph: HTMLElement | null, sentenceId: string): void {
    if (marked && marked !== paragraph) unmark();
    if (!paragraph) return;
    marked = paragraph;
    paragraph.dataset.sentence = sentenceId;
    paragraph.classList.add('has-selection');
    for (const b of paragraph.querySelectorAll<HTMLElement>('[data-act]')) label(b, '句');
  }

  function unmark(): void {
    if (!marked) return;
    delete marked.dataset.sentence;
    marked.classList.remove('has-selection');
    for (const b of marked.querySelectorAll<HTMLElement>('[data-act]')) label(b, '段');
    marked = null;
  }

  // A selection inside one sentence marks its paragraph. A collapsing selection does not unmark
  // it (pressing a button may collapse it first); pressing anywhere but the buttons does.
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const start = elementOf(range.startContainer)?.closest<HTMLElement>('.sentence');
    const end = elementOf(range.endContainer)?.closest<HTMLElement>('.sentence');
    if (start && start === end && article.contains(start)) mark(start.closest<HTMLElement>('.paragraph'), start.id);
    else unmark();
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (!(event.target as Element).closest?.('.para-tools')) unmark();
    },
    true,
  );
  // Keep the reader's selection (and the focus) where it is when a button is pressed.
  article.addEventListener('mousedown', (event) => {
    if ((event.target as Element).closest('[data-act]')) event.preventDefault();
  });

  article.addEventListener('click', async (event) => {
    const b = (event.target as Element).closest<HTMLElement>('[data-act]');
    const paragraph = b?.closest<HTMLElement>('.paragraph');
    const p = paragraph?.querySelector('p[id]');
    if (!b || !paragraph || !p) return;
    const sentence = paragraph.dataset.sentence;
    const id = sentence ?? p.id;
    const url = `${location.origin}${location.pathname}#${id}`;
    const n = parseId(id);
    const place = n.paragraph ? `第${n.paragraph}段${n.sentence ? `第${n.sentence}句` : ''}` : '';
    const cite = b.dataset.act === 'cite';
    const ok = await copy(cite ? `《${title}》${heading}，${place}。${url}` : url);
    // Failing that, the link goes to the address bar, where it can be copied by hand.
    if (!ok) history.replaceState(history.state, '', `#${id}`);
    announce(!ok ? '未能复制；本段链接已在地址栏' : cite ? '已复制引用' : sentence ? '已复制本句链接' : '已复制链接');
    unmark();
  });
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard here (an http: origin, a refused permission).
    return false;
  }
}
