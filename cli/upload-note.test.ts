// The stderr line of `swarmlens upload` when POST /api/runs answers `duplicateOf` (docs/contract.md).
import { expect, test } from 'vitest';
import { duplicateNote } from './upload-command';

const SERVER = 'https://lens.example:8443/base/';

test.each([
  ['none: no line', [], null],
  [
    'one run',
    ['run_a'],
    'same files as run run_a (https://lens.example:8443/runs/run_a); stored all the same as run run_new',
  ],
  [
    'several, oldest first',
    ['run_a', 'run_b'],
    'same files as runs run_a (https://lens.example:8443/runs/run_a), run_b (https://lens.example:8443/runs/run_b); ' +
      'stored all the same as run run_new',
  ],
])('duplicateNote: %s', (_, ids, line) => {
  expect(duplicateNote('run_new', ids, SERVER)).toBe(line);
});
