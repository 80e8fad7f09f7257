// Version fingerprinting of HTML reports (locust-formats §6.1, 6.6, 6.8, 10): each feature found narrows
// the family's range. A feature contradicting the others is skipped and reported.
import { compareVersions, range } from '../versions';
import type { VersionRange } from '../types';
import type { LegacyChartEra } from './legacy-charts';
import { isRecord } from './scan';
import { findHeading, indexOfIgnoringCase, nextIndexFinder, tableAttributesAfterHeading } from './tags';

/** [min, max] bound; null = unbounded on that side. `why` names the feature. */
type Bound = [min: string | null, max: string | null, why: string];

const LEGACY_ERAS: Record<LegacyChartEra | 'unknown', VersionRange> = {
  L1: range('1.2', '1.4.1'),
  L2: range('1.4.2', '2.1.0'),
  L3: range('2.2.0b0', '2.15.0'),
  L4: range('2.15.1', '2.27.0'),
  unknown: range('1.2', '2.27.0'),
};
export const REACT_RANGE = range('2.18.0', '2.46.3');

/** Narrows `base` by each bound in turn; bounds that would empty the range are skipped with a warning. */
export function narrow(base: VersionRange, bounds: Bound[], warnings: string[]): VersionRange {
  let r = { ...base };
  for (const [min, max, why] of bounds) {
    const next = {
      min: min !== null && compareVersions(min, r.min) > 0 ? min : r.min,
      max: max !== null && compareVersions(max, r.max) < 0 ? max : r.max,
    };
    if (compareVersions(next.min, next.max) <= 0) r = next;
    else warnings.push(`Version hint ignored (${why}): it contradicts the other features of the report.`);
  }
  return r;
}

/** Range of a legacy (Jinja) report from its chart era and markup. */
export function legacyRange(html: string, era: LegacyChartEra | null, warnings: string[]): VersionRange {
  const bounds: Bound[] = [];
  const requestsTable = tableAttributesAfterHeading(html, 'Request Statistics');
  if (requestsTable !== null) {
    if (/class\s*=\s*"[^"]*\bstats\b/.test(requestsTable)) bounds.push(['1.4.2', null, 'class="stats" tables']);
    else bounds.push([null, '1.4.1', 'tables without class="stats"']);
  }
  if (hasSortableHeader(html)) bounds.push(['2.10.2', null, 'sortable table headers']);
  else if (/<th[\s>]/i.test(html)) bounds.push([null, '2.10.1', 'no sortable table headers']);
  if (/<p>\s*Script:/i.test(html) || /class\s*=\s*"l10n datetime"/.test(html))
    bounds.push(['2.2.0b0', null, 'Script line']);
  if (findHeading(html, 'h2', 'Final ratio')) bounds.push(['2.8.0', null, '"Final ratio" heading']);
  else if (findHeading(html, 'h2', 'Tasks')) bounds.push(['2.2.0b0', '2.7.3', '"Tasks" heading']);
  return narrow(LEGACY_ERAS[era ?? 'unknown'], bounds, warnings);
}

/**
 * /<th[^>]*class\s*=\s*"[^"]*\bsortable\b/i, in linear time: `class="` inside a `<th` tag (up to its
 * `>`), then `sortable` before the next `"` (which may lie past the `>`). Tags that end at the same `>`
 * share their outcome, and each quoted value is read once.
 */
