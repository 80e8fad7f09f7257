#!/usr/bin/env node
// Writes app/theme-palette.css: the dark values of Tailwind's palette (every family, every shade), of the
// app's own colours (brand, ok/warn/bad) and the chart colours in both themes. Run it after changing a rule
// or a colour below: `node scripts/theme-palette.mjs` (add --check to print contrast of common pairs).
//
// The rule: a shade keeps its role, so `bg-red-50 text-red-900` (a pale box, dark text) becomes a dark red box
// with light text; `bg-white` (cards) and `text-white` (on coloured badges) turn dark together with the badge
// turning light. Lightness is mirrored through fixed targets (DARK_L below, oklch L in %), hue and chroma
// come from the mirrored shade (950 for 50, 900 for 100, …), pulled into sRGB.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHADES = ['50', '100', '200', '300', '400', '500', '600', '700', '800', '900', '950'];
const MIRROR = Object.fromEntries(SHADES.map((s, i) => [s, SHADES[SHADES.length - 1 - i]]));
/** oklch L (%) of each shade in dark mode. Neutrals: page (50) darker than cards (white), chips and
 *  hover (100) lighter than cards; text shades (500+) at least 4.5:1 on every surface. */
const DARK_L = {
  neutral: { 50: 16.5, 100: 26, 200: 31, 300: 40, 400: 64, 500: 71, 600: 76, 700: 83, 800: 89, 900: 94, 950: 97.5 },
  chromatic: { 50: 25, 100: 30, 200: 38, 300: 46, 400: 58, 500: 66, 600: 72, 700: 80, 800: 87, 900: 93, 950: 96.5 },
};
/** Light mode: Tailwind's values, except grey text shades darkened to reach 4.5:1 on every surface the app
 *  puts them on (white, slate-50, slate-100 and the pale tinted boxes): slate-400 is used for secondary text. */
const LIGHT_L = { slate: { 400: 53, 500: 50 } };
/** Chroma kept from the mirrored shade: pale surfaces (50–300) dimmed so boxes stay calm. */
const CHROMA_KEEP = { 50: 0.55, 100: 0.6, 200: 0.7, 300: 0.85 };
const NEUTRALS = new Set(['slate', 'gray', 'zinc', 'neutral', 'stone', 'mauve', 'olive', 'mist', 'taupe']);
/** Cards (`bg-white`) in dark mode; `text-white` follows, so it reads on the light badges. */
const DARK_WHITE = { l: 21, c: 0.04, h: 265 };
/** The app's own colours as app/globals.css @theme defines them (light). */
const APP_LIGHT = {
  'brand-50': '#eef6ff',
  'brand-100': '#d9eaff',
  'brand-500': '#2f6fed',
  'brand-600': '#1f57cc',
  'brand-700': '#1a46a3',
  ok: '#15803d',
  warn: '#b45309',
  bad: '#b91c1c',
};
/** Their dark values: the family's strong colour (hue and chroma), and which
 *  shade's dark lightness the colour takes. */
const APP_COLORS = {
  'brand-50': ['#1f57cc', '50'],
  'brand-100': ['#1f57cc', '100'],
  'brand-500': ['#2f6fed', '500'],
  'brand-600': ['#1f57cc', '600'],
  'brand-700': ['#1a46a3', '700'],
  ok: ['#15803d', '600'],
  warn: ['#b45309', '600'],
  bad: ['#b91c1c', '600'],
};
/** Chart colours (components/charts/chart-theme.ts, lib/domain/report/runs.ts): name → light hex. Dark:
 *  lightness mirrored around the card colour (darker → lighter), hue kept, at least 3:1 on cards. */
