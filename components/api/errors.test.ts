import { describe, expect, test } from 'vitest';
import { ApiError, errorFromResponse, errorMessage, formProblem, networkError } from './errors';

// Bodies as lib/server/http/respond.ts writes them (errorResponse), and what a proxy may answer instead.
const VALIDATION = {
  error: {
    code: 'bad_request',
    message: 'invalid request',
    details: [
      { path: 'criteria.2.target', message: 'Expected number' },
      { path: 'name', message: 'Too small' },
      { path: 'criteria.2.target', message: 'second' },
    ],
  },
};
const TAKEN = { error: { code: 'conflict', message: 'the project already has a criteria set named "A"' } };

describe('errorFromResponse', () => {
  test.each<[number, string, unknown, { message: string; code: string | null }]>([
    [
      404,
      'Not Found',
      { error: { code: 'not_found', message: 'run not found' } },
      { message: 'run not found', code: 'not_found' },
    ],
    [
      400,
      '',
      { error: { message: 'a task needs a phase heading first', details: { line: 12 } } },
      { message: 'Line 12: a task needs a phase heading first', code: null },
    ],
    [
      400,
      '',
      { error: { message: 'line 12: a task needs a phase heading first', details: { line: 12 } } },
      { message: 'line 12: a task needs a phase heading first', code: null },
    ],
    [400, '', { error: { details: { line: 3 } } }, { message: 'Line 3: The server answered 400', code: null }],
    [502, 'Bad Gateway', null, { message: 'The server answered 502 Bad Gateway', code: null }],
    [500, '', '<html>', { message: 'The server answered 500', code: null }],
    [
      503,
      '',
      { error: { code: 'database_unavailable', message: 'database is locked', details: { reason: 'locked' } } },
      { message: 'database is locked', code: 'database_unavailable' },
    ],
  ])('%d %s %o', (status, statusText, body, expected) => {
    const error = errorFromResponse(status, statusText, body);
    expect(error).toBeInstanceOf(ApiError);
    expect({ message: error.message, code: error.code, status: error.status }).toEqual({ ...expected, status });
  });

  test('validation details by path, first message of each', () => {
    expect(errorFromResponse(400, '', VALIDATION).fields).toEqual({
      'criteria.2.target': 'Expected number',
      name: 'Too small',
    });
    expect(
      errorFromResponse(400, '', { error: { message: 'm', details: [{ path: '', message: 'x' }] } }).fields,
    ).toEqual({ form: 'x' });
    expect(errorFromResponse(422, '', { error: { message: 'm', details: { file: 'a.csv', line: 2 } } }).fields).toEqual(
      {},
    );
  });
});

describe('formProblem', () => {
  test.each<[unknown, string | undefined, { message: string; fields: Record<string, string> }]>([
    [
      errorFromResponse(400, '', VALIDATION),
      undefined,
      {
        message: 'Check the highlighted fields (3 problems).',
        fields: { 'criteria.2.target': 'Expected number', name: 'Too small' },
      },
    ],
    [
      errorFromResponse(409, '', TAKEN),
      undefined,
      { message: TAKEN.error.message, fields: { name: TAKEN.error.message } },
    ],
    [
      errorFromResponse(409, '', TAKEN),
      'title',
      { message: TAKEN.error.message, fields: { title: TAKEN.error.message } },
    ],
    [
      errorFromResponse(400, '', { error: { message: 'baseline run x not found' } }),
      undefined,
      { message: 'baseline run x not found', fields: {} },
    ],
    [errorFromResponse(502, '', null), undefined, { message: 'The server answered 502', fields: {} }],
    [
      networkError(new TypeError('Failed to fetch')),
      undefined,
      { message: 'Could not reach the server: Failed to fetch', fields: {} },
    ],
    [new Error('boom'), undefined, { message: 'boom', fields: {} }],
  ])('%o', (error, conflictField, expected) => expect(formProblem(error, conflictField)).toEqual(expected));
});

test.each<[unknown, string]>([
  [networkError(new TypeError('Failed to fetch')), 'Could not reach the server: Failed to fetch'],
  [new Error('x'), 'x'],
  ['plain', 'plain'],
])('errorMessage(%o)', (e, text) => expect(errorMessage(e)).toBe(text));
