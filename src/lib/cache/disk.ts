/**
 * A small disk cache keyed by content hash, for work derived per article that a rebuild would
 * otherwise redo (citation formatting): Astro restarts the process on every build, so only
 * what is on disk survives. An entry is a JSON file named by the hash of everything its value
 * depends on; a changed input is a new key, so nothing is ever invalidated, only orphaned.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of one cache; `<ENV>` (e.g. CITATION_CACHE_DIR) moves it, tests use a temporary one. */
export function cacheFolder(name: string, envVar: string): string {
  return path.resolve(process.env[envVar] ?? path.join('node_modules/.cache', name));
}

/** The key of a set of inputs: sha-256 over the parts, which never contain NUL. */
export function contentKey(...parts: string[]): string {
  return crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** The value stored under `key` in `dir`, or undefined (missing, or unreadable after a crashed writer). */
export function readJson<T>(dir: string, key: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key` in `dir`, atomically. */
export function writeJson(dir: string, key: string, value: unknown): void {
  const file = path.join(dir, `${key}.json`);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value));
  fs.renameSync(tmp, file);
}

/** The value stored under `key` in `dir`, or `make()` stored there (atomically) first. */
export function cachedJson<T>(dir: string, key: string, make: () => T): T {
  const known = readJson<T>(dir, key);
  if (known !== undefined) return known;
  const value = make();
  writeJson(dir, key, value);
  return value;
}

/** Adds every file under `dir` (sorted relative names and bytes) to the hash `h`; nothing when it does not exist. */
export function hashTree(h: crypto.Hash, dir: string): crypto.Hash {
  if (!fs.existsSync(dir)) return h;
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const f of files) {
    h.update(`\u0000${path.relative(dir, f)}\u0000`);
    try {
      h.update(fs.readFileSync(f));
    } catch {
      h.update('\u0000unreadable'); // a broken symlink: the content check reports it
    }
  }
  return h;
}

let code: string | undefined;
/** A hash of the site's code (every file under src/) and the lock file: what a cached result derived by that code depends on. */
export function codeDigest(): string {
  if (code) return code;
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const h = hashTree(crypto.createHash('sha256'), path.join(root, 'src'));
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(lock)) h.update(fs.readFileSync(lock));
  return (code = h.digest('hex'));
}
