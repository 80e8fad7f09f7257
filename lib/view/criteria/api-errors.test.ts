import { describe, expect, test } from 'vitest';
import { rowErrors } from './api-errors';

describe('field errors of a row', () => {
  test('errors of one row by field', () => {
    const errors = {
      'criteria.1.target': 'a',
      'criteria.1.scope': 'b',
      'criteria.10.target': 'c',
      name: 'd',
      'criteria.1.relative.x': 'e',
    };
    expect(rowErrors(errors, 1)).toEqual({ target: 'a', scope: 'b', relative: 'e' });
    expect(rowErrors(errors, 2)).toEqual({});
  });
});
