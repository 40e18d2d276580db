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

/**
 * Adds every file under `dir` (sorted relative names and bytes) to the hash `h`; nothing when it
 * does not exist. A symlink adds its target's bytes only when the target is a regular file (a
 * link to a device or a pipe, which the content check refuses, would never end); otherwise its
 * target's name.
 */
export function hashTree(h: crypto.Hash, dir: string): crypto.Hash {
  if (!fs.existsSync(dir)) return h;
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const f of files) {
    h.update(`\u0000${path.relative(dir, f)}\u0000`);
    let regular = false;
    try {
      regular = fs.statSync(f).isFile();
    } catch {
      /* a broken symlink: the content check reports it */
    }
    if (regular) h.update(fs.readFileSync(f));
    else h.update(`\u0000link:${fs.readlinkSync(f)}`);
  }
  return h;
}

const folders = new Map<string, { signature: string; digest: string }>();

/**
 * `hashTree` of one folder as a hex digest, kept in the process while no entry under it changed
 * (names, sizes, modification times, inodes): the content check, the figure check, the
 * publication pass and the partial-build plan all key work by an article's folder, and the
 * folder is read and hashed once per build. The live preview still sees every save.
 */
export function folderDigest(dir: string): string {
  let signature = '-';
  if (fs.existsSync(dir)) {
    const parts: string[] = [];
    for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      const p = path.join(e.parentPath, e.name);
      let s: fs.Stats | undefined;
      try {
        s = fs.statSync(p);
      } catch {
        /* a broken symlink: its name is enough */
      }
      parts.push(`${path.relative(dir, p)}:${s ? `${s.size}:${s.mtimeMs}:${s.ino}` : '-'}`);
    }
    signature = parts.sort().join('\u0000');
  }
  const known = folders.get(dir);
  if (known && known.signature === signature) return known.digest;
  const digest = hashTree(crypto.createHash('sha256'), dir).digest('hex');
  folders.set(dir, { signature, digest });
  return digest;
}

const digests = new Map<string, string>();
/**
 * A hash of the site's code in `folders` (relative to the project, the working directory of every
 * build, test and preview, like the caches) and the lock file: what a cached result derived by
 * that code depends on. The same in the build's own processes and in Astro's bundle, which
 * cannot find its sources from its own location.
 */
export function codeDigest(...folders: string[]): string {
  const parts = folders.length ? folders : ['src'];
  const id = parts.join('\u0000');
  let d = digests.get(id);
  if (d) return d;
  const h = crypto.createHash('sha256');
  for (const f of parts) hashTree(h.update(`\u0000${f}\u0000`), path.resolve(f));
  if (fs.existsSync('package-lock.json')) h.update(fs.readFileSync('package-lock.json'));
  digests.set(id, (d = h.digest('hex')));
  return d;
}
