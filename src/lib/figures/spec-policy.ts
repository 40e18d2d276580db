/**
 * What a figure's spec may not hold. A figure is data the build reads itself: Vega must never
 * be told to fetch anything. So anywhere in the spec (layers, concat, facet, a lookup's
 * `from`, marks, encodings, config…) a `data` may only name one of the figure's datasets
 * (`{ "name": "co2" }`), and `url`, `href`, `datasets`, inline `values`, data generators
 * (`sequence`, `graticule`, `sphere`) and image marks are refused with the figure file and
 * the JSON path. The loaders given to Vega refuse every request as a second wall (render.ts).
 */
import { ContentError } from '../content/problems.ts';

type Json = unknown;

/** Keys that load or link something outside the figure's data, anywhere in a spec. */
const FORBIDDEN_KEYS: Record<string, string> = {
  url: 'a figure may not load or link a URL',
  href: 'links from a chart are not allowed (an "href" channel or property opens any URL)',
  datasets: 'the build inserts the datasets of the figure\'s data files',
  loader: 'a figure may not set a loader',
};

/** Located refusals of a spec (the first one stops the figure): see the module doc. */
export function checkSpecPolicy(spec: Json, datasets: string[], file: string): void {
  walk(spec, ['spec'], (path, key, value) => {
    const at = [...path, key].join('.');
    const fail = (message: string): never => {
      throw new ContentError({ file, field: at, message });
    };
    if (Object.hasOwn(FORBIDDEN_KEYS, key)) fail(`"${key}" is not allowed: ${FORBIDDEN_KEYS[key]}`);
    if (key === 'data') {
      const ok = value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { name?: unknown }).name === 'string';
      if (!ok) fail(`"data" may only name one of the figure's datasets, like { "name": "${datasets[0]}" }: the build reads the data files itself`);
      const name = (value as { name: string }).name;
      if (!datasets.includes(name)) fail(`dataset "${name}" is not one of the figure's data files (datasets: ${datasets.join(', ')})`);
    }
    if (key === 'mark' || key === 'type') {
      const type = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
      if (type === 'image' && (key === 'mark' || path.at(-1) === 'mark')) fail('image marks load pictures from URLs and are not allowed');
    }
  });
}

function walk(node: Json, path: string[], visit: (path: string[], key: string, value: Json) => void): void {
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, String(i)], visit));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Record<string, Json>)) {
      visit(path, k, v);
      walk(v, [...path, k], visit);
    }
  }
}
