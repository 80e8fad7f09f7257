import { describe, expect, test } from 'vitest';
import { showMoreStep } from './show-more';

describe('showMoreStep', () => {
  test.each<[number, number, ReturnType<typeof showMoreStep>]>([
    [8, 8, null],
    [8, 5, null],
    [8, 14, { label: 'Show all 14 endpoints', next: 14 }],
    [8, 108, { label: 'Show all 108 endpoints', next: 108 }],
    [8, 109, { label: 'Show 100 more (108 of 109 endpoints)', next: 108 }],
    [8, 5000, { label: 'Show 100 more (108 of 5,000 endpoints)', next: 108 }],
    [4908, 5000, { label: 'Show all 5,000 endpoints', next: 5000 }],
  ])('%i of %i rows shown', (shown, total, step) => {
    expect(showMoreStep(shown, total, 'endpoints')).toEqual(step);
  });
});
