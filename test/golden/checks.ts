// Figure groups of a golden view: each checks one part of a parsed run against expected.json.
import { expect } from 'vitest';
import type { ParsedRun } from '@/lib/domain/locust/types';
import type { Duration, RunExpect } from './expected';
import {
  checkAggregated,
  checkEndpoint,
  checkNoTimes,
  checkTimes,
  checkWallClockTimes,
  runDurationS,
  sumExceptionCounts,
  sumOccurrences,
} from './helpers';

interface Sample {
  index?: number | undefined;
  count?: number | undefined;
  match: Record<string, string | number>;
}

/** The entry a sample names: the one at `index`, or the (first) one matching `match`. */
function sampled<T>(entries: T[], s: Sample, what: string): T | undefined {
  if (s.index !== undefined) {
    expect(entries[s.index], `${what}[${s.index}]`).toMatchObject(s.match);
    return entries[s.index];
  }
  const hits = entries.filter((e) => expect.objectContaining(s.match).asymmetricMatch(e));
  if (s.count !== undefined) expect(hits, `${what} matching ${JSON.stringify(s.match)}`).toHaveLength(s.count);
  else expect(entries, what).toContainEqual(expect.objectContaining(s.match));
  return hits[0];
}

const duration = (d: Duration): number =>
  typeof d === 'number' ? d : runDurationS(d.spanS, d.requests, d.rps, d.rpsHalfUnit ?? 0);

type Group = [name: string, has: (e: RunExpect) => boolean, check: (r: ParsedRun, e: RunExpect) => void];

export const GROUPS: Group[] = [
  ['aggregated', (e) => e.aggregated !== undefined, (r, e) => checkAggregated(r, e.aggregated ?? {})],
  [
    'endpoints',
    (e) => [e.endpointCount, e.endpointNames, e.endpointNamesExclude, e.endpoints].some((x) => x !== undefined),
    (r, e) => {
      if (e.endpointCount !== undefined) expect(r.endpoints, 'endpoints').toHaveLength(e.endpointCount);
      if (e.endpointNames) expect(r.endpoints.map((x) => x.name)).toEqual(e.endpointNames);
      for (const s of e.endpointNamesExclude ?? []) expect(r.endpoints.filter((x) => x.name.includes(s))).toEqual([]);
      for (const x of e.endpoints ?? []) checkEndpoint(r, x);
    },
  ],
  [
    'failures',
    (e) => e.failures !== undefined,
    (r, { failures: f = {} }) => {
      if (f.rows !== undefined) expect(r.failures, 'failure rows').toHaveLength(f.rows);
      if (f.occurrences !== undefined) expect(sumOccurrences(r), 'sum of occurrences').toBe(f.occurrences);
      for (const s of f.samples ?? []) {
        const hit = sampled(r.failures, s, 'failures');
        if (s.errorStartsWith !== undefined) expect(hit?.error.startsWith(s.errorStartsWith), 'error start').toBe(true);
        if (s.errorEndsWith !== undefined) expect(hit?.error.endsWith(s.errorEndsWith), 'error end').toBe(true);
      }
    },
  ],
  [
    'exceptions',
    (e) => e.exceptions !== undefined,
    (r, { exceptions: x = {} }) => {
      if (x.rows !== undefined) expect(r.exceptions, 'exception records').toHaveLength(x.rows);
      if (x.countSum !== undefined) expect(sumExceptionCounts(r), 'sum of counts').toBe(x.countSum);
      if (x.messages) expect(r.exceptions.map((e) => e.message)).toEqual(x.messages);
      for (const s of x.samples ?? []) {
        const hit = sampled(r.exceptions, s, 'exceptions');
        for (const t of s.tracebackContains ?? []) expect(hit?.traceback, 'traceback').toContain(t);
      }
    },
  ],
  [
    'history and users',
    (e) => e.history !== undefined || e.userCount !== undefined,
    (r, e) => {
      if (e.history === null) expect(r.history, 'history').toBeNull();
      else if (e.history) {
        expect(r.history?.points, 'history points').toBe(e.history.points);
        if (e.history.source) expect(r.history?.source, 'history source').toBe(e.history.source);
        if (e.history.fullHistory !== undefined) expect(r.history?.fullHistory).toBe(e.history.fullHistory);
        if (e.history.endpointSeries !== undefined) expect(r.history?.endpoints).toHaveLength(e.history.endpointSeries);
      }
      if (e.userCount !== undefined) expect(r.meta.userCount, 'userCount').toBe(e.userCount);
    },
  ],
  [
    'times',
    (e) => e.times !== undefined,
    (r, { times: t }) => {
      if (t?.kind === 'utc') checkTimes(r, t.start, t.end, duration(t.durationS));
      if (t?.kind === 'wallClock') checkWallClockTimes(r, t.startAsUtc, t.endAsUtc, t.durationS);
      if (t?.kind === 'none') checkNoTimes(r, t.requests, t.rps);
      if (t?.kind === 'start') expect(Date.parse(r.meta.startTime ?? ''), 'startTime').toBe(Date.parse(t.start));
    },
  ],
  [
    'warnings',
    (e) => e.warningsMatch !== undefined,
    (r, e) => {
      const re = new RegExp(e.warningsMatch ?? '', 'i');
      expect(
        r.warnings.some((w) => re.test(w)),
        `warnings: ${JSON.stringify(r.warnings)}`,
      ).toBe(true);
    },
  ],
];

/** Every group a run expectation names, in order (for the runs of an upload). */
export function checkRun(r: ParsedRun, e: RunExpect): void {
  for (const [, has, check] of GROUPS) if (has(e)) check(r, e);
}
