/**
 * The build lock of scripts/build.ts (node_modules/.journal-build.lock, holding a pid): the dev
 * server and the profiler's direct `astro build` write the project's .astro/ folder like a build
 * does, so they take turns with builds. A lock whose holder is gone is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

const lockDir = path.join(root, 'node_modules/.journal-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for the lock (up to 10 minutes) and returns the function that releases it. */
export async function holdBuildLock(): Promise<() => void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      /* being written */
    }
    if (holder && !alive(holder)) fs.rmSync(lockDir, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`the build lock ${lockDir} was held for 10 minutes (pid ${holder})`);
    else await new Promise((r) => setTimeout(r, 250));
  }
}
