/**
 * The built site under test. `npm test` builds `dist/` first; tests read it and never build
 * the real site themselves (fixture builds go to their own temporary folders).
 */
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
/** The built site; TEST_DIST_DIR points the tests at another build (an engineer's own while developing). */
export const dist = path.resolve(process.env.TEST_DIST_DIR ?? path.join(root, 'dist'));
export { hasShared, sharedDir } from './shared.ts';

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  throw new Error('dist/ is missing: run `npm run build` first (npm test does this).');
}

/** Text of a built file, by its URL path (`/en/` reads `/en/index.html`). */
export function readBuilt(urlPath: string): string {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return fs.readFileSync(path.join(dist, rel), 'utf8');
}

export function builtExists(urlPath: string): boolean {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return fs.existsSync(path.join(dist, rel));
}

export const ARTICLE = 'bloggers-and-the-state';
export const LANGS = ['en', 'kk', 'ru'] as const;
