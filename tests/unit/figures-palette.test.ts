/** The figures' categorical colours (issue 16.1): distinct past four categories, and visible on white. */
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, localizeSpec } from '../../src/lib/figures/localize.ts';
import type { LoadedFigure } from '../../src/lib/figures/load.ts';

const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string) => [1, 3, 5].map((i) => linear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** CIELAB (D65), for colour distances as people see them. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe('categorical colours', () => {
  it('are at least eight, each with 3:1 contrast against the white chart background (WCAG 1.4.11)', () => {
    expect(CATEGORY_COLORS.length).toBeGreaterThanOrEqual(8);
    for (const c of CATEGORY_COLORS) expect(1.05 / (luminance(c) + 0.05), c).toBeGreaterThanOrEqual(3);
  });

  it('are far apart from one another (CIELAB distance of 25 or more between any two)', () => {
    for (let i = 0; i < CATEGORY_COLORS.length; i++)
      for (let j = i + 1; j < CATEGORY_COLORS.length; j++) {
        const [a, b] = [lab(CATEGORY_COLORS[i]!), lab(CATEGORY_COLORS[j]!)];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `${CATEGORY_COLORS[i]} ${CATEGORY_COLORS[j]}`).toBeGreaterThanOrEqual(25);
      }
  });

  it('are the range every chart uses for categories', () => {
    const loaded = { figure: { spec: { mark: 'point' }, description: { en: 'd' }, strings: {}, columns: {} }, datasets: [{ name: 'table', rows: [] }], fallback: 'en' } as unknown as LoadedFigure;
    const vl = localizeSpec(loaded, 'en') as { config: { range: { category: string[] } } };
    expect(vl.config.range.category).toEqual(CATEGORY_COLORS);
  });
});
