// The window switch on real runs.
import { expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { compareRuns } from './compare-runs';
import {
  NoSteadyStateError,
  parseRunWindow,
  runOverWindow,
  STEADY_COMPARISON_NOTE,
  withWindowNote,
} from './run-window';

test('window values: whole (also when absent), steady; anything else is refused (null)', () => {
  expect([undefined, null, '', 'whole', 'steady', 'Steady', 'all'].map(parseRunWindow)).toEqual([
    'whole',
    'whole',
    'whole',
    'whole',
    'steady',
    null,
    null,
  ]);
});

test('whole: the run itself; steady: the run over its steady window (smallpool-40u: 454 requests in 38 s)', () => {
  const run = fixtureRun('locust-2.12-generated/smallpool-40u');
  expect(runOverWindow(run, 'whole', 'a')).toBe(run);
  expect(runOverWindow(run, 'steady', 'a').aggregated).toMatchObject({ requests: 454, failures: 10 });
});

test('steady on a run without a steady state names the run and the reason', () => {
  const run = fixtureRun('locust-real/kalpee06-locust1.x');
  expect(() => runOverWindow(run, 'steady', 'kalpee06')).toThrow(NoSteadyStateError);
  expect(() => runOverWindow(run, 'steady', 'kalpee06')).toThrow(
    'kalpee06: no steady state: 100 users held for only 29 s after the first 10 s at that load (needs 30 s)',
  );
});

test('a comparison over steady states says so first; over whole runs it is unchanged', () => {
  const runs = ['smallpool-20u', 'smallpool-40u'].map((d) => ({
    id: d,
    run: runOverWindow(fixtureRun(`locust-2.12-generated/${d}`), 'steady', d),
  }));
  const c = compareRuns(runs);
  expect(withWindowNote(c, 'steady').warnings).toEqual([STEADY_COMPARISON_NOTE, ...c.warnings]);
  expect(withWindowNote(c, 'whole')).toBe(c);
});
