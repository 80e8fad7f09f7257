import { expect, test } from 'vitest';
import { describeStored, duplicateHint, duplicateLead } from './duplicate-words';

const stored = {
  id: 'run_1',
  label: '20 users',
  project: { id: 'prj_1', name: 'Demo' },
  createdAt: '2026-12-05T14:03:00.000Z',
  url: '/runs/run_1',
};

test('a stored run: its label, project and upload time', () => {
  expect(describeStored(stored, (iso) => iso.slice(0, 10))).toBe('run “20 users” in Demo (uploaded 2026-12-05)');
  expect(describeStored(stored)).toMatch(/^run “20 users” in Demo \(uploaded Dec \d, 2026, \d+:\d\d [AP]M\)$/);
});

test.each([
  [null, 'These are the same files as'],
  ['40 users', '“40 users” has the same files as'],
])('lead for %o', (label, text) => expect(duplicateLead(label)).toBe(text));

test.each([
  [{ checking: true, duplicated: 0, storeAnyway: false }, 'Checking whether these files are stored already…'],
  [{ checking: false, duplicated: 0, storeAnyway: false }, null],
  [
    { checking: false, duplicated: 1, storeAnyway: false },
    'These files are stored already: open the stored run, or choose “Store anyway”.',
  ],
  [
    { checking: false, duplicated: 2, storeAnyway: false },
    'The files of 2 runs are stored already: open the stored run, or choose “Store anyway”.',
  ],
  [{ checking: false, duplicated: 2, storeAnyway: true }, null],
])('Save waits: %o', (state, hint) => expect(duplicateHint(state)).toBe(hint));
