/**
 * Keeps the reader's place when switching language: section ids are the same in every
 * edition, so the link to the other edition gets the fragment of the section in view (or of
 * the current #fragment). Without JavaScript the links still work, to the top of the page.
 */
function sectionInView(): string | null {
  const targets = document.querySelectorAll<HTMLElement>('main [id^="sec-"], main [id^="fig-"], main [id^="table-"], main [id^="ref-"]');
  let current: string | null = null;
  for (const el of targets) {
    if (el.getBoundingClientRect().top <= 80) current = el.id;
    else break;
  }
  return current;
}

document.addEventListener('click', (event) => {
  const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-lang-link]');
  if (!a) return;
  const id = sectionInView() ?? (location.hash ? location.hash.slice(1) : null);
  const url = new URL(a.href);
  url.hash = id ? `#${id}` : '';
  a.href = url.toString();
});