export const CHART = {
  brand: '#1f57cc',
  'brand-light': '#a3bcee',
  compare: '#d97706',
  bad: '#b91c1c',
  ok: '#15803d',
  users: '#0f766e',
  usl: '#7c3aed',
  'p-50': '#0d9488',
  'p-66': '#0891b2',
  'p-75': '#2563eb',
  'p-80': '#4f46e5',
  'p-90': '#7c3aed',
  'p-95': '#d97706',
  'p-98': '#ea580c',
  'p-99': '#dc2626',
  'p-99-9': '#be123c',
  'p-99-99': '#9f1239',
  'p-100': '#4c0519',
  'extra-1': '#0369a1',
  'extra-2': '#65a30d',
  'extra-3': '#c026d3',
  'extra-4': '#a16207',
  'extra-5': '#475569',
  'run-baseline': '#475569',
  'run-1': '#1f57cc',
  'run-2': '#d97706',
  'run-3': '#0f766e',
  'run-4': '#be123c',
  'run-5': '#7c3aed',
  'run-6': '#0891b2',
  'run-7': '#65a30d',
  'run-8': '#c026d3',
  'run-9': '#a16207',
  'run-10': '#4f46e5',
  'run-11': '#ea580c',
  'run-12': '#0d9488',
  'run-13': '#9f1239',
  'run-14': '#2563eb',
};
/** Neutral chart parts take the palette's own (themed) values. */
const CHART_NEUTRAL = {
  grid: 'slate-200',
  axis: 'slate-500',
  reset: 'slate-400',
  muted: 'slate-400',
  cursor: 'slate-100',
  surface: 'white',
};

