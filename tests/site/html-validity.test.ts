/**
 * Every built page is valid HTML by the W3C Nu HTML Checker itself (the `vnu-jar` package, run
 * with Debian's Java): no error and no warning. Without Java the sweep cannot run and fails,
 * saying what to install (scripts/system-deps.sh installs it as root).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/site.ts';

const jar = String(createRequire(import.meta.url)('vnu-jar'));
interface NuMessage { type: string; subType?: string; url?: string; lastLine?: number; message: string }

/** The Nu checker's errors and warnings for some files (one JVM for all of them). */
function nuCheck(files: string[]): NuMessage[] {
  if (spawnSync('java', ['-version']).error) throw new Error('java is missing: apt-get install -y default-jre-headless (scripts/system-deps.sh does this as root)');
  const r = spawnSync('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(r.stderr || r.stdout) as { messages: NuMessage[] };
  return out.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'warning');
}

function builtPages(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

describe('HTML validity (Nu HTML Checker)', () => {
  it('finds the errors it is meant to find', () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nu-')), 'bad.html');
    fs.writeFileSync(bad, '<!doctype html><html lang="en"><head><title>x</title></head><body><span aria-label="x">*</span></body></html><script type="module" src="/a.js"></script>');
    const messages = nuCheck([bad]).map((m) => m.message).join('\n');
    expect(messages).toContain('“aria-label” attribute must not be specified on any “span”');
    expect(messages).toContain('Stray start tag “script”');
    fs.rmSync(path.dirname(bad), { recursive: true, force: true });
  });
  it('reports no error and no warning on any built page', () => {
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    const problems = nuCheck(pages).map((m) => `${path.relative(dist, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);
    expect(problems.join('\n')).toBe('');
  });
});
