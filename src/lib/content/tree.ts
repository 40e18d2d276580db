/**
 * Paths stay inside the content tree. A symlink that resolves outside it would publish a file
 * from elsewhere on the build machine; a symlinked folder inside it would be followed by
 * Astro's glob loader but not by the content check. So both are refused, before the build
 * runs, and the content check and Astro see the same set of articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems.ts';

/** True when `file` (after following every symlink) lies inside the content tree `root`. */
export function insideTree(root: string, file: string): boolean {
  try {
    const r = fs.realpathSync(root);
    const f = fs.realpathSync(file);
    return f === r || f.startsWith(r + path.sep);
  } catch {
    return false;
  }
}

/** Located problems for every symlink in the content tree that leaves it or names a folder. */
export function checkTree(root: string, rel: (p: string) => string): Problem[] {
  const problems: Problem[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      if (!e.isSymbolicLink()) continue;
      const err = (message: string) => problems.push({ severity: 'error', file: rel(p), message });
      let target: string;
      try {
        target = fs.realpathSync(p);
      } catch {
        err('broken symlink');
        continue;
      }
      if (!insideTree(root, target)) err(`symlink resolves outside the content tree (to ${target}); copy the file into the article instead`);
      else if (fs.statSync(target).isDirectory()) err('symlinked folder: the build would publish it twice; copy the folder instead');
    }
  };
  if (fs.existsSync(root)) walk(root);
  return problems;
}
