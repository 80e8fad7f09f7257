import { describe, expect, test } from 'vitest';
import { readApiProblem, rowErrors } from './api-errors';

describe('API errors beside their fields', () => {
  test('validation details by path', () => {
    const body = { error: { code: 'bad_request', message: 'invalid request', details: [
      { path: 'criteria.2.target', message: 'Expected number' }, { path: 'name', message: 'Too small' }, { path: 'criteria.2.target', message: 'second' },
    ] } };
    expect(readApiProblem(400, body)).toEqual({ message: 'Check the highlighted fields (3 problems).', fields: { 'criteria.2.target': 'Expected number', name: 'Too small' } });
  });

  test.each([
    [409, { error: { message: 'the project already has a criteria set named "A"' } }, { message: 'the project already has a criteria set named "A"', fields: { name: 'the project already has a criteria set named "A"' } }],
    [400, { error: { message: 'baseline run x not found' } }, { message: 'baseline run x not found', fields: {} }],
    [502, null, { message: 'The server answered 502', fields: {} }],
    [400, { error: { message: 'm', details: { file: 'x' } } }, { message: 'm', fields: {} }],
  ])('%d %o', (status, body, expected) => expect(readApiProblem(status, body)).toEqual(expected));

  test('errors of one row by field', () => {
    const errors = { 'criteria.1.target': 'a', 'criteria.1.scope': 'b', 'criteria.10.target': 'c', name: 'd', 'criteria.1.relative.x': 'e' };
    expect(rowErrors(errors, 1)).toEqual({ target: 'a', scope: 'b', relative: 'e' });
    expect(rowErrors(errors, 2)).toEqual({});
  });
});
