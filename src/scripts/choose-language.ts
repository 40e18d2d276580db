/** On the language chooser: go to the edition that matches the browser's preferred languages. */
const available = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-lang]'));
const byLang = new Map(available.map((a) => [a.dataset.lang!, a.href]));
for (const pref of navigator.languages ?? [navigator.language]) {
  const base = pref.toLowerCase().split('-')[0]!;
  const href = byLang.get(base);
  if (href) {
    location.replace(href);
    break;
  }
}
