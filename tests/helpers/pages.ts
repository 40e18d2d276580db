import fs from 'node:fs';
import path from 'node:path';
import { dist } from './site.ts';

/** URL paths of every built HTML page (Pagefind's and asset folders excluded). */
export function builtPages(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== 'assets') walk(p);
      else if (e.name.endsWith('.html')) out.push(`/${path.relative(dist, p).replace(/index\.html$/, '')}`);
    }
  };
  walk(dist);
  return out.sort();
}
