import { describe, expect, test } from 'vitest';
import { trendHeadline, type HeadlineChange } from './headline';
import { RUNS, STEP } from './test-history';

const runs = RUNS.map(({ runId, label, commit }) => ({ runId, label, commit }));
const cp = (over: Partial<HeadlineChange>): HeadlineChange => ({ ...STEP, ...over });

describe('trendHeadline', () => {
  test('no runs', () => {
    expect(trendHeadline([], [], 'p95Ms')).toEqual({
      tone: 'neutral',
      text: 'No runs in this project yet.',
      items: [],
    });
    expect(trendHeadline([], [], 'p95Ms', 3).text).toBe('No runs match these filters.');
  });

  test('nothing open', () => {
    expect(trendHeadline([], runs, 'p95Ms').text).toBe('No open change points in the 10 runs shown.');
  });

  test('regressions: the chosen metric first, then the larger; the count and the rest', () => {
    const open = [
      cp({ id: 'a', metric: 'p99Ms', magnitude: 0.9 }),
      cp({ id: 'b' }),
      cp({ id: 'c', metric: 'goodputRps', magnitude: 0.2, runId: 'r8' }),
      cp({ id: 'd', metric: 'medianMs', runId: 'not-shown' }),
    ];
    const h = trendHeadline(open, runs, 'p95Ms');
    expect(h.tone).toBe('bad');
    expect(h.text).toBe('2 open regressions: P95 of POST /login +40% since nightly-7 (commit 6666666), and 1 more');
    expect(h.items.map((i) => [i.id, i.regression])).toEqual([
      ['b', true],
      ['a', true],
      ['c', false],
    ]);
    expect(h.items[2]!.sentence).toBe('Goodput of POST /login +20% since nightly-8 (commit 7777777)');
  });

  test('improvements only; a run without a commit', () => {
    const h = trendHeadline([cp({ metric: 'p95Ms', magnitude: -0.25, runId: 'r5' })], runs, 'p95Ms');
    expect(h).toMatchObject({
      tone: 'ok',
      text: 'No open regressions in the 10 runs shown; 1 improvement: P95 of POST /login −25% since nightly-5',
    });
  });

  test('the failure rate in points, one regression', () => {
    const h = trendHeadline([cp({ metric: 'failureRate', scope: 'aggregate', magnitude: 0.031 })], runs, 'p95Ms');
    expect(h.text).toBe('1 open regression: Failure rate of All requests +3.1 pts since nightly-7 (commit 6666666)');
  });
});
