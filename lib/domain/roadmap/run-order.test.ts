// Runs in the order the tests ran: start time first, upload time when the start is unknown.
import { describe, expect, test } from 'vitest';
import { inTestOrder, startMs, testTime } from './run-order';

describe('startMs', () => {
  test.each([
    ['UTC', '2026-12-05T18:04:44Z', Date.UTC(2026, 11, 5, 18, 4, 44)],
    ['an offset', '2026-12-05T19:04:44+01:00', Date.UTC(2026, 11, 5, 18, 4, 44)],
    ['no zone (legacy local time): taken as UTC', '2026-12-05T18:04:44', Date.UTC(2026, 11, 5, 18, 4, 44)],
    ['unreadable', 'yesterday', null],
    ['unknown', null, null],
  ] as const)('%s', (_what, text, ms) => {
    expect(startMs(text)).toBe(ms);
  });
});

describe('inTestOrder', () => {
  const run = (id: string, createdAt: string, startTime: string | null) => ({ id, createdAt, startTime });
  test.each([
    [
      'by start time, not upload',
      [
        run('a', '2026-12-02T00:00:00Z', '2026-12-01T10:00:00Z'),
        run('b', '2026-12-01T00:00:00Z', '2026-12-01T12:00:00Z'),
      ],
      ['a', 'b'],
    ],
    [
      'an unknown start: its upload time stands in',
      [run('a', '2026-12-01T11:00:00Z', null), run('b', '2026-12-03T00:00:00Z', '2026-12-01T10:00:00Z')],
      ['b', 'a'],
    ],
    [
      'the same start: upload time, then id',
      [
        run('b', '2026-12-02T00:00:00Z', '2026-12-01T10:00:00Z'),
        run('a', '2026-12-02T00:00:00Z', '2026-12-01T10:00:00Z'),
        run('c', '2026-12-01T00:00:00Z', '2026-12-01T10:00:00Z'),
      ],
      ['c', 'a', 'b'],
    ],
  ] as const)('%s', (_what, runs, ids) => {
    expect(inTestOrder(runs).map((r) => r.id)).toEqual(ids);
  });

  test('says which time it used', () => {
    expect(testTime(run('a', '2026-12-01T11:00:00.000Z', null))).toEqual({
      ms: Date.UTC(2026, 11, 1, 11),
      from: 'upload',
    });
    expect(testTime(run('a', '2026-12-01T11:00:00.000Z', '2026-12-01T10:00:00Z')).from).toBe('start');
  });
});
