/**
 * Work spread over the machine's cores: the figure renders of the content check and the
 * publication pass (PDFs, citations) run in child processes, one per core at a time, each
 * taking a batch of at most `maxBatch` items (native memory, resvg's and Typst's, only grows
 * while a process lives, so a process is replaced after a batch). JOURNAL_WORKERS caps the
 * number of processes.
 */
import os from 'node:os';

/** How many processes run at once: one per core, at most JOURNAL_WORKERS. */
export function workerCount(): number {
  return Math.max(1, Math.min(os.availableParallelism(), Number(process.env.JOURNAL_WORKERS) || Infinity));
}

/**
 * Runs `run` over batches of `items`, `workerCount()` at a time. The batches are equal and a
 * multiple of the workers in number, so every core has the same work to the end. Rejects with
 * the first failure once the running batches have finished.
 */
export async function inBatches<T>(items: T[], maxBatch: number, run: (batch: T[]) => Promise<void>): Promise<void> {
  const workers = workerCount();
  const count = workers * Math.ceil(items.length / (workers * maxBatch));
  const batches: T[][] = [];
  for (let i = 0; i < count; i++) {
    const batch = items.slice(Math.floor((i * items.length) / count), Math.floor(((i + 1) * items.length) / count));
    if (batch.length) batches.push(batch);
  }
  let failure: unknown;
  const next = async (): Promise<void> => {
    for (let b = batches.shift(); b && failure === undefined; b = batches.shift()) {
      try {
        await run(b);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, batches.length) }, next));
  if (failure !== undefined) throw failure;
}
