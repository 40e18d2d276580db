/**
 * Every page: the first time the reader focuses a search field, load Pagefind (script, entry
 * file, WebAssembly) in the background, so results come quickly on the search page. Until then
 * nothing of Pagefind is requested.
 */
for (const input of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) {
  input.addEventListener(
    'focus',
    () => {
      void import('./search-engine.ts').then((m) => m.loadPagefind()).catch(() => undefined);
    },
    { once: true },
  );
}
