import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import { copyTree, fixtureJournal, root } from './helpers.ts';

describe('npm run new-article', () => {
  it('creates a folder with three language files that validates as it is', () => {
    const content = copyTree(fixtureJournal);
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/new-article.ts', 'my-new-article'], {
      cwd: root, env: { ...process.env, JOURNAL_CONTENT_DIR: content }, encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const dir = path.join(content, 'articles/my-new-article');
    expect(fs.readdirSync(dir).sort()).toEqual(['article.yaml', 'en.mdx', 'kk.mdx', 'ru.mdx']);
    expect(fs.readFileSync(path.join(dir, 'article.yaml'), 'utf8')).toMatch(/# DOI assigned by the journal/);
    const { errors } = validateContent(content);
    expect(errors).toEqual([]);
    // a second run refuses to overwrite
    const again = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/new-article.ts', 'my-new-article'], {
      cwd: root, env: { ...process.env, JOURNAL_CONTENT_DIR: content }, encoding: 'utf8',
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    fs.rmSync(content, { recursive: true, force: true });
  });

  it('marks the new article as a draft; without draft: true every TODO left stops the build with its line', () => {
    const content = copyTree(fixtureJournal);
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/new-article.ts', 'unfinished'], {
      cwd: root, env: { ...process.env, JOURNAL_CONTENT_DIR: content }, encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const metaFile = path.join(content, 'articles/unfinished/article.yaml');
    const yaml = fs.readFileSync(metaFile, 'utf8');
    expect(yaml).toMatch(/^draft: true$/m);
    expect(validateContent(content).errors).toEqual([]);
    fs.writeFileSync(metaFile, yaml.replace(/^draft: true\n/m, ''));
    const { errors } = validateContent(content, { root: content });
    const at = (file: string) => errors.filter((e) => e.file === `articles/unfinished/${file}`).map((e) => e.line);
    const lines = fs.readFileSync(metaFile, 'utf8').split('\n');
    expect(at('article.yaml')).toEqual([lines.findIndex((l) => l.includes('"TODO: institution name"')) + 1, ...lines.flatMap((l, i) => (/(family|given): \{ latin: "TODO" \}/.test(l) ? [i + 1] : []))]);
    const en = fs.readFileSync(path.join(content, 'articles/unfinished/en.mdx'), 'utf8').split('\n');
    expect(at('en.mdx')).toEqual(en.flatMap((l, i) => (/^(title|abstract|keywords):|^TODO/.test(l) ? [i + 1] : [])));
    expect(errors[0]!.message).toMatch(/placeholder left.*draft: true/);
    fs.rmSync(content, { recursive: true, force: true });
  });

  it('takes the DOI prefix from the journal and refuses an unknown issue', () => {
    const content = copyTree(fixtureJournal);
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/new-article.ts', ...args], {
      cwd: root, env: { ...process.env, JOURNAL_CONTENT_DIR: content }, encoding: 'utf8',
    });
    const bad = run('other-article', '--issue', '1999-9');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/unknown issue "1999-9"; expected one of: 2024-1, 2024-2/);
    expect(run('other-article', '--issue', '2024-1').status).toBe(0);
    const meta = fs.readFileSync(path.join(content, 'articles/other-article/article.yaml'), 'utf8');
    expect(meta).toContain('doi: "10.5555/other-article"');
    expect(meta).toContain('issue: 2024-1');
    fs.rmSync(content, { recursive: true, force: true });
  });

  it('refuses a slug that is not a URL slug', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/new-article.ts', 'Bad Slug'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
