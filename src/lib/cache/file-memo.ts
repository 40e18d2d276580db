/**
 * An in-process memo for values read from content files: a value is kept with the files it
 * was read from and given again while none of them changed (size, modification time, inode,
 * or existence), so a build reads each figure and article file once however many routes ask,
 * and the live preview still sees every save.
 */
import fs from 'node:fs';

/** What a file looks like now: absent, or its size, mtime and inode. */
function signature(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return '-';
  }
}

interface Entry<T> {
  files: string[];
  signatures: string[];
  value: T;
}

/**
 * A memo of `read(key)`; `read` returns the value and every file it depends on (files that must
 * stay absent included). Errors are never kept: a broken file is read again next time.
 */
export function fileMemo<K, T>(read: (key: K) => { value: T; files: string[] }, keyOf: (key: K) => string): (key: K) => T {
  const memo = new Map<string, Entry<T>>();
  return (key: K) => {
    const k = keyOf(key);
    const known = memo.get(k);
    if (known && known.files.every((f, i) => signature(f) === known.signatures[i])) return known.value;
    const { value, files } = read(key);
    memo.set(k, { files, signatures: files.map(signature), value });
    return value;
  };
}
