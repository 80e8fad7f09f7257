import { describe, expect, it } from 'vitest';
import { readChoice, type TextColumn } from './text-columns';

describe('readChoice', () => {
  const valid: [TextColumn, string][] = [
    ['session.role', 'editor'],
    ['api_token.role', 'viewer'],
    ['share.kind', 'project'],
    ['criterion.op', '<='],
    ['run_file.kind', 'transactions-summary'],
    ['sign_off.decision', 'NO-GO'],
    ['roadmap_item.priority', 'critical'],
    ['roadmap_item.status', 'in_progress'],
  ];
  it.each(valid)('%s holds %s', (column, stored) => {
    expect(readChoice(column, 'id_1', stored)).toBe(stored);
  });

  const invalid: [TextColumn, string, RegExp][] = [
    ['session.role', 'owner', /"owner" in session\.role of row id_1 is not one of viewer, editor, admin/],
    ['criterion.op', '=', /"=" in criterion\.op of row id_1/],
    ['roadmap_item.status', 'Done', /roadmap_item\.status of row id_1.*todo, in_progress, done, verified/],
    ['sign_off.verdict', 'go', /sign_off\.verdict of row id_1/],
  ];
  it.each(invalid)('%s refuses %s', (column, stored, message) => {
    expect(() => readChoice(column, 'id_1', stored)).toThrow(message);
  });
});
