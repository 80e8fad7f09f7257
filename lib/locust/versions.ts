// Locust version ranges inferred from file content, and their intersection across files.
import type { VersionRange } from './types';

export const OLDEST_VERSION = '0.12';
export const NEWEST_VERSION = '2.46.3';

export function range(min: string, max: string): VersionRange {
  return { min, max };
}

/** Compares dotted versions with pre-release tags (1.0b1 < 1.0 < 1.0.1). */
export function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x - y;
  }
  return 0;
}

function versionParts(v: string): number[] {
  // "2.2.0b0" -> [2, 2, 0, -1, 0]: a pre-release sorts before its release.
  const out: number[] = [];
  for (const piece of v.split('.')) {
    const m = /^(\d+)(?:(a|b|rc)(\d+))?$/.exec(piece);
    if (!m) {
      out.push(0);
      continue;
    }
    out.push(Number(m[1]));
    if (m[2] !== undefined) out.push(-1, Number(m[3]));
  }
  return out;
}

/** Intersection of ranges; null when they do not overlap (files from different Locust versions). */
export function intersectRanges(ranges: VersionRange[]): VersionRange | null {
  let min = OLDEST_VERSION;
  let max = NEWEST_VERSION;
  for (const r of ranges) {
    if (compareVersions(r.min, min) > 0) min = r.min;
    if (compareVersions(r.max, max) < 0) max = r.max;
  }
  return compareVersions(min, max) <= 0 ? { min, max } : null;
}

export function formatRange(r: VersionRange): string {
  return r.min === r.max ? r.min : `${r.min}–${r.max}`;
}
