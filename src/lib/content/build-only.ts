/**
 * Partial builds: after an edit that leaves every article's listing record alone (a paragraph,
 * a data file, a figure), `scripts/build.ts` has Astro make only the changed articles' own pages
 * and files and keeps the rest from the previous output (scripts/lib/partial-build.ts). It names
 * those articles in JOURNAL_BUILD_ONLY. Journal-wide pages still see every article's data; only
 * the changed articles' MDX is compiled and rendered.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

export const BUILD_ONLY_ENV = 'JOURNAL_BUILD_ONLY';

/** The slugs a partial build makes, or undefined for a full build (the variable unset or empty). */
export function buildOnly(env: Record<string, string | undefined> = process.env): Set<string> | undefined {
  const v = env[BUILD_ONLY_ENV]?.trim();
  return v ? new Set(v.split(',').map((s) => s.trim()).filter(Boolean)) : undefined;
}

type Store = LoaderContext['store'];
type Entry = Parameters<Store['set']>[0];

/**
 * The editions' store as a partial build's loader sees it: entries of articles not being built
 * keep their data and body (listing pages read them) but lose `deferredRender`, so their MDX is
 * never a module of the build. A cached entry in the other state is dropped and parsed again.
 */
export function partialStore(store: Store, only: Set<string>): Store {
  const built = (id: string) => only.has(id.split('/')[0]!);
  return {
    ...store,
    get: (id: string) => {
      const e = store.get(id);
      if (e && Boolean(e.deferredRender) !== built(id)) {
        store.delete(id);
        return undefined;
      }
      return e;
    },
    set: (entry: Entry) => store.set(built(entry.id) ? entry : { ...entry, deferredRender: false }),
  } as Store;
}

/** `loader` (the editions' glob loader) writing through `partialStore`. */
export function partialLoader(loader: Loader, only: Set<string>): Loader {
  return { ...loader, load: (context: LoaderContext) => loader.load({ ...context, store: partialStore(context.store, only) }) };
}
