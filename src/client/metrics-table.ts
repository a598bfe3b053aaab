/**
 * Filters and sorts the metrics table of `/<slug>/metrics/` in place. The state lives in the URL
 * query (`period`, `relation`, `section`, `q`, `sort`, `dir`): read on load, rewritten with
 * history.replaceState on every change, so a filtered, sorted view can be shared. Without this
 * script the page shows the complete table. Runs only where `[data-metrics-table]` exists.
 */

import { foldForMatch } from '../text/fold.ts';

const SELECTS = ['period', 'relation', 'section'] as const;
type SelectName = (typeof SELECTS)[number];
const SELECT_LABEL: Record<SelectName, string> = { period: '时期', relation: '关系', section: '章节' };
type Direction = 'asc' | 'desc';

interface State {
  period: string;
  relation: string;
  section: string;
  q: string;
  sort: string;
  dir: Direction;
}

interface Row {
  tr: HTMLTableRowElement;
  index: number;
  /** Subject and text, folded and lower-cased, for the `q` filter. */
  haystack: string;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function init(root: HTMLElement): void {
  const form = root.querySelector('form');
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  const live = root.querySelector<HTMLElement>('[data-count]');
  if (!form || !table || !body || !live) return;
  const tbody: HTMLTableSectionElement = body;
  const status: HTMLElement = live;
  const caption = table.querySelector<HTMLElement>('[data-order-note]');

  const selects = new Map<SelectName, HTMLSelectElement>();
  for (const name of SELECTS) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement) selects.set(name, select);
  }
  const search = form.elements.namedItem('q');
  const input = search instanceof HTMLInputElement ? search : null;
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const sortKeys = headers.map((th) => th.dataset.sort ?? '');

  const rows: Row[] = [...tbody.rows].map((tr, index) => ({
    tr,
    index,
    haystack: foldForMatch(`${tr.dataset.subject ?? ''}\n${tr.querySelector('.col-text')?.textContent ?? ''}`),
  }));

  const state = readState(new URLSearchParams(location.search));

  function readState(query: URLSearchParams): State {
    const sort = query.get('sort') ?? '';
    return {
      period: query.get('period') ?? '',
      relation: query.get('relation') ?? '',
      section: query.get('section') ?? '',
      q: query.get('q') ?? '',
      sort: sortKeys.includes(sort) ? sort : '', // an unknown column: the text's order
      dir: query.get('dir') === 'desc' ? 'desc' : 'asc',
    };
  }

  /** Shows the state in the controls; a value the data lacks gets an option saying so. */
  function showState(): void {
    for (const [name, select] of selects) {
      const value = state[name];
      for (const option of [...select.options])
        if (option.dataset.unknown !== undefined && option.value !== value) option.remove();
      const known = [...select.options].some((o) => o.value === value);
      if (!known) {
        const option = new Option(`${value}（数据中没有）`, value);
        option.dataset.unknown = '';
        select.add(option);
      }
      select.value = value;
    }
    if (input) input.value = state.q;
  }

  function matches(row: Row, q: string): boolean {
    const data = row.tr.dataset;
    return (
      (state.period === '' || data.period === state.period) &&
      (state.relation === '' || data.relation === state.relation) &&
      (state.section === '' || data.section === state.section) &&
      (q === '' || row.haystack.includes(q))
    );
  }

  function compare(a: Row, b: Row, column: number): number {
    const key = sortKeys[column];
    if (key === 'value') return Number(a.tr.dataset.value) - Number(b.tr.dataset.value);
    if (key === 'section') return Number(a.tr.dataset.sectionOrder) - Number(b.tr.dataset.sectionOrder);
    const x = a.tr.cells[column]?.textContent?.trim() ?? '';
    const y = b.tr.cells[column]?.textContent?.trim() ?? '';
    return collator.compare(x, y);
  }

  function apply(): void {
    const q = foldForMatch(state.q.trim());
    let shown = 0;
    for (const row of rows) {
      const visible = matches(row, q);
      row.tr.hidden = !visible;
      if (visible) shown++;
    }

    const column = sortKeys.indexOf(state.sort);
    const sign = state.dir === 'desc' ? -1 : 1;
    const ordered = [...rows].sort((a, b) => {
      if (column < 0) return a.index - b.index;
      // Empty cells (范围 of a non-ranking) go last either way; ties keep the text's order.
      const emptyA = a.tr.cells[column]?.textContent?.trim() === '';
      const emptyB = b.tr.cells[column]?.textContent?.trim() === '';
      if (emptyA !== emptyB) return emptyA ? 1 : -1;
      return sign * compare(a, b, column) || a.index - b.index;
    });
    tbody.append(...ordered.map((row) => row.tr));

    headers.forEach((th, i) => {
      const button = th.querySelector('button');
      if (i === column) th.setAttribute('aria-sort', state.dir === 'desc' ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
      if (button) button.title = i === column && state.dir === 'asc' ? '按此列降序排列' : '按此列升序排列';
    });
    if (caption) {
      const label = headers[column]?.textContent?.trim();
      caption.textContent = label ? `按${label}${state.dir === 'desc' ? '降序' : '升序'}` : '按原文顺序';
    }

    const unknown = [...selects]
      .filter(([name, select]) => state[name] !== '' && select.selectedOptions[0]?.dataset.unknown !== undefined)
      .map(([name]) => `${SELECT_LABEL[name]}“${state[name]}”`);
    let message = `显示 ${shown} / ${rows.length} 条`;
    if (unknown.length > 0) message += `：数据中没有${unknown.join('、')}`;
    else if (shown === 0) message += '：没有符合条件的指标';
    status.textContent = message;
  }

  function writeUrl(): void {
    const query = new URLSearchParams();
    for (const name of SELECTS) if (state[name] !== '') query.set(name, state[name]);
    if (state.q !== '') query.set('q', state.q);
    if (state.sort !== '') {
      query.set('sort', state.sort);
      query.set('dir', state.dir);
    }
    const search = query.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }

  function update(): void {
    apply();
    writeUrl();
  }

  for (const [name, select] of selects) {
    select.addEventListener('change', () => {
      state[name] = select.value;
      showState();
      update();
    });
  }
  input?.addEventListener('input', () => {
    state.q = input.value;
    update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.querySelector('[data-clear]')?.addEventListener('click', () => {
    state.period = state.relation = state.section = state.q = '';
    showState();
    update();
  });
  headers.forEach((th, i) => {
    const button = th.querySelector('button');
    if (!button || !sortKeys[i]) return;
    button.disabled = false;
    button.addEventListener('click', () => {
      state.dir = state.sort === sortKeys[i] && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = sortKeys[i] ?? '';
      update();
    });
  });

  showState();
  apply();
}

const root = document.querySelector<HTMLElement>('[data-metrics-table]');
if (root) init(root);
