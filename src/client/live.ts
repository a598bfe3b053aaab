/**
 * The page's one polite live region (`[data-live]`, rendered by Base.astro): short confirmations
 * such as 已复制链接, read out by screen readers and shown briefly as a toast.
 */
const region = document.querySelector<HTMLElement>('[data-live]');
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(message: string): void {
  if (!region) return;
  clearTimeout(timer);
  // Emptied first, so the same message twice in a row is announced twice.
  region.textContent = '';
  timer = setTimeout(() => {
    region.textContent = message;
    timer = setTimeout(() => (region.textContent = ''), 4000);
  }, 60);
}
