/** Where figure renders are kept, and what they are keyed by (no Vega here: the content check reads these without loading the renderer). */
import path from 'node:path';
import { codeDigest } from '../cache/disk.ts';

/** The disk cache; FIGURE_CACHE_DIR moves it (tests use a temporary one). */
export function cacheDir(): string {
  return path.resolve(process.env.FIGURE_CACHE_DIR ?? 'node_modules/.cache/journal-figures');
}

/**
 * The code a figure is made by (this folder, the languages' dictionaries and locales) and the
 * locked dependencies (Vega, Vega-Lite, resvg): a change to any of them makes every figure
 * again. A digest of the source files, so the key is the same in the render processes (the
 * sources through tsx) and in Astro's bundle (the same code, bundled).
 */
export const figureCode = (): string => codeDigest('src/lib/figures', 'src/i18n');
