// The verdict matrix's run headers (issue 15): the user count under a run's label, unless the label is it.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import type { VerdictMatrix as Matrix } from '@/lib/view/criteria/verdict-matrix';
import { VerdictMatrix } from './verdict-matrix';

const matrix = (columns: Matrix['columns']): Matrix => ({
  columns,
  rows: [
    {
      setId: 's',
      name: 'Production gate',
      appliesTo: null,
      verdicts: columns.map(() => 'GO'),
      outOfScope: columns.map(() => null),
      criteria: [],
    },
  ],
});
const header = (html: string) => html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
const count = (text: string, part: string) => text.split(part).length - 1;

test.each([
  ['20 users', 20],
  ['Before the pool fix', 20],
  ['1,000 users', 1000],
  ['50 users', null],
])('run "%s" with %o users: its label and its user count each once in the header', (label, users) => {
  const html = header(
    renderToStaticMarkup(
      createElement(VerdictMatrix, { matrix: matrix([{ runId: 'r', label, userCount: users }]), selectedRunId: null }),
    ),
  );
  expect(count(html, `>${label}<`)).toBe(1);
  const usersText = users === null ? 'users unknown' : `${users.toLocaleString('en-US')} users`;
  expect(count(html, usersText)).toBe(1);
});
