/**
 * `npx tsx scripts/bench/profile.ts [--articles N] [--real]`: where a clean build's time goes.
 * Times the content check (which renders every figure in render processes) and the publication
 * pass (PDFs, JATS), then runs `astro build` under `node --cpu-prof` (fresh Astro, figure, PDF,
 * check and search caches) and sums the profile's self time by the package or folder each
 * function comes from (citeproc, vega, MDX, Astro's renderer, Vite...). Pagefind's indexer is a
 * separate binary, so it shows as the wall time of the build:done hook, not in the profile.
 * Prints one table (`--urls` adds the 25 busiest packages and files); peak memory (max RSS) is
 * the build child's, from GNU time. Every cache is fresh, so this is a clean build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContentPrepared } from '../../src/lib/content/validate.ts';
import { checkFigure } from '../../src/lib/figures/check.ts';
import { holdBuildLock } from './lock.ts';
import { makeSyntheticJournal } from './synthetic.ts';
import { publicationPass } from '../lib/publication-pass.ts';
import { categorize, summarize, type CpuProfile } from './profile-summary.ts';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const n = Number(args.includes('--articles') ? args[args.indexOf('--articles') + 1] : 50);
const real = args.includes('--real');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-profile-'));
const content = real ? path.join(root, 'content') : makeSyntheticJournal(path.join(root, 'content'), 'bloggers-and-the-state', n).dir;

// As scripts/build.ts: the check renders every figure and the publication pass makes PDFs and
// JATS, into fresh caches that Astro then reads.
Object.assign(process.env, { FIGURE_CACHE_DIR: path.join(work, 'figures'), PDF_CACHE_DIR: path.join(work, 'pdf'), CHECK_CACHE_DIR: path.join(work, 'check'), SEARCH_CACHE_DIR: path.join(work, 'search'), JOURNAL_CONTENT_DIR: content });
let t = performance.now();
const { errors } = await validateContentPrepared(content, { checkFigure });
const checkMs = Math.round(performance.now() - t);
if (errors.length) throw new Error(`${content}: ${errors.length} content errors`);
const manifest = path.join(work, 'publication.json');
t = performance.now();
await publicationPass(content, manifest);
const passMs = Math.round(performance.now() - t);

const release = await holdBuildLock();
t = performance.now();
const r = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, '--cpu-prof', `--cpu-prof-dir=${work}`, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, JOURNAL_CONTENT_DIR: content, ASTRO_OUT_DIR: path.join(work, 'dist'), ASTRO_CACHE_DIR: path.join(work, 'astro-cache'), JOURNAL_PUBLICATION_MANIFEST: manifest, CITATION_CACHE_DIR: path.join(work, 'citations'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
});
release();
const buildMs = Math.round(performance.now() - t);
if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0);
const pages = String(r.stdout).match(/(\d+) page\(s\) built/)?.[1];
const profiles = fs.readdirSync(work).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(work, f));
const biggest = profiles.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!;
const profile = JSON.parse(fs.readFileSync(biggest, 'utf8')) as CpuProfile;
const rows = summarize(profile, categorize);

console.log(`${real ? 'real site' : `${n} articles (distinct figures)`}: ${pages} pages; content check (figures rendered) ${checkMs} ms; publication pass ${passMs} ms; astro build ${buildMs} ms wall; peak RSS ${(rss / 1024).toFixed(0)} MB`);
console.log('| where (self time) | ms | share |\n| --- | --- | --- |');
const total = rows.reduce((s, x) => s + x.ms, 0);
for (const x of rows) console.log(`| ${x.category} | ${Math.round(x.ms)} | ${((x.ms / total) * 100).toFixed(1)}% |`);
if (args.includes('--urls')) {
  const urls = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const u = profile.nodes.find((x) => x.id === id)?.callFrame.url ?? '';
    const k = u.includes('node_modules/') ? u.replace(/^.*node_modules\//, '').split('/').slice(0, 2).join('/') : u.split('/').slice(-2).join('/');
    urls.set(k, (urls.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [u, ms] of [...urls].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${Math.round(ms)} ms  ${u}`);
  const fns = new Map<string, number>();
  const byNode = new Map(profile.nodes.map((x) => [x.id, x.callFrame]));
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id);
    if (!f || !/chunks\//.test(f.url)) return;
    const k = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}`;
    fns.set(k, (fns.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log('busiest functions in the bundled chunks (our code and the packages Vite bundles):');
  for (const [f, ms] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${Math.round(ms)} ms  ${f}`);
}
if (!real) fs.rmSync(content, { recursive: true, force: true });
fs.rmSync(work, { recursive: true, force: true });
