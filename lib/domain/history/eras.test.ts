import { describe, expect, test } from 'vitest';
import { assignEras, type EraRule, type EraSubject } from './eras';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const run = (runId: string, over: Partial<EraSubject> = {}): EraSubject => ({
  runId,
  locustfileSha256: SHA_A,
  profile: 'nightly',
  userCount: 100,
  host: 'https://staging.example',
  locustVersion: '2.12.1',
  ...over,
});

describe('assignEras', () => {
  test.each<[string, EraSubject[], number[], string[]]>([
    ['one era while nothing changes', [run('r1'), run('r2'), run('r3')], [1, 1, 1], ['the first run']],
    [
      'a new locustfile',
      [run('r1'), run('r2', { locustfileSha256: SHA_B })],
      [1, 2],
      ['the first run', 'locustfile changed (sha256 aaaaaaaaaaaa → bbbbbbbbbbbb)'],
    ],
    [
      'several rules at once, in one reason',
      [run('r1'), run('r2', { userCount: 150, host: 'https://prod.example' })],
      [1, 2],
      ['the first run', 'users 100 → 150; host https://staging.example → https://prod.example'],
    ],
    [
      'an unknown value proves nothing; the next known one is compared with the last known',
      [run('r1'), run('r2', { locustfileSha256: null, profile: null }), run('r3', { locustfileSha256: SHA_B })],
      [1, 1, 2],
      ['the first run', 'locustfile changed (sha256 aaaaaaaaaaaa → bbbbbbbbbbbb)'],
    ],
    [
      'a patch release of Locust stays in the era; a minor one starts another',
      [run('r1'), run('r2', { locustVersion: '2.12.2' }), run('r3', { locustVersion: '2.13.0' })],
      [1, 1, 2],
      ['the first run', 'Locust 2.12.2 → 2.13.0'],
    ],
    [
      'an inferred range that may hold the version stays; one that cannot starts an era',
      [run('r1'), run('r2', { locustVersion: '2.10.2–2.15.0' }), run('r3', { locustVersion: '1.2–1.4.4' })],
      [1, 1, 2],
      ['the first run', 'Locust 2.10.2–2.15.0 → 1.2–1.4.4'],
    ],
  ])('%s', (_what, runs, eraOf, reasons) => {
    const got = assignEras(runs);
    expect(got.eraOf).toEqual(eraOf);
    expect(got.eras.map((e) => e.reason)).toEqual(reasons);
    expect(got.eras.map((e) => e.id)).toEqual(reasons.map((_, i) => i + 1));
  });

  test('a rule switched off starts no era', () => {
    const runs = [run('r1'), run('r2', { userCount: 150 }), run('r3', { userCount: 150, profile: 'smoke' })];
    const rules: EraRule[] = ['locustfile', 'profile', 'host', 'locustVersion'];
    expect(assignEras(runs, rules)).toEqual({
      eras: [
        { id: 1, startRunId: 'r1', reason: 'the first run' },
        { id: 2, startRunId: 'r3', reason: 'Locust profile nightly → smoke' },
      ],
      eraOf: [1, 1, 2],
    });
  });

  test('no runs, no eras', () => expect(assignEras([])).toEqual({ eras: [], eraOf: [] }));
});
