import { describe, expect, test } from 'vitest';
import { buildCompareModel } from '../compare/model';
import { u20, u40, viewOf } from '../compare/test-fixtures';
import { comparisonShare, expiresAtFor, projectShare, runShare, sharedPageHref } from './request';

describe('share request bodies', () => {
  test('run and project', () => {
    expect(runShare('run_a')).toEqual({ kind: 'run', runs: ['run_a'] });
    expect(projectShare('prj_1')).toEqual({ kind: 'project', runs: [], project: 'prj_1' });
  });

  test('a comparison freezes its runs, baseline and groups', () => {
    const model = buildCompareModel({
      ...viewOf(
        [
          { id: 'run_a', run: u20() },
          { id: 'run_b', run: u40() },
        ],
        1,
      ),
      groups: ['Api=/api/'],
    });
    expect(comparisonShare(model)).toEqual({
      kind: 'comparison',
      runs: ['run_a', 'run_b'],
      baseline: 'run_b',
      groups: ['Api=/api/'],
    });
  });

  test('load steps name the one stored run, without baseline', () => {
    expect(
      comparisonShare({ ids: ['r#step1', 'r#step2'], baselineId: 'r#step1', userGroups: [], stepped: { runId: 'r' } }),
    ).toEqual({ kind: 'comparison', runs: ['r'], groups: [], steps: true });
  });
});

describe('expiresAtFor', () => {
  const now = new Date(2026, 10, 26, 12, 0, 0);
  const day = 86_400_000;
  test.each([
    ['never', '', null],
    ['1d', '', new Date(now.getTime() + day).toISOString()],
    ['7d', '', new Date(now.getTime() + 7 * day).toISOString()],
    ['30d', '', new Date(now.getTime() + 30 * day).toISOString()],
    ['custom', '2026-11-26', new Date(2026, 10, 26, 23, 59, 59, 999).toISOString()],
    ['custom', '2027-01-31', new Date(2027, 0, 31, 23, 59, 59, 999).toISOString()],
  ] as const)('%s %s', (choice, date, expected) =>
    expect(expiresAtFor(choice, now, date)).toEqual({ ok: true, expiresAt: expected }),
  );

  test.each([
    ['', 'Pick the day the link stops working.'],
    ['2026-02-30', '2026-02-30 is not a date.'],
    ['2026-11-25', 'That day is over: pick today or a later day.'],
  ])('custom %j is refused', (date, message) =>
    expect(expiresAtFor('custom', now, date)).toEqual({ ok: false, message }),
  );
});

describe('sharedPageHref', () => {
  const base = {
    runIds: [] as string[],
    baselineRunId: null,
    projectId: null,
    settings: { groups: [] as string[], steps: false },
  };
  test.each([
    ['run', { ...base, kind: 'run', runIds: ['run_a'] }, '/runs/run_a'],
    ['project', { ...base, kind: 'project', projectId: 'prj 1' }, '/projects/prj%201'],
    [
      'comparison',
      {
        ...base,
        kind: 'comparison',
        runIds: ['a', 'b'],
        baselineRunId: 'b',
        settings: { groups: ['Api=/api/'], steps: false },
      },
      `/compare?runs=a,b&baseline=b&group=${encodeURIComponent('Api=/api/')}`,
    ],
    [
      'load steps',
      { ...base, kind: 'comparison', runIds: ['a'], settings: { groups: [], steps: true } },
      '/compare?runs=a&steps=1',
    ],
    ['project without id', { ...base, kind: 'project' }, null],
  ] as const)('%s', (_, share, expected) => expect(sharedPageHref(share)).toBe(expected));
});
