/**
 * The phone table of contents is a <details> drawer that works without JavaScript. This adds
 * what a drawer is expected to do: Escape closes it (focus back on its summary), and following a
 * link to a place on the same page closes it so the drawer does not cover the target.
 */
export {};

for (const drawer of document.querySelectorAll<HTMLDetailsElement>('details[data-drawer]')) {
  drawer.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !drawer.open) return;
    drawer.open = false;
    drawer.querySelector('summary')?.focus();
  });
  drawer.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (link?.hash && link.pathname === location.pathname) drawer.open = false;
  });
}
