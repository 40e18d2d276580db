/**
 * The output folder's side of `npm run build`: stale temporary folders of killed builds are
 * removed, the output is checked to be replaceable before anything is built, and the finished
 * build is swapped in as the very last step by renames that put the previous output back if
 * the second one fails, so a failed build never leaves the output missing or half-replaced.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The fs calls the swap makes, injectable so a test can make one of them fail. */
export interface SwapFs {
  existsSync(p: string): boolean;
  renameSync(from: string, to: string): void;
  rmSync(p: string, o: { recursive: boolean; force: boolean }): void;
}

/** Removes `<out>.tmp-*` and `<out>.old-*` left by builds that were killed (call it holding the build lock). */
export function cleanStale(out: string): string[] {
  const dir = path.dirname(out);
  const base = path.basename(out);
  if (!fs.existsSync(dir)) return [];
  const stale = fs.readdirSync(dir).filter((f) => f.startsWith(`${base}.tmp-`) || f.startsWith(`${base}.old-`));
  for (const f of stale) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  return stale;
}

/**
 * Why the output cannot be replaced (its parent or one of its folders is not writable), or
 * undefined. Checked before the build starts, so a read-only output fails with nothing changed.
 */
export function unwritable(out: string): string | undefined {
  const check = (p: string) => {
    try {
      fs.accessSync(p, fs.constants.W_OK);
      return undefined;
    } catch {
      return p;
    }
  };
  const parent = path.dirname(out);
  if (!fs.existsSync(parent)) return undefined;
  const bad = check(parent);
  if (bad || !fs.existsSync(out)) return bad;
  const walk = (d: string): string | undefined => {
    const b = check(d);
    if (b) return b;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) { const r = walk(path.join(d, e.name)); if (r) return r; }
    return undefined;
  };
  return walk(out);
}

/**
 * Moves the finished build `tmp` to `out`. The previous output is renamed aside first and
 * renamed back if the new one cannot take its place; removing the old copy is best-effort
 * (a leftover `<out>.old-*` is removed by the next build), so success is never reported late.
 */
export function swapInto(tmp: string, out: string, ops: SwapFs = fs, tag = String(process.pid)): { leftover?: string } {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const old = `${out}.old-${tag}`;
  const had = ops.existsSync(out);
  if (had) ops.renameSync(out, old);
  try {
    ops.renameSync(tmp, out);
  } catch (e) {
    if (had) ops.renameSync(old, out);
    throw e;
  }
  if (!had) return {};
  try {
    ops.rmSync(old, { recursive: true, force: true });
    return {};
  } catch {
    return { leftover: old };
  }
}
