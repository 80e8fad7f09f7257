// Whether what the API answers for a run is the whole run an independent parse expects: the
// fields that differ ([] when whole). Used on final reads and on every read made during the storm.
import { isDeepStrictEqual } from 'node:util';
import { goodputRps } from '../../lib/domain/locust/goodput';
import type { EndpointStats } from '../../lib/domain/locust/types';
import { sha256, type ExpectedRun } from './storm-uploads';

/** JSON as the API sends it (undefined dropped, NaN → null). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as unknown;
/** A statistics row as the Run JSON gives it: with its goodput. */
const withGoodput = (s: EndpointStats) => ({ ...s, goodputRps: goodputRps(s) });

type RunJson = {
  meta: { label: string };
  project: { name: string };
  tags: string[];
  aggregated: unknown;
  endpoints: unknown[];
  failures: unknown[];
  exceptions: unknown[];
  transactions: unknown[];
  history: { points: number };
  downloads: { name: string; sizeBytes: number; sha256: string }[];
};

export function runJsonMismatches(json: unknown, e: ExpectedRun): string[] {
  const r = json as RunJson;
  const byName = <T extends { name: string }>(xs: T[]) => [...xs].sort((a, b) => a.name.localeCompare(b.name));
  const checks: [string, unknown, unknown][] = [
    ['label', r.meta?.label, e.label],
    ['project', r.project?.name, e.project],
    ['tags', r.tags, e.tags],
    ['aggregated', plain(r.aggregated), plain(withGoodput(e.run.aggregated))],
    ['endpoints', plain(r.endpoints), plain(e.run.endpoints.map(withGoodput))],
    ['failures', plain(r.failures), plain(e.run.failures)],
    ['exceptions', plain(r.exceptions), plain(e.run.exceptions)],
    ['transactions', plain(r.transactions), plain(e.run.transactions)],
    ['history.points', r.history?.points, e.run.history?.points ?? 0],
    [
      'downloads',
      byName((r.downloads ?? []).map(({ name, sizeBytes, sha256 }) => ({ name, sizeBytes, sha256 }))),
      byName(e.files),
    ],
  ];
  return checks.filter(([, got, want]) => !isDeepStrictEqual(got, want)).map(([field]) => field);
}

/** A list item against the run it claims to be. */
export function summaryMismatches(item: Record<string, unknown>, e: ExpectedRun): string[] {
  const a = e.run.aggregated;
  const checks: [string, unknown, unknown][] = [
    ['label', item.label, e.label],
    ['projectName', item.projectName, e.project],
    ['tags', item.tags, e.tags],
    ['requests', item.requests, a.requests],
    ['failures', item.failures, a.failures],
    ['p95Ms', item.p95Ms, a.percentiles['95'] ?? null],
    ['endpointCount', item.endpointCount, e.run.endpoints.length],
  ];
  return checks.filter(([, got, want]) => !isDeepStrictEqual(got, want)).map(([field]) => field);
}

/** GET /api/runs/:id/series (the list) against the expected endpoint series. */
export function seriesListMismatches(json: unknown, e: ExpectedRun): string[] {
  const got = (json as { series: { length: number }[] }).series.map((s) => s.length);
  return isDeepStrictEqual(got, e.seriesLengths)
    ? []
    : [`series lengths ${JSON.stringify(got)} ≠ ${JSON.stringify(e.seriesLengths)}`];
}

/** A downloaded original: one of the run's files, byte for byte. */
export function fileMismatches(bytes: Uint8Array, e: ExpectedRun): string[] {
  const sum = sha256(bytes);
  return e.files.some((f) => f.sha256 === sum && f.sizeBytes === bytes.length)
    ? []
    : ['downloaded bytes are none of the run’s files'];
}
