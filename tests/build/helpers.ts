/** Runs the real build script on a content tree into a chosen output folder. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const fixtureJournal = path.join(root, 'tests/fixtures/journal');

export interface BuildRun { status: number | null; output: string }

export function runBuild(contentDir: string, outDir: string, script = 'scripts/build.ts', extraArgs: string[] = [], env: Record<string, string> = {}): BuildRun {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script, '--out', outDir, ...extraArgs], {
    cwd: root,
    env: { ...process.env, JOURNAL_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A writable copy of a content tree in a temporary folder. */
export function copyTree(src: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-content-'));
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

/** Every file under a folder with its bytes' hash, for comparing two outputs. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
import crypto from 'node:crypto';
