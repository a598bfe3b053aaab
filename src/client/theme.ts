/**
 * The header's theme toggle (`[data-theme-toggle]`, a button with aria-pressed = dark). The
 * choice goes to localStorage; public/theme-init.js applies it before the first paint of every page.
 * Without a stored choice the page follows the system (prefers-color-scheme), in CSS alone.
 */
export {};

const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');

function isDark(): boolean {
  const chosen = root.dataset.theme;
  return chosen ? chosen === 'dark' : dark.matches;
}

function sync(): void {
  button?.setAttribute('aria-pressed', String(isDark()));
}

button?.addEventListener('click', () => {
  const next = isDark() ? 'light' : 'dark';
  root.dataset.theme = next;
  try {
    localStorage.setItem('theme', next);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
  sync();
});
dark.addEventListener('change', sync);
sync();
