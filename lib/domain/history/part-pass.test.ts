import { describe, expect, test } from 'vitest';
import { assignEras } from './eras';
import { planPass, runPass, runsToRead, type PartRun, type PassResult } from './part-pass';
import { AGGREGATE_SCOPE, type ScopeFigures } from './run-figures';
import { DEFAULT_HISTORY_SETTINGS, settingsKey } from './settings';
import { normal, seededRandom } from '../../../test/support/seeded-random';

const random = seededRandom(7);
const run = (i: number, locustfileSha256 = 'a'): PartRun => ({
  runId: `r${String(i).padStart(3, '0')}`,
  startTime: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  locustfileSha256,
  profile: null,
  userCount: 50,
  host: null,
  locustVersion: '2.12.1',
  commit: `c${i}`,
  branch: null,
  build: null,
  environment: null,
});
const p95At = (i: number) => (i >= 30 ? 1400 : 1000) * (1 + 0.04 * normal(random));
const figures = new Map<string, ScopeFigures[]>();
const runs: PartRun[] = [];
for (let i = 0; i < 70; i++) {
  const r = run(i, i >= 55 ? 'b' : 'a');
  runs.push(r);
  const whole = { goodputRps: 100, medianMs: 500, p95Ms: p95At(i), p99Ms: null, failureRate: 0 };
  figures.set(r.runId, [{ scope: AGGREGATE_SCOPE, whole, steady: null }]);
}
const settings = DEFAULT_HISTORY_SETTINGS;
const key = settingsKey(settings);
const layoutOf = (rs: PartRun[]) => ({ runs: rs, ...assignEras(rs, settings.eraRules) });
const pass = (rs: PartRun[], before: PassResult | null, s = settings) => {
  const layout = layoutOf(rs);
  const plan = planPass(layout, settingsKey(s), before?.series ?? []);
  const read = new Map(runsToRead(layout, plan).map((r) => [r.runId, figures.get(r.runId)!]));
  return { plan, result: runPass(layout, plan, s, settingsKey(s), before?.series ?? [], read) };
};
const summary = (r: PassResult) => r.changePoints.map((c) => `${c.metric}@${c.runId}<-${c.previousRunId}`).sort();

describe('a pass over a part', () => {
  test('grown one run at a time, it extends the series and agrees with a pass from scratch', () => {
    let last: PassResult | null = null;
    const plans: string[] = [];
    for (let n = 1; n <= 54; n++) {
      const { plan, result } = pass(runs.slice(0, n), last);
      plans.push(plan.kind);
      last = result;
    }
    expect(plans.slice(1).every((k) => k === 'extend')).toBe(true);
    expect(summary(last!)).toEqual(['p95Ms@r030<-r029']);
    expect(summary(last!)).toEqual(summary(pass(runs.slice(0, 54), null).result));
  });

  test('a new era starts the series again; a rebuild searches the earlier eras too', () => {
    const { result: before } = pass(runs.slice(0, 54), null);
    const { plan, result } = pass(runs.slice(0, 60), before);
    expect(plan.kind).toBe('rebuild');
    expect([...result.erasSearched].sort()).toEqual(['r000', 'r055']);
    expect(result.series[0]!.values.length).toBe(5);
    expect(summary(result)).toEqual(['p95Ms@r030<-r029']);
  });

  test.each([
    ['a run deleted before the last one', (rs: PartRun[]) => rs.filter((r) => r.runId !== 'r010')],
    ['a late run inserted in the middle', (rs: PartRun[]) => [...rs.slice(0, 20), run(99), ...rs.slice(20)]],
  ])('%s: searched again', (_, change) => {
    const { result } = pass(runs.slice(0, 40), null);
    const changed = change(runs.slice(0, 41));
    figures.set('r099', figures.get('r001')!);
    expect(pass(changed, result).plan.kind).toBe('rebuild');
  });

  test('other settings: searched again', () => {
    const { result } = pass(runs.slice(0, 40), null);
    expect(pass(runs.slice(0, 41), result, { ...settings, alpha: 0.01 }).plan.kind).toBe('rebuild');
  });

  test('the failure rate is judged in points, with a 1-point floor', () => {
    const rs = runs.slice(0, 20).map((r) => r);
    const fr = new Map(
      rs.map((r, i) => [
        r.runId,
        [
          {
            scope: AGGREGATE_SCOPE,
            steady: null,
            whole: {
              goodputRps: null,
              medianMs: null,
              p95Ms: null,
              p99Ms: null,
              failureRate: i >= 10 ? 0.006 : 0.001,
            },
          },
        ],
      ]),
    );
    const layout = layoutOf(rs);
    const result = runPass(layout, { kind: 'rebuild' }, settings, key, [], fr);
    // +0.5 points: significant, but under the floor.
    expect(result.changePoints).toEqual([]);
  });
});
