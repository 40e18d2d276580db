/**
 * The one door to Pagefind's JS API in the browser. `/pagefind/pagefind.js` is written by the
 * build (scripts/lib/search-index.ts), so it is imported at run time by URL, never bundled.
 * It picks the index of the page's `<html lang>`.
 */
export interface PagefindSubResult { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string | string[]> }) => Promise<{ results: PagefindResult[] } | null>;
}

let engine: Promise<Pagefind> | null = null;

/** Loads and initialises Pagefind once; later calls share the same promise. */
export function loadPagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  engine.catch(() => { engine = null; });
  return engine;
}