// ---- colour math (oklch ↔ sRGB) ----
const toLinear = (v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const fromLinear = (v) => (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255);
}
function rgbToOklch([r, g, b]) {
  const [lr, lg, lb] = [r, g, b].map(toLinear);
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return { l: L * 100, c: Math.hypot(a, bb), h: ((Math.atan2(bb, a) * 180) / Math.PI + 360) % 360 };
}
function oklchToLinear({ l, c, h }) {
  const L = l / 100;
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l_ = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}
const inGamut = (lin) => lin.every((v) => v >= -1e-4 && v <= 1 + 1e-4);
/** Lowers chroma until the colour fits sRGB (lightness and hue kept). */
function fit(color) {
  let c = color.c;
  while (c > 0 && !inGamut(oklchToLinear({ ...color, c }))) c = Math.max(0, c - 0.002);
  return { ...color, c };
}
export function toHex(color) {
  const rgb = oklchToLinear(fit(color)).map((v) =>
    Math.round(Math.min(1, Math.max(0, fromLinear(Math.max(0, v)))) * 255),
  );
  return `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
const luminance = (hex) => {
  const [r, g, b] = hexToRgb(hex).map(toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

// ---- the palette ----
function tailwindPalette() {
  const css = readFileSync(join(root, 'node_modules/tailwindcss/theme.css'), 'utf8');
  const out = {};
  for (const m of css.matchAll(/--color-([a-z]+)-(\d+): oklch\(([\d.]+)% ([\d.]+) ([\d.]+|none)\);/g)) {
    (out[m[1]] ??= {})[m[2]] = { l: Number(m[3]), c: Number(m[4]), h: m[5] === 'none' ? 0 : Number(m[5]) };
  }
  return out;
}

function darkShade(family, shade, shades) {
  const src = shades[MIRROR[shade]];
  const target = DARK_L[NEUTRALS.has(family) ? 'neutral' : 'chromatic'][shade];
  return fit({ l: target, c: src.c * (CHROMA_KEEP[shade] ?? 1), h: src.h });
}

const fmt = ({ l, c, h }) => `oklch(${l.toFixed(1)}% ${c.toFixed(3)} ${h.toFixed(1)})`;

export function lightOverrides() {
  const palette = tailwindPalette();
  return Object.entries(LIGHT_L).flatMap(([family, shades]) =>
    Object.entries(shades).map(([shade, l]) => [
      `--color-${family}-${shade}`,
      fmt(fit({ ...palette[family][shade], l })),
    ]),
  );
}

export function darkPalette() {
  const vars = [];
  for (const [family, shades] of Object.entries(tailwindPalette())) {
    for (const shade of SHADES)
      if (shades[shade]) vars.push([`--color-${family}-${shade}`, fmt(darkShade(family, shade, shades))]);
  }
  vars.push(['--color-white', fmt(DARK_WHITE)]);
  for (const [name, [hex, shade]] of Object.entries(APP_COLORS)) {
    const own = rgbToOklch(hexToRgb(hex));
    const keep = CHROMA_KEEP[shade] ?? 1;
    vars.push([`--color-${name}`, fmt(fit({ l: DARK_L.chromatic[shade], c: Math.min(own.c, 0.2) * keep, h: own.h }))]);
  }
  return vars;
}

/** Dark chart colour: darker colours become lighter (order kept reversed), hue kept. */
export function darkChart(hex) {
  const own = rgbToOklch(hexToRgb(hex));
  return toHex({ l: 55 + 0.4 * (100 - own.l), c: own.c, h: own.h });
}

export function render() {
  const dark = darkPalette();
  const lines = [
    '/* Generated by scripts/theme-palette.mjs — edit the rules there and run it; do not edit by hand. */',
    '',
    "/* Light: Tailwind's palette but for these text shades; chart colours (components/charts/chart-theme.ts). */",
    ':root {',
    ...lightOverrides().map(([n, v]) => `  ${n}: ${v};`),
    ...Object.entries(CHART).map(([n, hex]) => `  --chart-${n}: ${hex};`),
    ...Object.entries(CHART_NEUTRAL).map(([n, c]) => `  --chart-${n}: var(--color-${c});`),
    '}',
    '',
    ':root {',
    '  @variant dark {',
    ...dark.map(([n, v]) => `    ${n}: ${v};`),
    ...Object.entries(CHART).map(([n, hex]) => `    --chart-${n}: ${darkChart(hex)};`),
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}

/** Light value of each palette colour as hex, by name (Tailwind's, with LIGHT_L applied). */
export function lightHexes() {
  const out = { white: '#ffffff' };
  for (const [family, shades] of Object.entries(tailwindPalette())) {
    for (const [shade, color] of Object.entries(shades))
      out[`${family}-${shade}`] = toHex({ ...color, l: LIGHT_L[family]?.[shade] ?? color.l });
  }
  return { ...out, ...APP_LIGHT };
}

/** Dark value of each palette colour as hex, by name ("slate-500", "white", "brand-600"). */
export function darkHexes() {
  return Object.fromEntries(
    darkPalette().map(([n, v]) => {
      const [, l, c, h] = v.match(/oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)/);
      return [n.replace('--color-', ''), toHex({ l: Number(l), c: Number(c), h: Number(h) })];
    }),
  );
}

function check() {
  const d = darkHexes();
  const pairs = [
    ['slate-500', 'white'],
    ['slate-500', 'slate-50'],
    ['slate-500', 'slate-100'],
    ['slate-400', 'white'],
    ['slate-600', 'white'],
    ['slate-900', 'white'],
    ['white', 'brand-600'],
    ['white', 'bad'],
    ['white', 'ok'],
    ['white', 'warn'],
    ['white', 'slate-600'],
    ['white', 'slate-800'],
    ['brand-600', 'white'],
    ['brand-700', 'white'],
    ['brand-700', 'brand-50'],
    ['red-700', 'red-50'],
    ['red-950', 'red-50'],
    ['amber-800', 'amber-50'],
    ['amber-900', 'amber-50'],
    ['green-950', 'green-50'],
    ['bad', 'white'],
    ['ok', 'white'],
    ['warn', 'white'],
    ['sky-900', 'sky-50'],
    ['slate-700', 'slate-100'],
    ['slate-200', 'white'],
  ];
  for (const [fg, bg] of pairs)
    console.log(`${fg.padEnd(10)} on ${bg.padEnd(10)} ${contrast(d[fg], d[bg]).toFixed(2)}  ${d[fg]} ${d[bg]}`);
  for (const [n, hex] of Object.entries(CHART))
    console.log(`chart ${n.padEnd(13)} ${darkChart(hex)} on card ${contrast(darkChart(hex), d.white).toFixed(2)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) check();
  else writeFileSync(join(root, 'app/theme-palette.css'), render());
}
