/**
 * Prints one plain closing line, `Tests: N passed, N failed, N skipped`, that any CI can read,
 * after Vitest's own summary, with the reasons given for skipped tests just above it (a fresh
 * clone without ../shared skips what needs it: counted as skipped, never as passed). A run with
 * no test executed counts as a failure.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const reasons = new Map<string, number>();
    for (const m of modules) {
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
      for (const t of m.children.allTests()) {
        const r = t.result();
        if (r.state === 'passed') passed++;
        else if (r.state === 'failed') failed++;
        else {
          skipped++;
          const note = r.state === 'skipped' ? r.note : undefined;
          if (note) reasons.set(note, (reasons.get(note) ?? 0) + 1);
        }
      }
    }
    failed += errors.length;
    if (passed + failed === 0) {
      console.log('no test was executed');
      process.exitCode = 1;
    }
    for (const [note, n] of reasons) console.log(`skipped ${n}: ${note}`);
    console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