function hasSortableHeader(html: string): boolean {
  const nextGt = nextIndexFinder(html, '>');
  for (let at = indexOfIgnoringCase(html, '<th', 0); at !== -1;) {
    const gt = nextGt(at + 3);
    const tag = html.slice(at + 3, gt === -1 ? html.length : gt);
    for (const m of tag.matchAll(/class\s*=\s*"/gi)) {
      const valueAt = at + 3 + m.index + m[0].length;
      const quote = html.indexOf('"', valueAt);
      if (/\bsortable\b/i.test(html.slice(valueAt, quote === -1 ? html.length : quote))) return true;
    }
    if (gt === -1) return false;
    at = indexOfIgnoringCase(html, '<th', gt + 1);
  }
  return false;
}

/** Range of a React report from the keys of its templateArgs (locust-formats §6.6 tables, 6.8). */
export function reactRange(args: Record<string, unknown>, warnings: string[]): VersionRange {
  const bounds: Bound[] = [];
  const has = (k: string): boolean => k in args;
  bounds.push(has('percentile1') ? [null, '2.19.1', 'percentile1 key'] : ['2.20.0', null, 'no percentile1 key']);
  bounds.push(has('duration') ? ['2.32.2', null, 'duration key'] : [null, '2.32.1', 'no duration key']);
  bounds.push(has('profile') ? ['2.35.0', null, 'profile key'] : [null, '2.34.1', 'no profile key']);
  if (typeof args.start_time === 'string') {
    bounds.push(
      args.start_time.includes('T') ? ['2.29.0', null, 'ISO start_time'] : [null, '2.28.0', 'start_time without T'],
    );
  }
  const rows = (Array.isArray(args.requests_statistics) ? args.requests_statistics : []).filter(isRecord);
  const anyRow = (test: (k: string) => boolean): boolean => rows.some((r) => Object.keys(r).some(test));
  let avgAbsent = false;
  if (rows.length > 0) {
    bounds.push(anyRow((k) => k === 'safe_name') ? [null, '2.37.12', 'safe_name'] : ['2.37.13', null, 'no safe_name']);
    bounds.push(
      anyRow((k) => k === 'ninetieth_response_time')
        ? [null, '2.27.0', 'ninetieth_response_time']
        : ['2.28.0', null, 'no ninetieth_response_time'],
    );
    bounds.push(anyRow((k) => k === 'total_rps') ? ['2.31.0', null, 'total_rps'] : [null, '2.30.0', 'no total_rps']);
    if (anyRow((k) => k.startsWith('response_time_percentile_')))
      bounds.push(['2.21.0', null, 'response_time_percentile_* stats']);
    avgAbsent = !anyRow((k) => k === 'avg_response_time');
    if (avgAbsent) bounds.push(['2.30.0', '2.30.0', 'no avg_response_time']);
  }
  const history = (Array.isArray(args.history) ? args.history : []).filter(isRecord);
  if (history.length > 0) {
    const anyKey = (k: string): boolean => history.some((h) => k in h);
    if (anyKey('current_response_time_percentiles')) bounds.push(['2.20.0', '2.20.1', 'nested history percentiles']);
    if (anyKey('response_time_percentile_1')) bounds.push([null, '2.27.0', 'history response_time_percentile_1']);
    if (anyKey('total_avg_response_time')) bounds.push(['2.20.0', null, 'history total_avg_response_time']);
    const time = history[0]?.time;
    if (typeof time === 'string')
      bounds.push(time.includes('T') ? ['2.29.0', null, 'ISO history time'] : [null, '2.28.0', 'time-only history']);
    const pairs = history.some((h) => Array.isArray(h.current_rps) || Array.isArray(h.user_count));
    bounds.push(pairs ? ['2.31.3', null, '[time, value] history pairs'] : [null, '2.31.2', 'plain history values']);
  }
  const failures = (Array.isArray(args.failures_statistics) ? args.failures_statistics : []).filter(isRecord);
  if (failures.length > 0) {
    bounds.push(
      failures.some((f) => 'first_seen' in f) ? ['2.44.0', null, 'first_seen'] : [null, '2.43.3', 'no first_seen'],
    );
  }
  const r = narrow(REACT_RANGE, bounds, warnings);
  // avg_response_time is missing only in 2.30.x: its presence excludes 2.30.0 at either edge.
  if (!avgAbsent && rows.length > 0) {
    if (r.max === '2.30.0' && r.min !== '2.30.0') r.max = '2.29.1';
    if (r.min === '2.30.0' && r.max !== '2.30.0') r.min = '2.31.0';
  }
  return r;
}
