/**
 * A join declared in the figure file (`"join": [{ "dataset": "stations", "on": "station" }]`):
 * every row of the first dataset gets the other dataset's columns from the one row with the
 * same key. The table and the download then show exactly what the chart plots. A key with no
 * match, or a key that appears twice in the joined dataset, is a located error: a silent
 * missing value would draw a wrong chart.
 */
import { ContentError } from '../content/problems.ts';
import type { FigureFile } from '../../schemas/figure.ts';
import type { Dataset } from './load.ts';

/** The datasets with the declared joins applied to the first one. */
export function joinDatasets(datasets: Dataset[], joins: FigureFile['join'], file: string): Dataset[] {
  if (joins.length === 0) return datasets;
  let main = datasets[0]!;
  joins.forEach((j, ji) => {
    const at = `join.${ji}`;
    const other = datasets.find((d) => d.name === j.dataset);
    if (!other || other === datasets[0]) throw new ContentError({ file, field: `${at}.dataset`, message: `"${j.dataset}" is not another dataset of this figure (datasets: ${datasets.map((d) => d.name).join(', ')})` });
    const mk = main.columns.indexOf(j.on);
    const ok = other.columns.indexOf(j.on);
    if (mk < 0 || ok < 0) throw new ContentError({ file, field: `${at}.on`, message: `column "${j.on}" must be in both ${main.file} and ${other.file}` });
    const added = other.columns.filter((c) => c !== j.on);
    const clash = added.find((c) => main.columns.includes(c));
    if (clash) throw new ContentError({ file, field: `${at}.dataset`, message: `column "${clash}" is in both ${main.file} and ${other.file}: only the key "${j.on}" may be shared` });
    const index = new Map<string, number>();
    other.raw.forEach((cells, i) => {
      if (index.has(cells[ok]!)) throw new ContentError({ file: other.file, field: `${j.on}`, message: `key "${cells[ok]}" appears twice (records ${index.get(cells[ok]!)! + 1} and ${i + 1}): a join needs one row per key` });
      index.set(cells[ok]!, i);
    });
    const pick = added.map((c) => other.columns.indexOf(c));
    const rows = main.rows.map((row, i) => {
      const hit = index.get(main.raw[i]![mk]!);
      if (hit === undefined) throw new ContentError({ file: main.file, field: j.on, message: `data row ${i + 1}: key "${main.raw[i]![mk]}" has no row in ${other.file}` });
      return { ...row, ...Object.fromEntries(added.map((c) => [c, other.rows[hit]![c] ?? null])) };
    });
    const raw = main.raw.map((cells) => [...cells, ...pick.map((p) => other.raw[index.get(cells[mk]!)!]![p]!)]);
    main = { ...main, columns: [...main.columns, ...added], rows, raw };
  });
  return [main, ...datasets.slice(1)];
}
