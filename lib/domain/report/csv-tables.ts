// The tables offered as CSV downloads: a run's endpoint statistics, and a comparison's
// per-endpoint degradation table. Times in ms, rates per second, rates and changes as fractions.
import type { Comparison } from '../analysis/types';
import type { EndpointStats } from '../locust/types';
import { toCsv, type CsvValue } from '../format/csv';

const PERCENTILES = ['50', '75', '90', '95', '99', '99.9', '100'];

/** Endpoint rows then the Aggregated row, as Locust's _stats.csv orders them. */
export function runEndpointsCsv(endpoints: EndpointStats[], aggregated: EndpointStats): string {
  const header = [
    'Method',
    'Name',
    'Requests',
    'Failures',
    'Failure rate',
    'Median (ms)',
    'Average (ms)',
    'Min (ms)',
    'Max (ms)',
    'Average size (bytes)',
    'Requests/s',
    'Failures/s',
    ...PERCENTILES.map((p) => `P${p} (ms)`),
  ];
  const row = (e: EndpointStats, name: string): CsvValue[] => [
    e.method,
    name,
    e.requests,
    e.failures,
    e.requests > 0 ? e.failures / e.requests : null,
    e.medianMs,
    e.avgMs,
    e.minMs,
    e.maxMs,
    e.avgSizeBytes,
    e.rps,
    e.failuresPerS,
    ...PERCENTILES.map((p) => e.percentiles[p] ?? null),
  ];
  return toCsv(header, [...endpoints.map((e) => row(e, e.name)), row(aggregated, 'Aggregated')]);
}

/** One row per endpoint: each run's figures, then the target's changes against the baseline. */
export function comparisonEndpointsCsv(c: Comparison): string {
  const names = c.runs.map((r, i) => r.label ?? `Run ${i + 1}`);
  const perRun = ['requests', 'failures', 'failure rate', 'median (ms)', 'P95 (ms)', 'max (ms)'];
  const header = [
    'Method',
    'Name',
    ...names.flatMap((n) => perRun.map((m) => `${n}: ${m}`)),
    'Median change',
    'P95 change',
    'Failure rate change (points)',
    'Failure change p-value',
    'New failures',
    'Insufficient data',
  ];
  const rows = c.endpoints.map((e): CsvValue[] => [
    e.method,
    e.name,
    ...e.runs.flatMap((r) =>
      r ? [r.requests, r.failures, r.failureRate, r.medianMs, r.p95Ms, r.maxMs] : perRun.map(() => null),
    ),
    e.medianChange,
    e.p95Change,
    e.failureRateChange,
    e.failurePValue,
    e.newFailures ? 'yes' : 'no',
    e.insufficientData ? 'yes' : 'no',
  ]);
  return toCsv(header, rows);
}
