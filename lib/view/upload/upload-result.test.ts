import { describe, expect, test } from 'vitest';
import { errorResponse } from '../../server/http/respond';
import { payloadTooLarge } from '../../server/services/errors';
import { LocustInputError } from '../../domain/locust/errors';
import { readUploadResponse } from './upload-result';

/** The server's own error envelope for a thrown error (lib/server/http/respond.ts). */
async function serverError(e: unknown): Promise<[number, string]> {
  const res = errorResponse(e);
  return [res.status, await res.text()];
}

describe('readUploadResponse: success', () => {
  test.each([
    {
      name: 'one run goes to its page',
      body: { id: 'r1', url: '/runs/r1', runs: [{ id: 'r1', label: '20 users', url: '/runs/r1', warnings: [] }] },
      next: '/runs/r1',
    },
    {
      name: 'several runs go to the list',
      body: {
        id: 'r1',
        url: '/runs/r1',
        runs: [
          { id: 'r1', label: 'a', url: '/runs/r1' },
          { id: 'r2', label: 'b', url: '/runs/r2' },
        ],
      },
      next: '/runs',
    },
    { name: 'a bare answer still finds the run', body: { id: 'r9' }, next: '/runs/r9' },
  ])('$name', ({ body, next }) => {
    const out = readUploadResponse(201, JSON.stringify(body));
    expect(out).toMatchObject({ ok: true, saved: { next } });
  });
});

describe('readUploadResponse: errors', () => {
  test.each([
    {
      name: '415 names the file that is not Locust output',
      make: () =>
        serverError(
          new LocustInputError('not_locust', 'notes.txt', null, 'not a Locust CSV, HTML report or JSON output'),
        ),
      want: {
        status: 415,
        title: 'A file is not Locust output',
        file: 'notes.txt',
        line: null,
        reason: 'not a Locust CSV, HTML report or JSON output',
      },
    },
    {
      name: '422 names the file and the line',
      make: () =>
        serverError(new LocustInputError('unreadable', 'run_stats.csv', 7, 'a row has 3 columns, the header 22')),
      want: {
        status: 422,
        title: 'A Locust file could not be read',
        file: 'run_stats.csv',
        line: 7,
        reason: 'a row has 3 columns, the header 22',
      },
    },
    {
      name: '413 says the limit',
      make: () => serverError(payloadTooLarge(512 * 1048576)),
      want: { status: 413, title: 'The upload is too large', file: null, message: expect.stringContaining('512 MiB') },
    },
    {
      name: '400 lists the invalid fields',
      make: async (): Promise<[number, string]> => [
        400,
        JSON.stringify({
          error: { code: 'bad_request', message: 'invalid request', details: [{ path: 'tags', message: 'Too big' }] },
        }),
      ],
      want: { status: 400, message: 'tags: Too big' },
    },
    {
      name: 'a proxy error page without JSON',
      make: async (): Promise<[number, string]> => [502, '<html>Bad Gateway</html>'],
      want: {
        status: 502,
        title: 'The server failed to store the upload',
        message: expect.stringContaining('server log'),
      },
    },
    {
      name: 'no answer at all (network down)',
      make: async (): Promise<[number, string]> => [0, ''],
      want: { status: 0, title: 'The server could not be reached' },
    },
    {
      name: 'an unexpected status',
      make: async (): Promise<[number, string]> => [409, ''],
      want: { title: 'The upload failed (HTTP 409)', message: 'The server gave no reason.' },
    },
  ])('$name', async ({ make, want }) => {
    const [status, body] = await make();
    const out = readUploadResponse(status, body);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toMatchObject(want);
  });

  test('a 201 without an id is not taken for success', () => {
    expect(readUploadResponse(201, '{}').ok).toBe(false);
  });
});
