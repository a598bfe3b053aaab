/**
 * Old links keep working (src/model/moved.ts): loaded only when the link's `#id` is not on the
 * page, or on an old page that no longer exists. Looks the id up in the report's moved.json and
 * goes to its new place; an old page without a known id goes to the page that now holds its text.
 */
const map = document.querySelector<HTMLElement>('[data-moved-map]')?.dataset.movedMap;
const fallback = document.querySelector<HTMLElement>('[data-moved-target]')?.dataset.movedTarget;

function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

async function follow(): Promise<void> {
  const id = hashId();
  let target: string | undefined;
  if (map && id) {
    try {
      const response = await fetch(map);
      if (response.ok) target = ((await response.json()) as Record<string, string>)[id];
    } catch {
      // offline or blocked: fall back below
    }
  }
  target ??= fallback;
  if (target) location.replace(target);
}

void follow();

export {};
