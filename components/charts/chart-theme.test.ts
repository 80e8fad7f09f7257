// The chart colours and the dark palette: generated CSS up to date, every colour a chart uses defined in both
// themes, and the dark theme readable (WCAG contrast on the dark cards).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART, contrast, darkChart, darkHexes, lightHexes, render } from '@/scripts/theme-palette.mjs';
import { runColors } from '@/lib/domain/report/runs';
import { COLORS, percentileColor } from './chart-theme';

const css = readFileSync(join(import.meta.dirname, '../../app/theme-palette.css'), 'utf8');
const [light, dark] = css.split('@variant dark');
const defined = (block: string) => new Set([...block!.matchAll(/(--chart-[a-z0-9-]+):/g)].map((m) => m[1]));
const varName = (color: string) => color.match(/^var\((--chart-[a-z0-9-]+)\)$/)?.[1];

describe('theme palette', () => {
  it('app/theme-palette.css is what scripts/theme-palette.mjs writes (run it after changing a rule)', () => {
    expect(css).toBe(render());
  });

  const used = [
    ...Object.values(COLORS),
    ...['50', '66', '75', '80', '90', '95', '98', '99', '99.9', '99.99', '100', '42', '43', '44', '45', '46'].map(
      (k, i) => percentileColor(k, i),
    ),
    ...runColors(16, 0),
  ];
  it.each(used.map((color) => ({ color })))('$color is a chart variable defined in light and dark', ({ color }) => {
    const name = varName(color);
    expect(name).toBeDefined();
    expect(defined(light!).has(name!)).toBe(true);
    if (!/^--chart-(grid|axis|reset|muted|cursor|surface)$/.test(name!)) expect(defined(dark!).has(name!)).toBe(true);
  });

  const card = darkHexes().white!;
  it.each(Object.entries(CHART).map(([name, hex]) => ({ name, hex })))(
    'dark $name stands out on a card (≥ 3:1)',
    ({ hex }) => {
      expect(contrast(darkChart(hex), card)).toBeGreaterThanOrEqual(3);
    },
  );

  // Grey text on the surfaces the components put it on, in light mode (secondary text is slate-400 or -500).
  it.each(
    [
      ['slate-400', 'white'],
      ['slate-400', 'slate-50'],
      ['slate-400', 'slate-100'],
      ['slate-500', 'red-50'],
      ['slate-500', 'amber-50'],
      ['slate-500', 'brand-50'],
      ['slate-500', 'green-50'],
      ['slate-500', 'slate-100'],
    ].map(([fg, bg]) => ({ fg: fg!, bg: bg! })),
  )('light $fg on $bg ≥ 4.5:1', ({ fg, bg }) => {
    const l = lightHexes();
    expect(contrast(l[fg]!, l[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  // Text on surfaces, as the components pair them (foreground, background): 4.5:1 in dark as in light.
  it.each(
    [
      ['slate-400', 'white'],
      ['slate-400', 'slate-100'],
      ['slate-500', 'white'],
      ['slate-500', 'slate-50'],
      ['slate-500', 'slate-100'],
      ['slate-600', 'white'],
      ['slate-900', 'white'],
      ['white', 'brand-600'],
      ['white', 'bad'],
      ['white', 'ok'],
      ['white', 'warn'],
      ['white', 'slate-600'],
      ['white', 'slate-800'],
      ['brand-600', 'white'],
      ['brand-700', 'brand-50'],
      ['red-700', 'red-50'],
      ['red-950', 'red-50'],
      ['amber-800', 'amber-50'],
      ['amber-900', 'amber-100'],
      ['green-950', 'green-50'],
      ['bad', 'white'],
      ['ok', 'white'],
      ['warn', 'white'],
      ['sky-900', 'sky-50'],
    ].map(([fg, bg]) => ({ fg: fg!, bg: bg! })),
  )('dark $fg on $bg ≥ 4.5:1', ({ fg, bg }) => {
    const d = darkHexes();
    expect(contrast(d[fg]!, d[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});
