/**
 * Every built page is valid HTML by the W3C Nu HTML Checker itself (the `vnu-jar` package, run
 * with Debian's Java): no error and no warning. Without Java the sweep cannot run and fails,
 * saying what to install (scripts/system-deps.sh installs it as root).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, nuCheck, nuReport } from '../helpers/nu-checker.ts';
import { dist } from '../helpers/site.ts';

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
    expect(builtPages(dist).length).toBeGreaterThan(10);
    expect(nuReport(dist)).toBe('');
  });
});
