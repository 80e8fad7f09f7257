import { describe, expect, test } from 'vitest';
import { auditQuery, auditSummaryParts, statusTone, viaText } from './audit-view';

describe('the audit page', () => {
  test('opens with the counts, in words', () => {
    expect(auditSummaryParts({ lastWeek: 1312, refusedSignInsLastDay: 3 })).toEqual({
      events: '1,312 events in the last 7 days',
      refused: '3 refused sign-ins in the last 24 h',
    });
    expect(auditSummaryParts({ lastWeek: 1, refusedSignInsLastDay: 1 })).toEqual({
      events: '1 event in the last 7 days',
      refused: '1 refused sign-in in the last 24 h',
    });
    expect(auditSummaryParts({ lastWeek: 0, refusedSignInsLastDay: 0 })).toEqual({
      events: 'No events in the last 7 days',
      refused: 'No refused sign-ins in the last 24 h',
    });
  });

  test('tones statuses: done, refused, failed', () => {
    expect([200, 201, 204, 303, 400, 403, 429, 500, 503].map(statusTone)).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
      'warn',
      'warn',
      'warn',
      'bad',
      'bad',
    ]);
  });

  test('words how the caller proved who it was', () => {
    const via = ['session', 'token', 'secret', 'anonymous'].map((v) => viaText(v, 'Dina'));
    expect(via).toEqual(['session', 'API token', 'admin secret', 'not signed in']);
    expect(viaText('secret', 'Dina (admin secret)')).toBeNull();
    expect(viaText('session', 'Dina (admin secret)')).toBe('session');
  });

  test('writes the filters as a query, leaving out the empty ones', () => {
    expect(auditQuery({ user: null, action: null })).toBe('');
    expect(auditQuery({ user: 'usr_1', action: null })).toBe('?user=usr_1');
    expect(auditQuery({ user: null, action: 'run.delete' }, 'aud_9')).toBe('?action=run.delete&before=aud_9');
    expect(auditQuery({ user: 'a&b', action: '' })).toBe('?user=a%26b');
  });
});
