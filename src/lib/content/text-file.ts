import fs from 'node:fs';
import type { Problem } from './problems.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that is not valid UTF-8 (binary search over streamed prefixes). */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length; // the prefix of length hi is invalid
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  // lo bytes decode when streamed; step back over an unfinished sequence that the bad byte broke.
  for (let k = lo; k >= Math.max(0, lo - 3); k--) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k));
      return k;
    } catch {
      /* k ends inside a sequence */
    }
  }
  return lo;
}

/**
 * Reads a content file as text, refusing files over `maxBytes` (checked before reading) and
 * bytes that are not UTF-8, each with a located problem that states the rule. Content is
 * data from outside authors: nothing is decoded leniently into replacement characters.
 */
export function readTextFile(file: string, name: string, maxBytes: number): { text?: string; problems: Problem[] } {
  const size = fs.statSync(file).size;
  if (size > maxBytes)
    return { problems: [{ severity: 'error', file: name, message: `file is ${size} bytes; the limit is ${maxBytes} bytes` }] };
  const bytes = fs.readFileSync(file);
  try {
    return { text: decoder.decode(bytes), problems: [] };
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return { problems: [{ severity: 'error', file: name, line, message: `invalid UTF-8 at byte ${at}: content files must be UTF-8 text` }] };
  }
}
