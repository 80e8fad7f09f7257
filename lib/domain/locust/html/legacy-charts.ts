// Chart data of legacy reports (locust-formats §6.3): L1 inline setOption arrays, L2–L4 `var stats_history`.
// Always searched from marker strings: the inlined libraries before them also contain `data: [`.
import { percentileKeyFromFraction, percentileKeyFromLabel } from '../numbers';
import type { RawChart } from './history';
import { balancedEnd, isRecord, readArrayAfter, toNumber } from './scan';

export type LegacyChartEra = 'L1' | 'L2' | 'L3' | 'L4';

export interface LegacyCharts {
  era: LegacyChartEra;
  chart: RawChart;
}

const STATS_HISTORY_RE = /var\s+stats_history\s*=\s*\{/;
const PERCENTILE_KEY_RE = /"response_time_percentile_([0-9.]+)"\s*:/g;
/**
 * Percentile series read at most (Locust charts two). Each is read from its key to its closing bracket
 * (the rest of the region when it has none), so a region of many would take quadratic time.
 */
export const MAX_CHART_PERCENTILES = 10;
const DEFAULT_CHART_FRACTIONS: Record<string, number> = { '1': 0.5, '2': 0.95 };

/** Reads the chart data, or null when the report has none of the chart markers. */
export function readLegacyCharts(html: string, warnings: string[]): LegacyCharts | null {
  const m = STATS_HISTORY_RE.exec(html);
  if (m) return readStatsHistory(html, m.index + m[0].length - 1, warnings);
  return readInlineCharts(html);
}

function readStatsHistory(html: string, objStart: number, warnings: string[]): LegacyCharts {
  const end = balancedEnd(html, objStart);
  const scriptEnd = html.indexOf('</script>', objStart);
  const until = end !== -1 ? end : scriptEnd !== -1 ? scriptEnd : html.length;
  const region = html.slice(objStart, until);
  const series = (key: string): unknown[] =>
    readArrayAfter(region, new RegExp(`"${key.replaceAll('.', '\\.')}"\\s*:`), 0)?.value ?? [];
  const values = (key: string): (number | null)[] =>
    series(key).map((item) => toNumber(isRecord(item) ? item.value : item));

  const allKeys = [...new Set([...region.matchAll(PERCENTILE_KEY_RE)].map((k) => k[1] as string))];
  if (allKeys.length > MAX_CHART_PERCENTILES) {
    warnings.push(`The chart has ${allKeys.length} percentile series; the first ${MAX_CHART_PERCENTILES} are read.`);
  }
  const keys = allKeys.slice(0, MAX_CHART_PERCENTILES);
  const indexed = allKeys.some((k) => k === '1' || k === '2');
  const era: LegacyChartEra = indexed ? 'L4' : /"markers"\s*:/.test(region) ? 'L3' : 'L2';
  const percentiles: Record<string, (number | null)[]> = {};
  for (const k of keys) {
    let key: string | null;
    if (era === 'L4' && (k === '1' || k === '2')) {
      const declared = new RegExp(`var\\s+percentile${k}\\s*=\\s*([0-9.eE+-]+)`).exec(html.slice(objStart));
      const fraction = declared ? Number(declared[1]) : DEFAULT_CHART_FRACTIONS[k];
      if (!declared) {
        warnings.push(
          `Chart series response_time_percentile_${k} has no "var percentile${k}"; ` +
            `assumed Locust's default ${fraction}.`,
        );
      }
      key = fraction !== undefined && Number.isFinite(fraction) ? percentileKeyFromFraction(fraction) : null;
    } else {
      key = percentileKeyFromLabel(k);
    }
    if (key !== null && !(key in percentiles)) percentiles[key] = values(`response_time_percentile_${k}`);
  }
  const chart: RawChart = {
    times: series('time'),
    userCount: values('user_count'),
    rps: values('current_rps'),
    failuresPerS: values('current_fail_per_sec'),
    percentiles,
  };
  return { era, chart };
}

/** L1 (1.2–1.4.1): arrays (with trailing commas) inside three `*Chart.chart.setOption({...})` calls. */
function readInlineCharts(html: string): LegacyCharts | null {
  const rps = setOptionArrays(html, 'rpsChart');
  if (!rps) return null;
  const rt = setOptionArrays(html, 'responseTimeChart') ?? [];
  const users = setOptionArrays(html, 'usersChart') ?? [];
  const nums = (a: unknown[] | undefined): (number | null)[] => (a ?? []).map(toNumber);
  const percentiles: Record<string, (number | null)[]> = {};
  if (rt[1]) percentiles['50'] = nums(rt[1]);
  if (rt[2]) percentiles['95'] = nums(rt[2]);
  return {
    era: 'L1',
    chart: {
      times: rps[0] ?? [],
      rps: nums(rps[1]),
      failuresPerS: nums(rps[2]),
      userCount: nums(users[1]),
      percentiles,
    },
  };
}

/** The `data: [...]` arrays of one chart's setOption call, in order (xAxis first, then series). */
function setOptionArrays(html: string, chart: string): unknown[][] | null {
  const marker = `${chart}.chart.setOption(`;
  const start = html.indexOf(marker);
  if (start === -1) return null;
  const from = start + marker.length;
  const next = html.indexOf('.chart.setOption(', from);
  const scriptEnd = html.indexOf('</script>', from);
  const until = Math.min(next === -1 ? html.length : next, scriptEnd === -1 ? html.length : scriptEnd);
  const arrays: unknown[][] = [];
  for (let pos = from; ;) {
    const found = readArrayAfter(html, /data\s*:/, pos, until);
    if (!found) break;
    arrays.push(found.value);
    pos = found.end;
  }
  return arrays.length > 0 ? arrays : null;
}
