import { expect, test } from 'vitest';
import { notesMarkdown } from './markdown-notes';

test.each([
  ['nothing to say', null, [], ''],
  [
    'decisions first, then notes, who edited, and run notes on one line each',
    {
      notes: 'PgBouncer pool at 20.\nRedis next.',
      decisions: 'NO-GO for 100 users.',
      updatedBy: 'Dina',
      updatedAt: '2026-11-27T10:15:00.000Z',
    },
    [
      { label: '40 users', notes: 'pool of 2\nafter deploy' },
      { label: '20 users', notes: null },
    ],
    '## Decisions\n\nNO-GO for 100 users.\n\n## Meeting notes\n\nPgBouncer pool at 20.\nRedis next.\n\n' +
      '_Last edited by Dina, 2026-11-27 10:15 UTC._\n\n## Run notes\n\n- **40 users**: pool of 2 after deploy\n',
  ],
  [
    'who edited and run labels come from data: escaped',
    { notes: 'ok', decisions: null, updatedBy: '[Dina](javascript:x)', updatedAt: null },
    [{ label: '**40u**', notes: 'n' }],
    '## Meeting notes\n\nok\n\n_Last edited by \\[Dina\\](javascript\\:x)._\n\n' +
      '## Run notes\n\n- **\\*\\*40u\\*\\***: n\n',
  ],
])('%s', (_what, meeting, runs, expected) => {
  expect(notesMarkdown(meeting, runs)).toBe(expected);
});
