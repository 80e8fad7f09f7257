// Figures per scope on real runs: Locust 2.12's smallpool-40u (stats and history CSVs; see the fixture's
// README for its figures) and a run without a history.
import { describe, expect, test } from 'vitest';
import { fixtureRun } from '../../../test/support/fixture-run';
import { runFigures } from './run-figures';

describe('runFigures', () => {
  const run = fixtureRun('locust-2.12-generated/smallpool-40u', /\.csv$/);
  const figures = runFigures(run);

  test('the aggregate over the whole run: the Aggregated row', () => {
    expect(figures[0]!.scope).toBe('aggregate');
    expect(figures[0]!.whole).toEqual({
      goodputRps: expect.closeTo((run.aggregated.rps! * 759) / 772, 12),
      medianMs: 520,
      p95Ms: 4200,
      p99Ms: 8000,
      failureRate: 13 / 772,
    });
  });

  test('one row per endpoint, named as criteria scopes name them', () => {
    expect(figures.length).toBe(1 + run.endpoints.length);
    expect(figures.map((f) => f.scope)).toContain('endpoint:POST /accounts/login/');
    const login = figures.find((f) => f.scope === 'endpoint:POST /accounts/login/')!;
    expect(login.whole).toMatchObject({ medianMs: 440, p95Ms: 3700 });
  });

  test('the steady state (as the run page shows it), for every endpoint: a full history', () => {
    expect(run.history!.fullHistory).toBe(true);
    expect(figures[0]!.steady).toMatchObject({ medianMs: 830, p95Ms: 4600, p99Ms: 6550 });
    expect(figures.every((f) => f.steady !== null)).toBe(true);
  });

  test('no history: no steady figures anywhere', () => {
    const statsOnly = runFigures(fixtureRun('locust-2.12-generated/smallpool-40u', /_stats\.csv$/));
    expect(statsOnly.every((f) => f.steady === null)).toBe(true);
    expect(statsOnly[0]!.whole.p95Ms).toBe(4200);
  });
});
