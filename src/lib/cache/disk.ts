/**
 * A small disk cache keyed by content hash, for work derived per article that a rebuild would
 * otherwise redo (citation formatting): Astro restarts the process on every build, so only
 * what is on disk survives. An entry is a JSON file named by the hash of everything its value
 * depends on; a changed input is a new key, so nothing is ever invalidated, only orphaned.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The folder of one cache; `<ENV>` (e.g. CITATION_CACHE_DIR) moves it, tests use a temporary one. */
export function cacheFolder(name: string, envVar: string): string {
  return path.resolve(process.env[envVar] ?? path.join('node_modules/.cache', name));
}

/** The key of a set of inputs: sha-256 over the parts, which never contain NUL. */
export function contentKey(...parts: string[]): string {
  return crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** The value stored under `key` in `dir`, or `make()` stored there (atomically) first. */
export function cachedJson<T>(dir: string, key: string, make: () => T): T {
  const file = path.join(dir, `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    /* missing or unreadable (a crashed writer): make it again */
  }
  const value = make();
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value));
  fs.renameSync(tmp, file);
  return value;
}
