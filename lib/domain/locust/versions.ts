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

/** "2.12.1", or a range as formatRange writes it ("1.2–2.46.3") -> a range; null when neither. */
export function parseVersionText(text: string): VersionRange | null {
  // Split at a dash, then trim: `\s*[–—]\s*` as a separator would rescan a run of spaces at each of them.
  const parts = text
    .trim()
    .split(/[–—]|\s-\s/)
    .map((part) => part.trim());
  const ok = (v: string | undefined): v is string => v !== undefined && /^\d+(?:\.\d+)*(?:(?:a|b|rc)\d+)?$/.test(v);
  if (parts.length === 1 && ok(parts[0])) return range(parts[0], parts[0]);
  if (parts.length === 2 && ok(parts[0]) && ok(parts[1])) return range(parts[0], parts[1]);
  return null;
}

/**
 * Can two runs' Locust versions (exact, or inferred ranges such as the CSV's "1.2–2.43.3" and the
 * HTML report's "2.10.2–2.15.0" of one run) be the same version? Only ranges that do not overlap
 * prove different versions; a text that is neither a version nor a range proves nothing (true).
 */
export function versionsOverlap(a: string, b: string): boolean {
  const x = parseVersionText(a);
  const y = parseVersionText(b);
  if (x === null || y === null) return true;
  const min = compareVersions(x.min, y.min) >= 0 ? x.min : y.min;
  const max = compareVersions(x.max, y.max) <= 0 ? x.max : y.max;
  return compareVersions(min, max) <= 0;
}
