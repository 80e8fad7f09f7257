import { describe, expect, test } from 'vitest';
import {
  countWords,
  isItemStatus,
  isPriority,
  PRIORITY_LABELS,
  PRIORITY_TONES,
  STATUS_LABELS,
  STATUS_OPTIONS,
} from './labels';

describe('roadmap labels', () => {
  test.each([
    ['critical', 'Critical', 'bad'],
    ['high', 'High', 'warn'],
    ['medium', 'Medium', 'neutral'],
    ['low', 'Low', 'neutral'],
  ] as const)('priority %s reads %s with tone %s', (priority, label, tone) => {
    expect(PRIORITY_LABELS[priority]).toBe(label);
    expect(PRIORITY_TONES[priority]).toBe(tone);
  });

  test.each([
    ['todo', 'To do'],
    ['in_progress', 'In progress'],
    ['done', 'Done'],
    ['verified', 'Verified'],
  ] as const)('status %s reads %s', (status, label) => expect(STATUS_LABELS[status]).toBe(label));

  test('status options keep the workflow order', () => {
    expect(STATUS_OPTIONS.map((o) => o.value)).toEqual(['todo', 'in_progress', 'done', 'verified']);
  });

  test.each([
    ['done', true, false],
    ['high', false, true],
    ['DONE', false, false],
    ['', false, false],
  ])('%o is a status: %s, a priority: %s', (value, status, priority) => {
    expect(isItemStatus(value)).toBe(status);
    expect(isPriority(value)).toBe(priority);
  });

  test.each([
    [0, 'item', undefined, '0 items'],
    [1, 'item', undefined, '1 item'],
    [22, 'item', undefined, '22 items'],
    [2, 'criterion', 'criteria', '2 criteria'],
  ])('countWords(%i, %s)', (n, one, many, expected) => expect(countWords(n, one, many)).toBe(expected));
});
