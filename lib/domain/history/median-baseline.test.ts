// Table-driven: which real run the median rule picks (odd and even N, steady P95 first, runs without a P95 passed
// over, equal P95s, fewer runs than N, era boundaries) and the sentence that says why.
import { describe, expect, test } from 'vitest';
import { beforeInHistory, chooseMedianRun, medianReason, type MedianCandidate } from './median-baseline';

/** A run of the part: `p95` its whole-run P95, `steady` its steady-state P95 (undefined: none). */
function run(id: string, p95: number | null, extra: Partial<MedianCandidate> & { steady?: number } = {}) {
  const { steady, ...rest } = extra;
  return {
    runId: id,
    label: `run ${id}`,
    locustfileSha256: 'aaaaaaaaaaaaaaaa',
    profile: null,
    userCount: 100,
    host: 'https://shop.test',
    locustVersion: '2.12.1',
    p95Ms: p95,
    steadyP95Ms: steady ?? null,
    ...rest,
  } satisfies MedianCandidate;
}
const TARGET = run('T', 999);
const NEW = 'bbbbbbbbbbbbbbbb';

const CASES: [string, MedianCandidate[], number, string | null][] = [
  ['odd N: the middle value', [run('a', 300), run('b', 100), run('c', 200)], 3, 'c'],
  [
    'N = 5 of more: the last five only',
    [run('old', 150), ...[500, 100, 400, 200, 300].map((v, i) => run(`r${i}`, v))],
    5,
    'r4',
  ],
  ['even N: the lower middle, never an average', [run('a', 100), run('b', 400), run('c', 300), run('d', 200)], 4, 'd'],
  ['N = 1: the newest run', [run('a', 100), run('b', 900)], 1, 'b'],
  ['steady P95 ranks where a run has one', [run('a', 100, { steady: 500 }), run('b', 300), run('c', 400)], 3, 'c'],
  ['runs without a P95 are passed over', [run('a', 100), run('b', null), run('c', 300), run('d', 200)], 3, 'd'],
  ['the last N counted among runs with a P95', [run('a', 900), run('b', 100), run('c', null)], 2, 'b'],
  ['equal P95s: the newer run', [run('a', 200), run('b', 200), run('c', 200)], 3, 'b'],
  ['fewer runs than N: the median of those', [run('a', 300), run('b', 100)], 5, 'b'],
  [
    'only the target’s era: a new locustfile starts one',
    [run('a', 100), run('b', 110), ...['c', 'd'].map((id, i) => run(id, 900 - i * 100, { locustfileSha256: NEW }))],
    5,
    'd',
  ],
  ['no run before the target', [], 5, null],
  ['none with a P95', [run('a', null), run('b', null)], 5, null],
];

describe('chooseMedianRun', () => {
  test.each(CASES)('%s', (_name, before, lastN, expected) => {
    const target = before.some((r) => r.locustfileSha256 === NEW) ? { ...TARGET, locustfileSha256: NEW } : TARGET;
    const choice = chooseMedianRun(before, target, lastN);
    expect(choice.kind === 'picked' ? choice.pick.runId : null).toBe(expected);
  });

  test('a target that starts an era of its own has no median run', () => {
    const choice = chooseMedianRun([run('a', 100), run('b', 200)], { ...TARGET, userCount: 150 }, 5);
    expect(choice).toMatchObject({ kind: 'none', passedOver: 0, era: { id: 2, reason: 'users 100 → 150' } });
  });

  test('switched-off era rules keep runs in the era', () => {
    const host = 'https://other.test';
    const before = [run('a', 400), run('b', 100, { host }), run('c', 300, { host })];
    const target = { ...TARGET, host };
    expect(chooseMedianRun(before, target, 5, ['locustfile'])).toMatchObject({ kind: 'picked', pick: { runId: 'c' } });
    expect(chooseMedianRun(before, target, 5)).toMatchObject({ kind: 'picked', pick: { runId: 'b' } });
  });
});

describe('medianReason', () => {
  test('names the run, its P95, the runs ranked and the era', () => {
    const locustVersion = '2.13.0';
    const before = [run('x', 50), ...[1180, 1300, 1210.25].map((v, i) => run('abc'[i]!, v, { locustVersion }))];
    const choice = chooseMedianRun(before, { ...TARGET, locustVersion: '2.13.0' }, 5);
    if (choice.kind !== 'picked') throw new Error('a pick expected');
    expect(medianReason(choice.pick, 'nightly 46', 5)).toBe(
      'run “run c” has the median P95 (1,210.3 ms) of the 3 runs before run “nightly 46” in its era ' +
        '(era 2, from run “run a”: Locust 2.12.1 → 2.13.0) (5 asked for; the era has no more with a P95): ' +
        '1,180, 1,210.3, 1,300 ms',
    );
  });

  test('even N says lower median; steady state said', () => {
    const choice = chooseMedianRun([run('a', 1, { steady: 10 }), run('b', 20)], TARGET, 2);
    if (choice.kind !== 'picked') throw new Error('a pick expected');
    expect(medianReason(choice.pick, 'T', 2)).toBe(
      'run “run a” has the lower median P95 (10 ms, steady state) of the 2 runs before run “T” in its era (era 1): ' +
        '10, 20 ms',
    );
  });
});

describe('beforeInHistory', () => {
  const place = (runId: string, startTime: string | null, createdAtMs: number) => ({ runId, startTime, createdAtMs });
  test('start time first, else upload time; then upload time and id; the target and later runs left out', () => {
    const runs = [
      place('late-upload-early-start', '2026-12-01T09:00:00Z', 5_000),
      place('no-start', null, Date.parse('2026-12-01T09:30:00Z')),
      place('b', '2026-12-01T10:00:00Z', 2_000),
      place('a', '2026-12-01T10:00:00Z', 2_000),
      place('after', '2026-12-01T11:00:00Z', 1_000),
      place('bad-start', 'not a time', Date.parse('2026-12-01T08:00:00Z')),
    ];
    const target = place('T', '2026-12-01T10:30:00Z', 9_000);
    expect(beforeInHistory([...runs, target], target).map((r) => r.runId)).toEqual([
      'bad-start',
      'late-upload-early-start',
      'no-start',
      'a',
      'b',
    ]);
  });
});
