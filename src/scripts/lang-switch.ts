/**
 * Keeps the reader's place when switching language: section ids are the same in every
 * edition, so the link to the other edition gets the fragment of the section in view (or of
 * the current #fragment). Without JavaScript the links still work, to the top of the page.
 */
function sectionInView(): string | null {
  const targets = document.querySelectorAll<HTMLElement>('main .article-body :is(h2, h3)[id], main figure[id^="fig-"], main figure.table-figure[id], main li[id^="ref-"]');
  const header = document.querySelector('.site-header');
  const top = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  // The reader is in the last anchor that starts in the upper quarter of the reading area or above.
  const line = top + (window.innerHeight - top) / 4;
  let current: string | null = null;
  for (const el of targets) {
    if (el.getBoundingClientRect().top <= line) current = el.id;
    else break;
  }
  return current;
}

document.addEventListener('click', (event) => {
  const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-lang-link]');
  if (!a) return;
  // The current #fragment wins while its target is still on screen (the reader came here by a
  // link and has not scrolled away); otherwise the section being read.
  const hashTarget = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const onScreen = hashTarget ? hashTarget.getBoundingClientRect().top : NaN;
  const id = hashTarget && onScreen >= 0 && onScreen < window.innerHeight / 2 ? hashTarget.id : (sectionInView() ?? hashTarget?.id ?? null);
  const url = new URL(a.href);
  url.hash = id ? `#${id}` : '';
  a.href = url.toString();
});
