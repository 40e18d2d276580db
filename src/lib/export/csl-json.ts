/** CSL-JSON download: the edition's canonical item, as the array reference managers import. */
import type { CslItem } from './csl.ts';

export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}
