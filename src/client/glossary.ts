/**
 * A glossary term's definition in a popover: on hover (mouse), on focus (keyboard), or on tap
 * (touch, where the tap would otherwise follow the link away). The definition is the page's
 * hidden copy (GlossaryDefinitions.astro) the term is already described by; the popover adds a
 * link to the entry on the glossary page. Loaded only on pages with marked terms (reading.ts).
 */

const POPOVER_ID = 'gloss-pop';
const HIDE_DELAY_MS = 200;

let popover: HTMLElement | null = null;
let owner: HTMLAnchorElement | null = null;
let hideTimer: number | undefined;
/** The term a touch or pen went down on while its definition was closed: its tap opens it. */
let tapToOpen: HTMLAnchorElement | null = null;

const termOf = (target: EventTarget | null): HTMLAnchorElement | null =>
  target instanceof Element ? target.closest<HTMLAnchorElement>('a.gloss') : null;

function popoverElement(): HTMLElement {
  if (popover) return popover;
  popover = document.createElement('div');
  popover.id = POPOVER_ID;
  popover.className = 'gloss-pop';
  popover.setAttribute('role', 'tooltip');
  popover.hidden = true;
  popover.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  popover.addEventListener('pointerleave', () => scheduleHide());
  // Inside <main>, so that it sits in a landmark like all content.
  (document.querySelector('main') ?? document.body).append(popover);
  return popover;
}

/** The entry's text without its list number, its term (before the first colon) in bold, as
 *  nodes: never HTML. */
function definitionNodes(entry: string): Node[] {
  const text = entry.replace(/^\s*[0-9０-９]+[.．、]\s*/, '');
  const colon = text.search(/[：:]/);
  if (colon <= 0) return [document.createTextNode(text)];
  const term = document.createElement('strong');
  term.textContent = text.slice(0, colon);
  return [term, document.createTextNode(text.slice(colon))];
}

function place(element: HTMLElement, term: HTMLAnchorElement): void {
  const margin = 8;
  const box = term.getBoundingClientRect();
  const width = element.offsetWidth;
  const left = Math.min(Math.max(margin, box.left), document.documentElement.clientWidth - width - margin);
  const below = box.bottom + margin;
  const fitsBelow = below + element.offsetHeight <= window.innerHeight || box.top < element.offsetHeight + margin;
  const top = fitsBelow ? below : box.top - element.offsetHeight - margin;
  element.style.left = `${Math.max(margin, left)}px`;
  element.style.top = `${top}px`;
}

function show(term: HTMLAnchorElement): void {
  window.clearTimeout(hideTimer);
  const definition = document.getElementById(term.getAttribute('aria-describedby') ?? '');
  if (!definition) return;
  const element = popoverElement();
  const more = document.createElement('a');
  more.href = term.href;
  more.className = 'gloss-pop-more';
  more.textContent = '查看名词解释';
  const text = document.createElement('p');
  text.append(...definitionNodes(definition.textContent ?? ''));
  element.replaceChildren(text, more);
  element.hidden = false;
  owner = term;
  place(element, term);
}

function hide(): void {
  window.clearTimeout(hideTimer);
  if (popover) popover.hidden = true;
  owner = null;
}

function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
}

document.addEventListener('pointerdown', (event) => {
  const term = termOf(event.target);
  const closed = !popover || popover.hidden || owner !== term;
  tapToOpen = term && event.pointerType !== 'mouse' && closed ? term : null;
  // A tap or click outside the term and the popover closes it.
  if (owner && !termOf(event.target) && !(event.target instanceof Node && popover?.contains(event.target))) hide();
});
document.addEventListener('pointerover', (event) => {
  const term = termOf(event.target);
  if (term && event.pointerType === 'mouse') show(term);
});
document.addEventListener('pointerout', (event) => {
  if (termOf(event.target) && event.pointerType === 'mouse') scheduleHide();
});
document.addEventListener('focusin', (event) => {
  const term = termOf(event.target);
  if (term) show(term);
  else if (!(event.target instanceof Node && popover?.contains(event.target))) hide();
});
document.addEventListener('click', (event) => {
  const term = termOf(event.target);
  // A touch has no hover: the first tap opens the definition, a second tap on it follows the
  // link. (Focus, which shows it too, comes between the touch and this click.) A click from the
  // keyboard (detail 0) or a mouse follows the link.
  const opening = term !== null && term === tapToOpen && event.detail > 0;
  tapToOpen = null;
  if (opening) {
    event.preventDefault();
    show(term);
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && owner) {
    hide();
  }
});
// Fixed to the viewport, it follows its term when the page scrolls or resizes.
const follow = () => {
  if (owner && popover && !popover.hidden) place(popover, owner);
};
window.addEventListener('resize', follow);
window.addEventListener('scroll', follow, { passive: true });

export {};
