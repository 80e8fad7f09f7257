// Verification from the newest runs first: the same states as verifying with every result.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CriterionResult } from '../criteria/types';
import { mergeResults, undecidedOnNewest, type ResultsByRun } from './verify-newest';
import { verifyItem } from './verify';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 0, minute)).toISOString();
const result = (met: boolean | null, judged = true): CriterionResult => ({ metric: 'p95Ms', scope: 'aggregate', op: '<', target: 1, current: 1, met, ...(judged ? {} : { judged: false as const }) });
const only = (results: ResultsByRun, runIds: readonly string[], criterionIds: ReadonlySet<string> | null): ResultsByRun =>
  Object.fromEntries(runIds.map((id) => [id, Object.fromEntries(Object.entries(results[id] ?? {}).filter(([c]) => criterionIds === null || criterionIds.has(c)))]));

describe('undecidedOnNewest', () => {
  const runs = [0, 1, 2, 3].map((i) => ({ id: `r${i}`, label: `Run ${i}`, createdAt: at(10 + i) }));
  const newest = runs.slice(2);
  test.each([
    ['met by the latest run: verified, settled', { r2: false, r3: true }, false],
    ['met before, not by the latest: regressed, settled', { r2: true, r3: false }, false],
    ['not met by the newest runs: older runs could have met it', { r2: false, r3: false }, true],
    ['not judged on the newest runs: awaiting, older runs could judge it', { r2: 'skip', r3: 'skip' }, true],
  ] as const)('%s', (_what, byRun, undecided) => {
    const results: ResultsByRun = Object.fromEntries(Object.entries(byRun).map(([r, v]) => [r, { c1: v === 'skip' ? result(true, false) : result(v) }]));
    const item = { criterionIds: ['c1'], createdAt: at(0) };
    expect(undecidedOnNewest([item], newest, results)).toEqual(undecided ? [item] : []);
  });

  test('an item without criteria is never undecided', () => {
    expect(undecidedOnNewest([{ criterionIds: [], createdAt: at(0) }], newest, {})).toEqual([]);
  });

  test('the newest runs first, then every run for the undecided items only: the same verification as with every result', () => {
    const criteria = ['c0', 'c1', 'c2', 'c3'];
    const cell = fc.constantFrom<[boolean | null, boolean]>([true, true], [true, true], [false, true], [null, true], [true, false]);
    const scenario = fc.record({
      minutes: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 20 }),
      items: fc.array(fc.record({ links: fc.subarray(criteria), minute: fc.integer({ min: 0, max: 40 }) }), { minLength: 1, maxLength: 4 }),
      cells: fc.array(cell, { minLength: 80, maxLength: 80 }),
      newestCount: fc.nat({ max: 20 }),
    });
    fc.assert(
      fc.property(scenario, ({ minutes, items: drafts, cells, newestCount }) => {
        const runs = [...minutes].sort((a, b) => a - b).map((m, i) => ({ id: `r${i}`, label: `Run ${i}`, createdAt: at(m) }));
        const items = drafts.map((d) => ({ criterionIds: d.links, createdAt: at(d.minute) }));
        const all: ResultsByRun = Object.fromEntries(runs.map((r, i) => [r.id, Object.fromEntries(criteria.map((c, k) => [c, result(...cells[(i * 4 + k) % 80]!)]))]));
        const newest = runs.slice(Math.max(0, runs.length - newestCount));
        const linked = new Set(items.flatMap((i) => i.criterionIds));
        const first = only(all, newest.map((r) => r.id), linked);
        const undecided = new Set(undecidedOnNewest(items, newest, first).flatMap((i) => i.criterionIds));
        const merged = mergeResults(only(all, runs.map((r) => r.id), undecided), first);
        for (const item of items) expect(verifyItem(item, runs, merged)).toEqual(verifyItem(item, runs, all));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mergeResults', () => {
  test('per run, the criteria of every part; parts are not changed', () => {
    const a: ResultsByRun = { r1: { c1: result(true) } };
    const b: ResultsByRun = { r1: { c2: result(false) }, r2: { c1: result(null) } };
    expect(mergeResults(a, b)).toEqual({ r1: { c1: result(true), c2: result(false) }, r2: { c1: result(null) } });
    expect(a).toEqual({ r1: { c1: result(true) } });
  });
});
