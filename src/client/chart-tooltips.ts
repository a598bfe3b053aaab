/**
 * Chart tooltips: hovering or focusing a mark (an <a> in a chart's SVG) shows its subject, value
 * and period in a tooltip beside it; Escape, blur or leaving hides it. Clicking follows the link
 * (no script needed). The marks already carry the same text as aria-label and <title>, so the
 * tooltip is for sighted readers and is aria-hidden. Runs only where `[data-chart]` exists.
 */

const MARK = 'a[data-mark]';

function setup(figure: HTMLElement): void {
  const body = figure.querySelector<HTMLElement>('[data-chart-body]');
  if (!body || body.dataset.tooltips) return;
  body.dataset.tooltips = 'on';
  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.dataset.chartTooltip = '';
  tip.hidden = true;
  const subject = document.createElement('strong');
  const value = document.createElement('span');
  const period = document.createElement('span');
  tip.append(subject, value, document.createTextNode(' · '), period);
  body.append(tip);
  // The native <title> tooltip would double ours on hover.
  for (const title of body.querySelectorAll(`${MARK} > title`)) title.remove();

  const show = (mark: SVGAElement) => {
    subject.textContent = mark.dataset.subject ?? '';
    value.textContent = mark.dataset.value ?? '';
    period.textContent = mark.dataset.period ?? '';
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const frame = body.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.min(
      Math.max(0, box.left - frame.left + box.width / 2 - width / 2),
      Math.max(0, frame.width - width),
    );
    let top = box.top - frame.top - tip.offsetHeight - 6;
    if (top < 0) top = box.bottom - frame.top + 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>(MARK) : null);

  body.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  body.addEventListener('focusout', hide);
  body.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  body.addEventListener('mouseleave', hide);
  body.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) setup(figure);
