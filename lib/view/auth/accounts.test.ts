import { expect, test } from 'vitest';
import { accountSummary, closedInviteText, invitationStatus, inviteSentence, passwordProblem } from './accounts';

const NOW = new Date('2026-12-15T12:00:00Z');

test('invitationStatus', () => {
  const open = { acceptedAt: null, revokedAt: null, expiresAt: '2026-12-20T00:00:00Z' };
  expect(invitationStatus(open, NOW)).toBe('open');
  expect(invitationStatus({ ...open, expiresAt: '2026-12-15T12:00:00Z' }, NOW)).toBe('expired');
  expect(invitationStatus({ ...open, acceptedAt: '2026-12-14T00:00:00Z' }, NOW)).toBe('used');
  expect(invitationStatus({ ...open, revokedAt: '2026-12-14T00:00:00Z' }, NOW)).toBe('revoked');
  // Accepted before it expired: still "used" afterwards.
  expect(invitationStatus({ ...open, acceptedAt: 'x', expiresAt: '2026-01-01T00:00:00Z' }, NOW)).toBe('used');
});

test('accountSummary', () => {
  const u = (role: 'admin' | 'editor' | 'viewer', disabledAt: string | null = null) => ({ role, disabledAt });
  const seven = [u('admin'), u('admin'), u('editor'), u('editor'), u('editor'), u('viewer'), u('viewer')];
  expect(accountSummary(seven, 1)).toBe('7 accounts: 2 admins, 3 editors, 2 viewers; 1 invitation open');
  expect(accountSummary([u('admin'), u('viewer', 'x')], 0)).toBe(
    '2 accounts: 1 admin, 1 viewer (1 disabled); no invitation open',
  );
  expect(accountSummary([], 3)).toBe('No accounts yet; 3 invitations open');
});

test.each<[Parameters<typeof inviteSentence>[0], string]>([
  [{ email: 'ana@x.example', role: 'editor', projectName: null }, 'ana@x.example is invited as an editor.'],
  [{ email: 'bo@x.example', role: 'viewer', projectName: null }, 'bo@x.example is invited as a viewer.'],
  [
    { email: 'al@x.example', role: 'admin', projectName: 'Checkout', projectRole: 'viewer' },
    'al@x.example is invited as an admin.',
  ],
  [
    { email: 'ana@x.example', role: 'viewer', projectName: 'Checkout', projectRole: 'editor' },
    'ana@x.example is invited as an editor of project Checkout (a viewer elsewhere).',
  ],
  [
    { email: 'ana@x.example', role: 'editor', projectName: 'Checkout', projectRole: 'editor' },
    'ana@x.example is invited as an editor (project Checkout included).',
  ],
  [
    { email: 'ana@x.example', role: 'editor', projectName: 'Checkout' },
    'ana@x.example is invited as an editor, with a role in project Checkout.',
  ],
])('inviteSentence(%j)', (invite, text) => expect(inviteSentence(invite)).toBe(text));

test('closedInviteText', () => {
  expect(closedInviteText('open', null)).toBeNull();
  expect(closedInviteText('expired', '2026-12-01T10:00:00.000Z')).toBe(
    'This invitation expired on 2026-12-01. Ask an admin for a new one.',
  );
  for (const s of ['used', 'revoked', 'unknown'] as const) expect(closedInviteText(s, null)).toMatch(/\.$/);
});

test('passwordProblem', () => {
  expect(passwordProblem('short', 'short')).toMatch(/at least 10/);
  expect(passwordProblem('x'.repeat(201), 'x'.repeat(201))).toMatch(/at most 200/);
  expect(passwordProblem('long enough 1', 'long enough 2')).toBe('The two passwords differ.');
  expect(passwordProblem('long enough 1', 'long enough 1')).toBeNull();
});
