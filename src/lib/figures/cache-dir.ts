/** Where figure renders are kept (no Vega here: the content check reads it without loading the renderer). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The disk cache; FIGURE_CACHE_DIR moves it (tests use a temporary one). */
export function cacheDir(): string {
  return path.resolve(process.env.FIGURE_CACHE_DIR ?? 'node_modules/.cache/journal-figures');
}

/** The version of an installed package, from its package.json (which Vega's packages do not export). */
export function packageVersion(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json of ${name}`);
    dir = up;
  }
}
