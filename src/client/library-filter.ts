/**
 * The library home's filters (src/pages/index.astro): level, place and year, kept in the URL
 * (`?level=city&year=2026`) so a filtered list can be shared. Without JS the form stays hidden
 * and the whole list shows, grouped by level and place.
 */
const form = document.querySelector<HTMLFormElement>('[data-library-filter]');
const count = document.querySelector<HTMLElement>('[data-library-count]');
const FIELDS = ['level', 'place', 'year'] as const;

function chosen(): Record<(typeof FIELDS)[number], string> {
  const params = new URLSearchParams(location.search);
  return { level: params.get('level') ?? '', place: params.get('place') ?? '', year: params.get('year') ?? '' };
}

function apply(): void {
  if (!form) return;
  const wanted = chosen();
  for (const field of FIELDS) {
    const select = form.elements.namedItem(field);
    if (select instanceof HTMLSelectElement) select.value = wanted[field];
  }
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLElement>('li[data-level]')) {
    const match = FIELDS.every((field) => wanted[field] === '' || item.dataset[field] === wanted[field]);
    item.hidden = !match;
    if (match) shown++;
  }
  // A place or level with nothing left is hidden with its heading.
  for (const section of document.querySelectorAll<HTMLElement>('.library-place, .library-level'))
    section.hidden = section.querySelector('li[data-level]:not([hidden])') === null;
  if (count) count.textContent = shown === 0 ? '没有符合条件的报告' : `共 ${shown} 份报告`;
}

if (form) {
  form.hidden = false;
  form.addEventListener('change', () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string' && value !== '') params.set(name, value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    apply();
  });
  apply();
}

export {};
