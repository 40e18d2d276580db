/**
 * Hostile content against Astro itself and faults of the build (issue 13.1, 13.6, 13.7), on
 * copies of the fixture journal (test content, never published): an MDX import never runs even
 * when the content check is bypassed; harmless HTML comes out inert under the page's CSP meta
 * tag; stale temporary folders of killed builds are removed; SIGTERM to the build script ends
 * Astro's whole process group and leaves the previous output and no temporary folder.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock } from '../../scripts/lib/build-lock.ts';
import { cspMeta } from '../../src/lib/security/csp.ts';
import { copyTree, fixtureJournal, root, runBuild, snapshot } from './helpers.ts';

const A = 'articles/fixture-two-affiliations';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-hostile-astro-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const append = (dir: string, text: string) => fs.appendFileSync(path.join(dir, A, 'en.mdx'), `\n${text}\n`);

/** Runs a command to its end, collecting its output. */
function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (b) => (output += b));
    child.stderr.on('data', (b) => (output += b));
    child.on('exit', (status) => resolve({ status, output }));
  });
}

const htmlFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));

const childrenOf = (pid: number): number[] =>
  fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
    try {
      return Number(fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === pid;
    } catch {
      return false;
    }
  }).map(Number);

/** True while a process of the group runs (zombies, which this machine's init may never reap, do not count). */
const groupAlive = (pgid: number) =>
  fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).some((p) => {
    try {
      const [state, , group] = fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return Number(group) === pgid && state !== 'Z';
    } catch {
      return false;
    }
  });

describe('Astro never compiles a body that breaks the content policy', () => {
  it('an import and an expression never run, even with the content check bypassed', async () => {
    const marker = path.join(tmp, 'code-ran');
    const content = copyTree(fixtureJournal);
    append(content, `import { execSync } from "node:child_process"\n\nexport const x = execSync('touch ${marker}')\n\n{execSync('touch ${marker}')}`);
    const release = await acquireBuildLock(root);
    let r;
    try {
      r = await run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        JOURNAL_CONTENT_DIR: content, ASTRO_OUT_DIR: path.join(tmp, 'astro-out'), ASTRO_CACHE_DIR: path.join(tmp, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1',
      });
    } finally {
      release();
    }
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toMatch(/import\/export is not allowed in an article body/);
    expect(r.output).toMatch(/fixture-two-affiliations\/en\.mdx/);
    expect(fs.existsSync(marker)).toBe(false);
  }, 180_000);
});

describe('allowed HTML comes out inert, under a CSP meta tag, and stale build folders are removed', () => {
  it('builds', () => {
    const content = copyTree(fixtureJournal);
    append(content, `{/* <script>alert(1)</script> an editor's comment */}\n\nA term <abbr title='"><script>alert(2)</script>'>KZ</abbr> and <q cite="https://example.org/?a=1&b=2">quoted</q>.`);
    const out = path.join(tmp, 'inert');
    fs.mkdirSync(`${out}.tmp-999999/assets`, { recursive: true });
    fs.mkdirSync(`${out}.old-999999`, { recursive: true });
    const r = runBuild(content, out);
    expect(r.status, r.output).toBe(0);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('inert.'))).toEqual([]);
    const pages = htmlFiles(out);
    expect(pages.length).toBeGreaterThan(10);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta().replace(/'/g, '&#39;')}"`;
    for (const p of pages) {
      const html = fs.readFileSync(p, 'utf8');
      expect(html.replace(/&#39;/g, "'"), p).toContain(meta.replace(/&#39;/g, "'"));
      expect(html, p).not.toMatch(/editor's comment/);
      // Every script is an external file or a JSON-LD data block: nothing from the body became an inline script.
      for (const s of selectAll('script', fromHtml(html))) expect(s.properties.src ?? s.properties.type, p).toMatch(/^\/assets\/|^application\/ld\+json$/);
    }
    const article = fromHtml(fs.readFileSync(path.join(out, 'en/articles/fixture-two-affiliations/index.html'), 'utf8'));
    expect(select('abbr', article)?.properties.title).toBe('"><script>alert(2)</script>');
    expect(select('q', article)?.properties.cite).toBe('https://example.org/?a=1&b=2');
  }, 180_000);
});

describe('a build killed with SIGTERM ends its Astro and leaves nothing behind', () => {
  it('ends the process group, keeps the previous output, removes its temporary folder', async () => {
    const content = copyTree(fixtureJournal);
    const out = path.join(tmp, 'killed');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), '<p>previous build</p>');
    const before = snapshot(out);
    const build = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', out], {
      cwd: root, env: { ...process.env, JOURNAL_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore',
    });
    let astro: number | undefined;
    for (let i = 0; i < 600 && !astro; i++) {
      await new Promise((r) => setTimeout(r, 250));
      astro = childrenOf(build.pid!).find((p) => fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('astro'));
    }
    expect(astro, 'Astro started').toBeDefined();
    await new Promise((r) => setTimeout(r, 3000));
    const exited = new Promise<number | null>((r) => build.on('exit', (code) => r(code)));
    build.kill('SIGTERM');
    expect(await exited).toBe(143);
    await new Promise((r) => setTimeout(r, 500));
    expect(groupAlive(astro!)).toBe(false);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('killed.'))).toEqual([]);
  }, 240_000);
});
