// Verification from the newest runs (last in test order) first: the same verification as with every result.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CriterionResult } from '../criteria/types';
import { inTestOrder } from './run-order';
import { mergeResults, undecidedOnNewest, type ResultsByRun } from './verify-newest';
import { verifyItem } from './verify';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 0, minute)).toISOString();
const result = (met: boolean | null, judged = true): CriterionResult => ({
  metric: 'p95Ms',
  scope: 'aggregate',
  op: '<',
  target: 1,
  current: 1,
  met,
  ...(judged ? {} : { judged: false as const }),
});
const only = (
  results: ResultsByRun,
  runIds: readonly string[],
  criterionIds: ReadonlySet<string> | null,
): ResultsByRun =>
  Object.fromEntries(
    runIds.map((id) => [
      id,
      Object.fromEntries(
        Object.entries(results[id] ?? {}).filter(([c]) => criterionIds === null || criterionIds.has(c)),
      ),
    ]),
  );

describe('undecidedOnNewest', () => {
  const runs = [0, 1, 2, 3].map((i) => ({ id: `r${i}`, label: `Run ${i}`, createdAt: at(10 + i), startTime: null }));
  const newest = runs.slice(2);
  test.each([
    ['met by the latest run: verified, settled', { r2: false, r3: true }, false],
    ['met before, not by the latest: regressed, settled', { r2: true, r3: false }, false],
    ['not met by the newest runs: older runs could have met it', { r2: false, r3: false }, true],
    ['not judged on the newest runs: awaiting, older runs could judge it', { r2: 'skip', r3: 'skip' }, true],
  ] as const)('%s', (_what, byRun, undecided) => {
    const results: ResultsByRun = Object.fromEntries(
      Object.entries(byRun).map(([r, v]) => [r, { c1: v === 'skip' ? result(true, false) : result(v) }]),
    );
    const item = { criterionIds: ['c1'] };
    expect(undecidedOnNewest([item], newest, results)).toEqual(undecided ? [item] : []);
  });

  test('an item without criteria is never undecided', () => {
    expect(undecidedOnNewest([{ criterionIds: [] }], newest, {})).toEqual([]);
  });

  test(
    'the newest runs first, then every run for the undecided items only: ' +
      'the same verification as with every result',
    () => {
      const criteria = ['c0', 'c1', 'c2', 'c3'];
      // [met, judged]; 'out': the criterion's set does not apply to the run (no result).
      const cell = fc.constantFrom<[boolean | null, boolean] | 'out'>(
        [true, true],
        [true, true],
        [false, true],
        [null, true],
        [true, false],
        'out',
      );
      const scenario = fc.record({
        // Upload minute and start minute (null: unknown, the upload time stands in) of each run.
        times: fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 40 }))), {
          minLength: 1,
          maxLength: 20,
        }),
        items: fc.array(fc.subarray(criteria), { minLength: 1, maxLength: 4 }),
        cells: fc.array(cell, { minLength: 80, maxLength: 80 }),
        newestCount: fc.nat({ max: 20 }),
      });
      fc.assert(
        fc.property(scenario, ({ times, items: links, cells, newestCount }) => {
          const uploaded = times.map(([up, start], i) => ({
            id: `r${i}`,
            label: `Run ${i}`,
            createdAt: at(up),
            startTime: start === null ? null : at(start),
          }));
          const runs = inTestOrder(uploaded);
          const items = links.map((criterionIds) => ({ criterionIds }));
          const resultsOf = (i: number) =>
            Object.fromEntries(
              criteria.flatMap((c, k) => {
                const v = cells[(i * 4 + k) % 80]!;
                return v === 'out' ? [] : [[c, result(...v)]];
              }),
            );
          const all: ResultsByRun = Object.fromEntries(uploaded.map((r, i) => [r.id, resultsOf(i)]));
          const newest = runs.slice(Math.max(0, runs.length - newestCount));
          const linked = new Set(items.flatMap((i) => i.criterionIds));
          const first = only(
            all,
            newest.map((r) => r.id),
            linked,
          );
          const undecided = new Set(undecidedOnNewest(items, newest, first).flatMap((i) => i.criterionIds));
          const merged = mergeResults(
            only(
              all,
              runs.map((r) => r.id),
              undecided,
            ),
            first,
          );
          for (const item of items) expect(verifyItem(item, runs, merged)).toEqual(verifyItem(item, runs, all));
        }),
        { numRuns: 2000 },
      );
    },
  );
});

describe('mergeResults', () => {
  test('per run, the criteria of every part; parts are not changed', () => {
    const a: ResultsByRun = { r1: { c1: result(true) } };
    const b: ResultsByRun = { r1: { c2: result(false) }, r2: { c1: result(null) } };
    expect(mergeResults(a, b)).toEqual({ r1: { c1: result(true), c2: result(false) }, r2: { c1: result(null) } });
    expect(a).toEqual({ r1: { c1: result(true) } });
  });
});
