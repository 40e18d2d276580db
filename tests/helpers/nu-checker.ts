/**
 * The W3C Nu HTML Checker itself (the `vnu-jar` package) run with Debian's Java. Without Java
 * it throws and says what to install (scripts/system-deps.sh installs it as root).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const jar = String(createRequire(import.meta.url)('vnu-jar'));
export interface NuMessage { type: string; subType?: string; url?: string; lastLine?: number; message: string }

/** The Nu checker's errors and warnings for some files (one JVM for all of them). */
export function nuCheck(files: string[]): NuMessage[] {
  if (spawnSync('java', ['-version']).error) throw new Error('java is missing: apt-get install -y default-jre-headless (scripts/system-deps.sh does this as root)');
  const r = spawnSync('java', ['-jar', jar, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(r.stderr || r.stdout) as { messages: NuMessage[] };
  // Checked as file: URLs, the pages' own assets do not match the CSP meta's 'self'; the real
  // CSP is checked in the browser over HTTP (tests/e2e/csp.test.ts), so those notes are left out,
  // as is the note on the JSON-LD data block (not a script a browser runs; tests/site/budgets.test.ts
  // fails on any real inline script).
  const fileOrigin = (m: NuMessage) => m.subType === 'warning' && /^(Resource|Inline script) violates Content Security Policy/.test(m.message);
  return out.messages.filter((m) => (m.type === 'error' || m.type === 'non-document-error' || m.subType === 'warning') && !fileOrigin(m));
}

/** Every built page under a folder. */
export function builtPages(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

/** One line per problem: page, line, kind, message (empty when all is valid). */
export function nuReport(dir: string): string {
  return nuCheck(builtPages(dir)).map((m) => `${path.relative(dir, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? '?'}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`).join('\n');
}
