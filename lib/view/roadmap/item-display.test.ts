import { describe, expect, test } from 'vitest';
import type { ItemStatus, ItemVerification, VerificationState } from '../../domain/roadmap/types';
import { itemDisplay, statusAfterTick, verificationBadge } from './item-display';

const r2 = { runId: 'r2', label: '100 users' };
const r3 = { runId: 'r3', label: '100 users retest' };

function verification(state: VerificationState): ItemVerification {
  const verifiedBy = state === 'verified' || state === 'regressed' ? r2 : null;
  return { state, verifiedBy, brokenBy: state === 'regressed' ? r3 : null, latestRun: null, latest: [] };
}

describe('itemDisplay', () => {
  test.each<[string, ItemStatus, VerificationState | null, boolean, boolean, ItemStatus, string | null]>([
    ['unlinked todo', 'todo', 'unlinked', false, false, 'todo', null],
    ['no verification known', 'in_progress', null, false, false, 'in_progress', null],
    ['unlinked done', 'done', 'unlinked', true, false, 'done', null],
    ['people set verified', 'verified', 'unlinked', true, false, 'verified', null],
    ['awaiting a run', 'done', 'awaiting-run', true, false, 'done', 'Awaiting a run'],
    ['not met yet', 'in_progress', 'not-met', false, false, 'in_progress', 'Not met yet'],
    ['verified by a run, though still todo', 'todo', 'verified', true, true, 'verified', 'Verified by 100 users'],
    ['verified by a run and done', 'done', 'verified', true, true, 'verified', 'Verified by 100 users'],
    [
      'broken again keeps what people set',
      'done',
      'regressed',
      true,
      false,
      'done',
      'Broken again by 100 users retest (verified by 100 users before)',
    ],
  ])('%s', (_what, status, state, checked, locked, shown, text) => {
    const d = itemDisplay({ status }, state ? verification(state) : undefined);
    expect(d.checked).toBe(checked);
    expect(d.lockedByRun).toBe(locked);
    expect(d.status).toBe(shown);
    expect(d.badge?.text ?? null).toBe(text);
  });
});

describe('verificationBadge', () => {
  test.each<[VerificationState, string | null, string | null]>([
    ['unlinked', null, null],
    ['awaiting-run', 'awaiting-run', 'neutral'],
    ['not-met', 'not-met', 'warn'],
    ['verified', 'verified', 'ok'],
    ['regressed', 'regressed', 'bad'],
  ])('%s -> %s badge, tone %s', (state, kind, tone) => {
    const b = verificationBadge(verification(state));
    expect(b?.kind ?? null).toBe(kind);
    expect(b?.tone ?? null).toBe(tone);
  });

  test('links the runs, with the labels the page knows', () => {
    const b = verificationBadge(verification('regressed'), { r3: 'Retest after PgBouncer' });
    expect(b).toMatchObject({
      text: 'Broken again by Retest after PgBouncer (verified by 100 users before)',
      brokenBy: { runId: 'r3', href: '/runs/r3' },
      verifiedBy: { runId: 'r2', label: '100 users', href: '/runs/r2' },
    });
  });

  test('a verified state without its run is not shown as verified', () => {
    expect(
      verificationBadge({ state: 'verified', verifiedBy: null, brokenBy: null, latestRun: null, latest: [] })?.kind,
    ).toBe('not-met');
  });
});

test.each([
  [true, 'done'],
  [false, 'todo'],
] as const)('ticking %s sets %s', (checked, status) => expect(statusAfterTick(checked)).toBe(status));
