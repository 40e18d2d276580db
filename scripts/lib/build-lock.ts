/**
 * Astro keeps temporary render files in the project's own .astro/ folder whatever the output
 * folder, so two builds of this project at once (tests building fixtures, the benchmark) must
 * take turns. The lock is proper-lockfile's (a folder whose mtime the holder refreshes; a
 * holder that died is detected by staleness, not by pid), and it is released on exit.
 * The Astro child's process group is recorded beside it, so a build whose script was killed
 * with SIGKILL (which cannot be forwarded) has its Astro ended by the next build.
 */
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

const WAIT_MS = 15 * 60_000;
const RETRY_MS = 250;

/** Waits for the build lock (up to 15 minutes); resolves to its release function. */
export async function acquireBuildLock(root: string): Promise<() => void> {
  const lockfilePath = path.join(root, 'node_modules/.journal-build.lock');
  await lockfile.lock(root, {
    lockfilePath,
    realpath: false,
    stale: 20_000,
    update: 5_000,
    retries: { retries: WAIT_MS / RETRY_MS, factor: 1, minTimeout: RETRY_MS, maxTimeout: RETRY_MS },
    onCompromised: (e) => console.warn(`build lock ${lockfilePath}: ${e.message}`),
  });
  let released = false;
  return () => {
    if (released) return;
    released = true;
    try {
      lockfile.unlockSync(root, { lockfilePath, realpath: false });
    } catch {
      /* already released or compromised */
    }
  };
}

const groupFile = (root: string) => path.join(root, 'node_modules/.journal-build.astro-pgid');

/** Records the running Astro's process group (call while holding the lock). */
export function recordAstroGroup(root: string, pgid: number): void {
  fs.writeFileSync(groupFile(root), String(pgid));
}

/** Forgets the recorded group once Astro has ended. */
export function forgetAstroGroup(root: string): void {
  fs.rmSync(groupFile(root), { force: true });
}

/** Ends an Astro left running by a killed build (call while holding the lock). */
export function endOrphanedAstro(root: string): void {
  let pgid = 0;
  try {
    pgid = Number(fs.readFileSync(groupFile(root), 'utf8'));
  } catch {
    return;
  }
  try {
    if (pgid > 1 && fs.readFileSync(`/proc/${pgid}/cmdline`, 'utf8').includes('astro')) process.kill(-pgid, 'SIGKILL');
  } catch {
    /* gone already */
  }
  forgetAstroGroup(root);
}
