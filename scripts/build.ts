/**
 * `npm run build`: validate the content tree, build into a temporary folder, and replace the
 * output folder only when everything succeeded. A failed build leaves the previous output
 * untouched. Options: `--out DIR` (default dist); JOURNAL_CONTENT_DIR picks the content tree.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/paths.ts';
import { runContentCheck } from './lib/content-check.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outArg = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const out = path.resolve(root, outArg ?? 'dist');
const started = performance.now();

if (!runContentCheck()) {
  console.error(`build stopped before Astro ran; ${path.relative(root, out) || out} is unchanged.`);
  process.exit(1);
}

const tmp = `${out}.tmp-${process.pid}`;
fs.rmSync(tmp, { recursive: true, force: true });
// Each content tree gets its own Astro cache, so fixture builds never see the journal's data store.
const content = contentDir(root);
const cacheDir =
  content === path.join(root, 'content') ? path.join(root, 'node_modules/.astro') : path.join(root, 'node_modules/.astro-fixtures', crypto.createHash('sha1').update(content).digest('hex').slice(0, 12));

/**
 * Astro keeps temporary render files in the project's own .astro/ folder whatever the output
 * folder, so two builds of this project at once (tests building fixtures, the benchmark) must
 * take turns. A lock folder with the holder's pid; a lock whose holder is gone is taken over.
 */
const lockDir = path.join(root, 'node_modules/.journal-build.lock');
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
function acquireLock(): void {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      /* being written */
    }
    if (holder && !alive(holder)) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another build (pid ${holder}) has held ${lockDir} for 15 minutes`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}
const releaseLock = () => fs.rmSync(lockDir, { recursive: true, force: true });

const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
acquireLock();
process.on('exit', releaseLock);
const r = spawnSync(process.execPath, [astro, 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: tmp, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
releaseLock();
if (r.status !== 0) {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.error(`\nbuild failed; ${path.relative(root, out) || out} is unchanged.`);
  process.exit(r.status ?? 1);
}

const old = `${out}.old-${process.pid}`;
if (fs.existsSync(out)) fs.renameSync(out, old);
fs.renameSync(tmp, out);
fs.rmSync(old, { recursive: true, force: true });
console.log(`built ${path.relative(root, out) || out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
